import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import {
  orgUnitDecider,
  type DissolveOrgUnit,
  type MergeOrgUnit,
  type OrgUnitEvent,
  type OrgUnitMerged,
  type OrgUnitRegistered,
  type OrgUnitRenamed,
  type RegisterOrgUnit,
  type RenameOrgUnit,
  type SplitOrgUnit,
} from './org-unit.decider.js';

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
    given(registered())
      .when(register())
      .thenThrows('ALREADY_EXISTS', /unit ha-nam\.tt-udtb-khcn is already registered/, 'unitId'));

  it('refuses a unit id that is not a slug', () =>
    given()
      .when(register({ unitId: 'TT UDTB' }))
      .thenThrows('INVALID_INPUT', /not an identifier/, 'unitId'));

  it('refuses a blank name', () =>
    given()
      .when(register({ name: '' }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'name'));
});

const renamed = (data: Partial<OrgUnitRenamed['data']> = {}): OrgUnitRenamed => ({
  type: 'OrgUnitRenamed',
  data: {
    unitId: 'ha-nam.tt-udtb-khcn',
    name: 'Trung tâm Khoa học và Công nghệ',
    previousName: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    effectiveOn: '2025-03-01',
    legalBasis: null,
    ...data,
  },
});
const rename = (overrides: Partial<RenameOrgUnit> = {}): RenameOrgUnit => ({
  type: 'RenameOrgUnit',
  unitId: 'ha-nam.tt-udtb-khcn',
  name: 'Trung tâm Khoa học và Công nghệ',
  effectiveOn: '2025-03-01',
  legalBasis: null,
  ...overrides,
});
const BASIS = 'Nghị định 45/2025/NĐ-CP';
const soKhdt = registered({
  unitId: 'bac-giang.so-khdt',
  name: 'Sở Kế hoạch và Đầu tư',
  provinceId: 'bac-giang',
  parentUnitId: null,
  aliases: ['Sở KH&ĐT'],
});
const merge = (overrides: Partial<MergeOrgUnit> = {}): MergeOrgUnit => ({
  type: 'MergeOrgUnit',
  unitId: 'bac-giang.so-khdt',
  successorUnitId: 'bac-giang.so-tai-chinh',
  effectiveOn: '2025-03-01',
  legalBasis: BASIS,
  ...overrides,
});
const merged: OrgUnitMerged = {
  type: 'OrgUnitMerged',
  data: { unitId: 'bac-giang.so-khdt', successorUnitId: 'bac-giang.so-tai-chinh', effectiveOn: '2025-03-01', legalBasis: BASIS },
};
const split = (overrides: Partial<SplitOrgUnit> = {}): SplitOrgUnit => ({
  type: 'SplitOrgUnit',
  unitId: 'bac-giang.so-khdt',
  successorUnitIds: ['bac-giang.so-noi-vu', 'bac-giang.so-y-te'],
  effectiveOn: '2025-03-01',
  legalBasis: BASIS,
  ...overrides,
});
const dissolve = (overrides: Partial<DissolveOrgUnit> = {}): DissolveOrgUnit => ({
  type: 'DissolveOrgUnit',
  unitId: 'bac-giang.so-khdt',
  effectiveOn: '2025-07-01',
  legalBasis: 'Nghị quyết 202/2025/QH15',
  ...overrides,
});
const anyGiven = (...events: OrgUnitEvent[]) => deciderSpec(orgUnitDecider).given(events);
const bacGiangSpec = deciderSpec(orgUnitDecider, provinceContext('bac-giang'));

describe('org-unit decider: RenameOrgUnit', () => {
  it('renames a unit from a day, keeping its id and stating the name it had', () =>
    anyGiven(registered())
      .when(rename({ legalBasis: ' Quyết định 12/QĐ-UBND ' }))
      .then([renamed({ legalBasis: 'Quyết định 12/QĐ-UBND' })]));

  it("lets a province's system rename its own unit (no figure changes with a name)", () =>
    haNamSpec.given([registered()]).when(rename()).then([renamed()]));

  it("forbids a province's system to rename another province's unit", () =>
    bacGiangSpec
      .given([registered()])
      .when(rename())
      .thenThrows('FORBIDDEN', /not a unit of bac-giang/, 'unitId'));

  it('refuses the name it already has, as folded', () =>
    anyGiven(registered())
      .when(rename({ name: 'trung tam ung dung tien bo khoa hoc va cong nghe' }))
      .thenThrows('RULE_VIOLATED', /already named/, 'name'));

  it('refuses a rename that takes effect before the name in force did', () =>
    anyGiven(registered(), renamed())
      .when(rename({ name: 'Trung tâm mới', effectiveOn: '2024-01-01' }))
      .thenThrows('RULE_VIOLATED', /took effect on 2025-03-01/, 'effectiveOn'));

  it('refuses an unregistered unit and a date that is not a day', () => {
    anyGiven()
      .when(rename())
      .thenThrows('NOT_FOUND', /not registered/, 'unitId');
    anyGiven(registered())
      .when(rename({ effectiveOn: '2025-03' }))
      .thenThrows('INVALID_INPUT', /on a day/, 'effectiveOn');
  });
});

