import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import {
  provinceDecider,
  type MergeProvinces,
  type ProvinceEvent,
  type ProvinceRegistered,
  type ProvincesMerged,
  type RegisterProvince,
} from './province.decider.js';

const register = (overrides: Partial<RegisterProvince> = {}): RegisterProvince => ({
  type: 'RegisterProvince',
  provinceId: 'ha-nam',
  name: 'Hà Nam',
  statisticalCode: '35',
  ...overrides,
});
const registered: ProvinceRegistered = {
  type: 'ProvinceRegistered',
  data: { provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
};

const given = (...events: ProvinceEvent[]) => deciderSpec(provinceDecider).given(events);

describe('province decider: RegisterProvince', () => {
  it('registers a province, normalizing its name', () =>
    given()
      .when(register({ name: '  Hà   Nam '.normalize('NFD') }))
      .then([registered]));

  it('registers a province without a statistical code', () =>
    given()
      .when(register({ statisticalCode: null }))
      .then([{ type: 'ProvinceRegistered', data: { provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: null } }]));

  it('records the day a province formed by a recorded change was established, and only a day', () => {
    given()
      .when(register({ provinceId: 'ninh-binh-2025', name: 'Ninh Bình (từ 01/7/2025)', statisticalCode: null, establishedOn: '1/7/2025' }))
      .then([
        {
          type: 'ProvinceRegistered',
          data: { provinceId: 'ninh-binh-2025', name: 'Ninh Bình (từ 01/7/2025)', statisticalCode: null, establishedOn: '2025-07-01' },
        },
      ]);
    given()
      .when(register({ establishedOn: '2025-07' }))
      .thenThrows('INVALID_INPUT', /established on a day/, 'establishedOn');
  });

  it('forbids a provincial system to register a province, even its own', () =>
    deciderSpec(provinceDecider, provinceContext('ha-nam'))
      .given([])
      .when(register())
      .thenThrows('FORBIDDEN', /only national administrators register and merge provinces/));

  it('refuses to register a province twice', () =>
    given(registered)
      .when(register())
      .thenThrows('ALREADY_EXISTS', /province ha-nam is already registered/, 'provinceId'));

  it('refuses a province id that is not a slug', () =>
    given()
      .when(register({ provinceId: 'Hà Nam' }))
      .thenThrows('INVALID_INPUT', /not an identifier/, 'provinceId'));

  it('refuses a blank name', () =>
    given()
      .when(register({ name: ' ' }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'name'));
});

describe('province decider: MergeProvinces', () => {
  const ninhBinh: ProvinceRegistered = {
    type: 'ProvinceRegistered',
    data: { provinceId: 'ninh-binh', name: 'Ninh Bình', statisticalCode: null },
  };
  const merge = (overrides: Partial<MergeProvinces> = {}): MergeProvinces => ({
    type: 'MergeProvinces',
    successorProvinceId: 'ninh-binh',
    mergedProvinceIds: ['ha-nam', 'nam-dinh'],
    effectiveOn: '2025-07-01',
    legalBasis: 'Nghị quyết 202/2025/QH15',
    ...overrides,
  });
  const merged: ProvincesMerged = {
    type: 'ProvincesMerged',
    data: {
      successorProvinceId: 'ninh-binh',
      mergedProvinceIds: ['ha-nam', 'nam-dinh'],
      effectiveOn: '2025-07-01',
      legalBasis: 'Nghị quyết 202/2025/QH15',
    },
  };

  it('records the merged provinces, the successor, the day and the legal basis', () => given(ninhBinh).when(merge()).then([merged]));

  it('accepts the effective day written the Vietnamese way', () =>
    given(ninhBinh)
      .when(merge({ effectiveOn: '1/7/2025' }))
      .then([merged]));

  it('refuses a successor that is not registered', () =>
    given()
      .when(merge())
      .thenThrows('NOT_FOUND', /province ninh-binh is not registered/, 'successorProvinceId'));

  it('refuses a province merged twice into the same successor', () =>
    given(ninhBinh, merged)
      .when(merge({ mergedProvinceIds: ['nam-dinh'] }))
      .thenThrows('ALREADY_EXISTS', /nam-dinh already merged/, 'mergedProvinceIds'));

  it('refuses a province merging into itself, an empty list and a month-only day', () => {
    given(ninhBinh)
      .when(merge({ mergedProvinceIds: ['ninh-binh'] }))
      .thenThrows('INVALID_INPUT', /into itself/, 'mergedProvinceIds');
    given(ninhBinh)
      .when(merge({ mergedProvinceIds: [] }))
      .thenThrows('INVALID_INPUT', /at least one/, 'mergedProvinceIds');
    given(ninhBinh)
      .when(merge({ effectiveOn: '2025-07' }))
      .thenThrows('INVALID_INPUT', /takes effect on a day/, 'effectiveOn');
  });

  it('forbids a provincial system to merge provinces', () =>
    deciderSpec(provinceDecider, provinceContext('ninh-binh'))
      .given([ninhBinh])
      .when(merge())
      .thenThrows('FORBIDDEN', /merge provinces/));
});
