import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import { directiveDecider, type DirectiveRegistered, type RegisterDirective } from './directive.decider.js';

const register = (overrides: Partial<RegisterDirective> = {}): RegisterDirective => ({
  type: 'RegisterDirective',
  directiveId: '1068/QĐ-TTg',
  kind: 'Quyết định',
  title: 'Phê duyệt Chiến lược sở hữu trí tuệ đến năm 2030',
  issuer: 'Thủ tướng Chính phủ',
  issuedOn: { value: '2019-08-22', precision: 'DAY' },
  implements: [],
  provinceId: null,
  ...overrides,
});
const registered = (data: Partial<DirectiveRegistered['data']> = {}): DirectiveRegistered => ({
  type: 'DirectiveRegistered',
  data: {
    directiveId: '1068/QĐ-TTg',
    kind: 'Quyết định',
    title: 'Phê duyệt Chiến lược sở hữu trí tuệ đến năm 2030',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: { value: '2019-08-22', precision: 'DAY' },
    implements: [],
    provinceId: null,
    ...data,
  },
});
const provincialConclusion = {
  directiveId: '45/TB-UBND',
  kind: 'Thông báo kết luận',
  title: 'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở KH&CN',
  issuer: 'UBND tỉnh Hà Nam',
  issuedOn: { value: '2020-03', precision: 'MONTH' },
  implements: ['1068/QĐ-TTg'],
  provinceId: 'ha-nam',
} as const;

const given = (...events: DirectiveRegistered[]) => deciderSpec(directiveDecider).given(events);
const haNamSpec = deciderSpec(directiveDecider, provinceContext('ha-nam'));

describe('directive decider: RegisterDirective', () => {
  it('registers a national directive, normalizing its wording', () =>
    given()
      .when(
        register({
          directiveId: ' 1068/QĐ-TTg '.normalize('NFD'),
          kind: 'Quyết  định',
          title: 'Phê duyệt Chiến lược sở hữu trí tuệ\nđến năm 2030',
          issuer: ' Thủ tướng Chính phủ ',
          implements: ['  Nghị quyết   19/NQ-CP '],
        }),
      )
      .then([registered({ implements: ['Nghị quyết 19/NQ-CP'] })]));

  it("lets a provincial system register its own province's document", () =>
    haNamSpec
      .given([])
      .when(register({ ...provincialConclusion, implements: [...provincialConclusion.implements] }))
      .then([registered({ ...provincialConclusion, implements: [...provincialConclusion.implements] })]));

  it('forbids a provincial system to register a national directive', () =>
    haNamSpec
      .given([])
      .when(register())
      .thenThrows('FORBIDDEN', /a system of ha-nam may only register documents of its own province/, 'provinceId'));

  it("forbids a provincial system to register another province's document", () =>
    haNamSpec
      .given([])
      .when(register({ ...provincialConclusion, implements: [], provinceId: 'nam-dinh' }))
      .thenThrows('FORBIDDEN', /only register documents of its own province/, 'provinceId'));

  it('refuses to register a directive twice', () =>
    given(registered())
      .when(register())
      .thenThrows('ALREADY_EXISTS', /directive 1068\/QĐ-TTg is already registered/, 'id'));

  it.each([
    ['id', { directiveId: '  ' }],
    ['kind', { kind: '' }],
    ['title', { title: ' ' }],
    ['issuer', { issuer: '\n' }],
  ])('refuses a blank %s', (field, blank) =>
    given()
      .when(register(blank))
      .thenThrows('INVALID_INPUT', /must not be blank/, field),
  );
});
