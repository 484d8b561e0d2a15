import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import { orgUnitDecider, type OrgUnitRegistered, type RegisterOrgUnit } from './org-unit.js';

const register = (overrides: Partial<RegisterOrgUnit> = {}): RegisterOrgUnit => ({
  type: 'RegisterOrgUnit',
  unitId: 'ha-nam.tt-udtb-khcn',
  name: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
  kind: 'AGENCY',
  provinceId: 'ha-nam',
  parentUnitId: 'ha-nam.so-khcn',
  aliases: ['TT UDTB KH&CN'],
  ...overrides,
});
const registered = (data: Partial<OrgUnitRegistered['data']> = {}): OrgUnitRegistered => ({
  type: 'OrgUnitRegistered',
  data: {
    unitId: 'ha-nam.tt-udtb-khcn',
    name: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    kind: 'AGENCY',
    provinceId: 'ha-nam',
    parentUnitId: 'ha-nam.so-khcn',
    aliases: ['TT UDTB KH&CN'],
    ...data,
  },
});

const given = (...events: OrgUnitRegistered[]) => deciderSpec(orgUnitDecider).given(events);
const haNamSpec = deciderSpec(orgUnitDecider, provinceContext('ha-nam'));

describe('org-unit decider: RegisterOrgUnit', () => {
  it('registers a provincial agency, normalizing its name and aliases and dropping blank ones', () =>
    given()
      .when(
        register({
          name: ' Trung tâm  Ứng dụng tiến bộ khoa học và công nghệ',
          aliases: ['  TT   UDTB KH&CN ', '   ', 'Trung tâm UDTB'],
        }),
      )
      .then([registered({ aliases: ['TT UDTB KH&CN', 'Trung tâm UDTB'] })]));

  it('registers a national body', () =>
    given()
      .when(register({ unitId: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', provinceId: null, parentUnitId: null, aliases: [] }))
      .then([registered({ unitId: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', provinceId: null, parentUnitId: null, aliases: [] })]));

  it('registers a generic class of units a document names without listing them', () =>
    haNamSpec
      .given([])
      .when(register({ unitId: 'ha-nam.ubnd-huyen', name: 'UBND các huyện, thành phố', kind: 'GENERIC', parentUnitId: null, aliases: [] }))
      .then([
        registered({ unitId: 'ha-nam.ubnd-huyen', name: 'UBND các huyện, thành phố', kind: 'GENERIC', parentUnitId: null, aliases: [] }),
      ]));

  it("forbids a provincial system to register another province's unit", () =>
    haNamSpec
      .given([])
      .when(register({ unitId: 'nam-dinh.so-khcn', provinceId: 'nam-dinh' }))
      .thenThrows('FORBIDDEN', /a system of ha-nam may only register units of its own province/, 'provinceId'));

  it('forbids a provincial system to register a national body', () =>
    haNamSpec
      .given([])
      .when(register({ unitId: 'bo-khcn', provinceId: null }))
      .thenThrows('FORBIDDEN', /only register units of its own province/, 'provinceId'));

  it('refuses to register a unit twice', () =>
    given(registered()).when(register()).thenThrows('ALREADY_EXISTS', /unit ha-nam\.tt-udtb-khcn is already registered/, 'unitId'));

  it('refuses a unit id that is not a slug', () =>
    given().when(register({ unitId: 'TT UDTB' })).thenThrows('INVALID_INPUT', /not an identifier/, 'unitId'));

  it('refuses a blank name', () => given().when(register({ name: '' })).thenThrows('INVALID_INPUT', /must not be blank/, 'name'));
});
