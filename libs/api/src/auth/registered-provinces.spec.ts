import { initialMonitoringState, type MonitoringState, type ProvinceView } from '@monitor/read-models';
import type { Principal } from './principal.js';
import { RegisteredProvinces, RegisteredProvincesOnly } from './registered-provinces.js';
import type { TokenVerifier } from './token-verifier.js';

const fixed = (principal: Principal): TokenVerifier => ({ verify: async () => principal });

describe("a token's province must be registered", () => {
  const state: MonitoringState = initialMonitoringState();
  state.provinces.set('ha-nam', { id: 'ha-nam' } as ProvinceView);
  const provinces = new RegisteredProvinces();

  it('refuses every province before the read models are there, naming none', async () => {
    const verifier = new RegisteredProvincesOnly(fixed({ id: 'p', role: 'PROVINCE', provinceId: 'ha-nam' }), provinces);
    await expect(verifier.verify('t')).rejects.toThrow('the token\'s province "ha-nam" is not registered here (none is registered yet)');
  });

  it('accepts a registered province, refuses another naming those registered; principals without province pass', async () => {
    provinces.follow({ state });
    await expect(
      new RegisteredProvincesOnly(fixed({ id: 'p', role: 'PROVINCE', provinceId: 'ha-nam' }), provinces).verify('t'),
    ).resolves.toMatchObject({ provinceId: 'ha-nam' });
    await expect(
      new RegisteredProvincesOnly(fixed({ id: 'p', role: 'PROVINCE', provinceId: 'atlantis' }), provinces).verify('t'),
    ).rejects.toThrow('the token\'s province "atlantis" is not registered here (registered: ha-nam)');
    await expect(
      new RegisteredProvincesOnly(fixed({ id: 'a', role: 'ANALYST', provinceId: null }), provinces).verify('t'),
    ).resolves.toMatchObject({ role: 'ANALYST' });
  });
});
