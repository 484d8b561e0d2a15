import { expectDomainError } from '../testing/decider-spec.js';
import { parseVietnameseNumber, validateTarget, type Target } from './target.js';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.634.630', 1_634_630],
    ['239.040,14', 239_040.14],
    ['1,5', 1.5],
    ['02', 2],
    ['1500', 1500],
    ['-3,25', -3.25],
    [' 20 ', 20],
    ['0', 0],
  ])('reads %p as %p', (text, value) => expect(parseVietnameseNumber(text)).toBe(value));

  it.each(['1.5', '1,634,630', '12.34', '1.634,5,6', '', 'khoảng 20', '3%', '1 500'])('refuses %p', (text) =>
    expectDomainError(() => parseVietnameseNumber(text), 'INVALID_INPUT', /is not a number as Vietnamese documents write it/, 'number'),
  );

  it('names the field it is told', () =>
    expectDomainError(() => parseVietnameseNumber('nhiều', 'budget.total'), 'INVALID_INPUT', /^budget\.total: "nhiều"/, 'budget.total'));
});

describe('validateTarget', () => {
  const atLeastTwo: Target = {
    id: 'mo-hinh',
    indicator: 'mô hình ứng dụng',
    kind: 'AT_LEAST',
    min: 2,
    max: null,
    unit: 'mô hình',
    horizon: null,
    text: 'ít nhất 02 mô hình',
  };
  const range: Target = { ...atLeastTwo, id: 'nhan-hieu', kind: 'RANGE', min: 15, max: 20, text: '15-20 nhãn hiệu' };

  it('accepts a target and returns it as given (normalized)', () => {
    expect(validateTarget(atLeastTwo, 'targets[0]')).toEqual(atLeastTwo);
    expect(validateTarget(range, 'targets[1]')).toEqual(range);
  });

  it('accepts a range whose ends are equal', () => {
    const exactRange = { ...range, min: 20, max: 20 };
    expect(validateTarget(exactRange, 'targets[0]')).toEqual(exactRange);
  });

  it('refuses a target that lost its wording', () =>
    expectDomainError(
      () => validateTarget({ ...atLeastTwo, text: '  ' }, 'targets[3]'),
      'INVALID_INPUT',
      /keeps its original wording/,
      'targets[3].text',
    ));

  it.each([
    [20, 15],
    [2, 1.5],
  ])('refuses a maximum below the minimum (min %p, max %p)', (min, max) =>
    expectDomainError(
      () => validateTarget({ ...range, min, max }, 'targets[0]'),
      'INVALID_INPUT',
      new RegExp(`maximum ${max} is below minimum ${min}`),
      'targets[0].max',
    ),
  );

  it.each([
    ['min', { min: null }],
    ['max', { max: null }],
  ])('refuses a RANGE without its %s', (_end, missing) =>
    expectDomainError(
      () => validateTarget({ ...range, ...missing }, 'targets[0]'),
      'INVALID_INPUT',
      /RANGE target needs both min and max/,
      'targets[0].kind',
    ),
  );
});
