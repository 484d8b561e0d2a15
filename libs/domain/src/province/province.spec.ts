import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import { provinceDecider, type ProvinceRegistered, type RegisterProvince } from './province.js';

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

const given = (...events: ProvinceRegistered[]) => deciderSpec(provinceDecider).given(events);

describe('province decider: RegisterProvince', () => {
  it('registers a province, normalizing its name', () =>
    given().when(register({ name: '  Hà   Nam '.normalize('NFD') })).then([registered]));

  it('registers a province without a statistical code', () =>
    given()
      .when(register({ statisticalCode: null }))
      .then([{ type: 'ProvinceRegistered', data: { provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: null } }]));

  it('forbids a provincial system to register a province, even its own', () =>
    deciderSpec(provinceDecider, provinceContext('ha-nam'))
      .given([])
      .when(register())
      .thenThrows('FORBIDDEN', /only national administrators register provinces/));

  it('refuses to register a province twice', () =>
    given(registered).when(register()).thenThrows('ALREADY_EXISTS', /province ha-nam is already registered/, 'provinceId'));

  it('refuses a province id that is not a slug', () =>
    given().when(register({ provinceId: 'Hà Nam' })).thenThrows('INVALID_INPUT', /not an identifier/, 'provinceId'));

  it('refuses a blank name', () => given().when(register({ name: ' ' })).thenThrows('INVALID_INPUT', /must not be blank/, 'name'));
});
