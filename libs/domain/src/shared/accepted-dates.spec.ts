import { parseDeadline, validateDeadline } from './deadline.js';
import { DomainError } from './errors.js';
import { parsePartialDate, requireInstantInRange, validatePartialDate } from './partial-date.js';
import { expectDomainError } from '../testing/decider-spec.js';

describe('the years a date may fall in: 1900–2100', () => {
  it.each(['0999-07', '0000', '0202', '1899-12', '2101', '0001-01-01', 'tháng 7 năm 0999', '12/0999'])(
    'refuses %p as INVALID_INPUT naming the field',
    (input) =>
      expectDomainError(() => parsePartialDate(input, 'issuedOn'), 'INVALID_INPUT', /issuedOn: year \d+ is outside 1900–2100/, 'issuedOn'),
  );

  it('accepts the first and the last day of the range, at every precision', () => {
    expect(parsePartialDate('1900-01-01')).toEqual({ value: '1900-01-01', precision: 'DAY' });
    expect(parsePartialDate('2100-12')).toEqual({ value: '2100-12', precision: 'MONTH' });
    expect(parsePartialDate('1900')).toEqual({ value: '1900', precision: 'YEAR' });
  });

  it('refuses a day the calendar does not have', () => {
    expectDomainError(() => parsePartialDate('2025-02-30', 'issuedOn'), 'INVALID_INPUT', /2025-02-30 is not a calendar day/, 'issuedOn');
    expectDomainError(() => parsePartialDate('29/2/2023', 'issuedOn'), 'INVALID_INPUT', /not a calendar day/, 'issuedOn');
    expect(parsePartialDate('29/2/2024')).toEqual({ value: '2024-02-29', precision: 'DAY' });
  });

  it('checks a partial date a command carries as it is: the form of its precision, the calendar, the years', () => {
    expect(validatePartialDate({ value: '2020-07', precision: 'MONTH' }, 'issuedOn')).toEqual({ value: '2020-07', precision: 'MONTH' });
    expectDomainError(
      () => validatePartialDate({ value: '0000', precision: 'YEAR' }, 'issuedOn'),
      'INVALID_INPUT',
      /year 0 is outside/,
      'issuedOn',
    );
    expectDomainError(
      () => validatePartialDate({ value: '999-07', precision: 'MONTH' }, 'issuedOn'),
      'INVALID_INPUT',
      /not a date/,
      'issuedOn',
    );
    expectDomainError(
      () => validatePartialDate({ value: '2020-07', precision: 'DAY' }, 'issuedOn'),
      'INVALID_INPUT',
      /not a date/,
      'issuedOn',
    );
    expectDomainError(
      () => validatePartialDate({ value: '2025-02-30', precision: 'DAY' }, 'issuedOn'),
      'INVALID_INPUT',
      /not a calendar day/,
      'issuedOn',
    );
  });

  it('refuses an instant outside the years in Vietnam time, or none, naming the field', () => {
    expectDomainError(
      () => requireInstantInRange('0000-01-01T00:00:00.000Z', 'occurredAt'),
      'INVALID_INPUT',
      /outside the years 1900–2100/,
      'occurredAt',
    );
    expectDomainError(() => requireInstantInRange('2100-12-31T17:00:00.000Z', 'occurredAt'), 'INVALID_INPUT', /outside/, 'occurredAt');
    expectDomainError(() => requireInstantInRange('hôm qua', 'occurredAt'), 'INVALID_INPUT', /not a date-time/, 'occurredAt');
    expect(requireInstantInRange('1899-12-31T17:00:00.000Z', 'occurredAt')).toBe('1899-12-31T17:00:00.000Z');
    expect(requireInstantInRange('2100-12-31T16:59:59.999Z', 'occurredAt')).toBe('2100-12-31T16:59:59.999Z');
  });
});

describe('deadlines keep to the same years', () => {
  it.each([
    'trong năm 0202',
    'trước ngày 10/6/0999',
    'từ năm 0000',
    'giai đoạn 0999-2020',
    'Quý II/0999',
    'tháng 6/2101',
    'đến năm 9999',
    'thường xuyên hàng năm từ năm 0001',
  ])('refuses the wording %p, naming the field', (text) =>
    expectDomainError(() => parseDeadline(text, 'deadline.text'), 'INVALID_INPUT', /outside 1900–2100/, 'deadline.text'),
  );

  it('refuses a day the calendar does not have', () =>
    expectDomainError(
      () => parseDeadline('trước ngày 30/02/2025', 'deadline.text'),
      'INVALID_INPUT',
      /not a calendar day/,
      'deadline.text',
    ));

  it('refuses a structured deadline outside the years or not a calendar day, naming its part', () => {
    const byDate = { kind: 'BY_DATE', due: '2020-06-09', start: null, recurrence: null, text: null } as const;
    expectDomainError(() => validateDeadline({ ...byDate, due: '0999-06-09' }), 'INVALID_INPUT', /outside/, 'deadline.due');
    expectDomainError(() => validateDeadline({ ...byDate, due: '2025-02-30' }), 'INVALID_INPUT', /not a calendar day/, 'deadline.due');
    expectDomainError(
      () => validateDeadline({ ...byDate, kind: 'WITHIN_PERIOD', start: '0000-01-01' }),
      'INVALID_INPUT',
      /outside/,
      'deadline.start',
    );
    expect(() => validateDeadline({ ...byDate, kind: 'SOMEDAY' as 'NONE', due: null })).toThrow(DomainError);
  });
});
