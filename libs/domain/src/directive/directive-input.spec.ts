import { deciderSpec } from '../testing/decider-spec.js';
import { directiveDecider, type DirectiveRegistered, type RegisterDirective } from './directive.decider.js';

const register = (overrides: Partial<RegisterDirective> = {}): RegisterDirective => ({
  type: 'RegisterDirective',
  directiveId: '696/QĐ-TTg',
  kind: 'Quyết định',
  title: 'Phê duyệt Đề án nâng cao năng suất dựa trên khoa học, công nghệ và đổi mới sáng tạo',
  issuer: 'Thủ tướng Chính phủ',
  issuedOn: { value: '2020-05-25', precision: 'DAY' },
  implements: ['50-KL/TW'],
  provinceId: null,
  ...overrides,
});
const { directiveId, kind, title, issuer, issuedOn, implements: implemented, provinceId } = register();
const qd696: DirectiveRegistered = {
  type: 'DirectiveRegistered',
  data: { directiveId, kind, title, issuer, issuedOn, implements: [...implemented], provinceId },
};
const given = (...events: DirectiveRegistered[]) => deciderSpec(directiveDecider).given(events);

describe('directive decider: what a RegisterDirective may hold', () => {
  it('refuses a number with a zero-width space, which would register a second 696/QĐ-TTg', () =>
    given(qd696)
      .when(register({ directiveId: '696/QĐ-TT\u200bg' }))
      .thenThrows('INVALID_INPUT', /invisible character \(U\+200B\)/, 'id'));

  it('refuses a number with a lookalike Cyrillic letter', () =>
    given()
      .when(register({ directiveId: '696/QĐ-\u0422Tg' }))
      .thenThrows('INVALID_INPUT', /U\+0422/, 'id'));

  it('refuses a number that folds to one registered: the same document, named as registered', () =>
    given(qd696)
      .when(register({ directiveId: '696/QD-TTg' }))
      .thenThrows('ALREADY_EXISTS', /696\/QD-TTg is already registered as 696\/QĐ-TTg/, 'id'));

  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['direction marks', '\u200e\u200f \u202b\u202c'],
    ['a byte-order mark and a word joiner', '\ufeff\u2060'],
  ])('refuses a title of only %s as blank', (_what, title) =>
    given()
      .when(register({ title }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'title'),
  );

  it('stores a title without the invisible characters around and inside it', () =>
    given()
      .when(register({ title: '\u202bPhê duyệt\u200b Đề án\u202c' }))
      .then([{ type: 'DirectiveRegistered', data: { ...qd696.data, title: 'Phê duyệt Đề án' } }]));

  it('refuses the same document implemented twice, however spelled', () =>
    given()
      .when(register({ implements: ['50-KL/TW', '50 KL/TW'] }))
      .thenThrows('INVALID_INPUT', /"50 KL\/TW" is already implements\[0\]/, 'implements[1]'));

  it.each([
    [{ value: '0999', precision: 'YEAR' }, /outside 1900–2100/],
    [{ value: '0000', precision: 'YEAR' }, /outside 1900–2100/],
    [{ value: '999-07', precision: 'MONTH' }, /not a date/],
    [{ value: '2025-02-30', precision: 'DAY' }, /not a calendar day/],
  ] as const)('refuses the date %p', (issuedOn, why) => given().when(register({ issuedOn })).thenThrows('INVALID_INPUT', why, 'issuedOn'));
});