describe('org-unit decider: MergeOrgUnit', () => {
  it('merges a unit into its successor from a day, on a legal basis', () => anyGiven(soKhdt).when(merge()).then([merged]));

  it('refuses a unit merged already, and a merge into itself', () => {
    anyGiven(soKhdt, merged)
      .when(merge({ successorUnitId: 'bac-giang.so-xay-dung' }))
      .thenThrows('RULE_VIOLATED', /ended \(merged\) on 2025-03-01/, 'unitId');
    anyGiven(soKhdt)
      .when(merge({ successorUnitId: 'bac-giang.so-khdt' }))
      .thenThrows('INVALID_INPUT', /into itself/, 'successorUnitId');
  });

  it('requires the legal basis', () =>
    anyGiven(soKhdt)
      .when(merge({ legalBasis: ' ' }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'legalBasis'));

  it("forbids a province's system to merge even its own unit: it changes the reports it owes", () =>
    bacGiangSpec
      .given([soKhdt])
      .when(merge())
      .thenThrows('FORBIDDEN', /only national administrators/, 'unitId'));

  it('refuses to rename a unit that merged', () =>
    anyGiven(soKhdt, merged)
      .when(rename({ unitId: 'bac-giang.so-khdt', name: 'Sở Tài chính' }))
      .thenThrows('RULE_VIOLATED', /ended/, 'unitId'));
});

describe('org-unit decider: SplitOrgUnit and DissolveOrgUnit', () => {
  it('splits a unit among several successors', () =>
    anyGiven(soKhdt)
      .when(split())
      .then([
        {
          type: 'OrgUnitSplit',
          data: {
            unitId: 'bac-giang.so-khdt',
            successorUnitIds: ['bac-giang.so-noi-vu', 'bac-giang.so-y-te'],
            effectiveOn: '2025-03-01',
            legalBasis: BASIS,
          },
        },
      ]));

  it('refuses a split into one successor (that is a merger), into itself or naming one twice', () => {
    anyGiven(soKhdt)
      .when(split({ successorUnitIds: ['bac-giang.so-noi-vu'] }))
      .thenThrows('INVALID_INPUT', /at least two/, 'successorUnitIds');
    anyGiven(soKhdt)
      .when(split({ successorUnitIds: ['bac-giang.so-khdt', 'bac-giang.so-y-te'] }))
      .thenThrows('INVALID_INPUT', /own successor/, 'successorUnitIds');
    anyGiven(soKhdt)
      .when(split({ successorUnitIds: ['bac-giang.so-y-te', 'bac-giang.so-y-te'] }))
      .thenThrows('INVALID_INPUT', /already/, 'successorUnitIds[1]');
  });

  it('dissolves a unit; a dissolved unit cannot be dissolved, merged or split again', () => {
    anyGiven(soKhdt)
      .when(dissolve())
      .then([
        {
          type: 'OrgUnitDissolved',
          data: { unitId: 'bac-giang.so-khdt', effectiveOn: '2025-07-01', legalBasis: 'Nghị quyết 202/2025/QH15' },
        },
      ]);
    const gone: OrgUnitEvent = {
      type: 'OrgUnitDissolved',
      data: { unitId: 'bac-giang.so-khdt', effectiveOn: '2025-07-01', legalBasis: 'x' },
    };
    anyGiven(soKhdt, gone)
      .when(dissolve())
      .thenThrows('RULE_VIOLATED', /ended \(dissolved\) on 2025-07-01/, 'unitId');
    anyGiven(soKhdt, gone).when(split()).thenThrows('RULE_VIOLATED', /ended/, 'unitId');
  });

  it("forbids a province's system to split or dissolve", () => {
    bacGiangSpec
      .given([soKhdt])
      .when(split())
      .thenThrows('FORBIDDEN', /only national administrators/, 'unitId');
    bacGiangSpec
      .given([soKhdt])
      .when(dissolve())
      .thenThrows('FORBIDDEN', /only national administrators/, 'unitId');
  });
});
