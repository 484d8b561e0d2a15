import { DomainError } from '../shared/errors.js';
import type { PartialDate } from '../shared/partial-date.js';
import { deciderSpec } from '../testing/decider-spec.js';
import { resolveDirectiveReference, splitQualifier, type DirectiveIdentity } from './directive-identity.js';
import { directiveDecider, type DirectiveRegistered, type RegisterDirective } from './directive.decider.js';

const day = (value: string): PartialDate => ({ value, precision: value.length === 10 ? 'DAY' : value.length === 7 ? 'MONTH' : 'YEAR' });
const register = (overrides: Partial<RegisterDirective> = {}): RegisterDirective => ({
  type: 'RegisterDirective',
  directiveId: '27/NQ-CP',
  kind: 'Nghị quyết',
  title: 'Nghị quyết',
  issuer: 'Chính phủ',
  issuedOn: day('2017-02-21'),
  implements: [],
  provinceId: null,
  ...overrides,
});
const registered = (overrides: Partial<DirectiveRegistered['data']> = {}): DirectiveRegistered => {
  const { type, ...command } = register();
  return { type: 'DirectiveRegistered', data: { ...command, implements: [], ...overrides } };
};
const nq27of2017 = registered();
const given = (...events: DirectiveRegistered[]) => deciderSpec(directiveDecider).given(events);

describe('directive decider: a directive is its number, issuer and year', () => {
  it('keeps the number as the id of the first document with it', () => given().when(register()).then([registered()]));

  it('registers a second national document with the number under the number and its year', () =>
    given(nq27of2017)
      .when(register({ issuedOn: day('2016-04-05') }))
      .then([registered({ directiveId: '27/NQ-CP (2016)', issuedOn: day('2016-04-05') })]));

  it('refuses the same number from the same issuer in the same year, however it is typed', () =>
    given(nq27of2017)
      .when(register({ directiveId: '27/nq-cp', issuedOn: day('2017-02') }))
      .thenThrows('ALREADY_EXISTS', /27\/nq-cp is already registered as 27\/NQ-CP/, 'id'));

  it("registers another province's document with a number already registered under the number and its province", () => {
    const haNam = registered({ directiveId: '185/TB-UBND', issuer: 'UBND tỉnh Hà Nam', issuedOn: day('2020-03-02'), provinceId: 'ha-nam' });
    const bacGiang = register({
      directiveId: '185/TB-UBND',
      issuer: 'UBND tỉnh Bắc Giang',
      issuedOn: day('2020-05-18'),
      provinceId: 'bac-giang',
    });
    given(haNam)
      .when(bacGiang)
      .then([
        registered({
          directiveId: '185/TB-UBND (bac-giang)',
          issuer: 'UBND tỉnh Bắc Giang',
          issuedOn: day('2020-05-18'),
          provinceId: 'bac-giang',
        }),
      ]);
    const bacGiang2020 = registered({
      directiveId: '185/TB-UBND (bac-giang)',
      issuer: 'UBND tỉnh Bắc Giang',
      issuedOn: day('2020-05-18'),
      provinceId: 'bac-giang',
    });
    given(haNam, bacGiang2020)
      .when({ ...bacGiang, issuedOn: day('2021') })
      .then([
        registered({
          directiveId: '185/TB-UBND (bac-giang, 2021)',
          issuer: 'UBND tỉnh Bắc Giang',
          issuedOn: day('2021'),
          provinceId: 'bac-giang',
        }),
      ]);
  });

  it('refuses a number ending in a qualifier: the platform adds those', () =>
    given()
      .when(register({ directiveId: '27/NQ-CP (2016)' }))
      .thenThrows('INVALID_INPUT', /ends in a qualifier/, 'id'));
});

describe('directive references', () => {
  const documents: DirectiveIdentity[] = [
    { directiveId: '27/NQ-CP', provinceId: null, issuedOn: day('2017-02-21') },
    { directiveId: '27/NQ-CP (2016)', provinceId: null, issuedOn: day('2016-04-05') },
    { directiveId: '185/TB-UBND', provinceId: 'bac-giang', issuedOn: day('2020-05-18') },
    { directiveId: '185/TB-UBND (ha-nam)', provinceId: 'ha-nam', issuedOn: day('2020-03') },
  ];
  const resolve = (typed: string, within?: string | null) => resolveDirectiveReference(typed, documents, 'implements', within).directiveId;
  const refusal = (typed: string) => {
    try {
      resolve(typed);
    } catch (error) {
      return { code: (error as DomainError).code, field: (error as DomainError).field, message: (error as DomainError).message };
    }
    return null;
  };

  it('splits a trailing qualifier off a number', () => {
    expect(splitQualifier('27/NQ-CP (2016-04-05)')).toEqual({ number: '27/NQ-CP', qualifier: ['2016-04-05'] });
    expect(splitQualifier('185/TB-UBND (ha nam, 2020)')).toEqual({ number: '185/TB-UBND', qualifier: ['ha nam', '2020'] });
    expect(splitQualifier('27/NQ-CP')).toBeNull();
  });

  it('names a document by its id, or by its number with its year, date, month or province', () => {
    expect(resolve('27/NQ-CP (2016)')).toBe('27/NQ-CP (2016)');
    expect(resolve('27/nq-cp (2016-04-05)')).toBe('27/NQ-CP (2016)');
    expect(resolve('27/NQ-CP (2017)')).toBe('27/NQ-CP');
    expect(resolve('185/TB-UBND (bac giang)')).toBe('185/TB-UBND');
    expect(resolve('185/TB-UBND (ha-nam, 2020-03)')).toBe('185/TB-UBND (ha-nam)');
  });

  it('refuses a bare number two documents share, listing how to name each', () => {
    expect(refusal('27/NQ-CP')).toEqual({
      code: 'INVALID_INPUT',
      field: 'implements',
      message: expect.stringMatching(/names 2 documents: 27\/NQ-CP \(2017-02-21\), 27\/NQ-CP \(2016-04-05\)/),
    });
    expect(refusal('27/NQ-CP (2015)')).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/registered with that number: 27\/NQ-CP \(2017-02-21\), 27\/NQ-CP \(2016-04-05\)/),
    });
  });

  it("reads a province's bare number as its own document or a national one, when that leaves one", () => {
    expect(resolve('185/TB-UBND', 'ha-nam')).toBe('185/TB-UBND (ha-nam)');
    expect(resolve('185/TB-UBND', 'bac-giang')).toBe('185/TB-UBND');
    expect(() => resolve('185/TB-UBND', 'nam-dinh')).toThrow(DomainError);
  });
});
