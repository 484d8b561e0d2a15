import { claim } from './oidc-token-verifier.js';
import { principalFrom } from './token-verifier.js';

const exp = Math.floor(Date.now() / 1000) + 60;
const principal = (role: unknown, province: unknown = undefined) => principalFrom({ payload: { sub: 'user-1', exp }, role, province });

describe('the principal a verified token names', () => {
  it("takes the one platform role a claim names, as a string or in a list among a provider's own roles", () => {
    expect(principal('ANALYST')).toEqual({ id: 'user-1', role: 'ANALYST', provinceId: null, expiresAt: new Date(exp * 1000) });
    expect(principal(['offline_access', 'auditor']).role).toBe('AUDITOR');
    expect(principal(['PROVINCE'], 'ha-nam')).toMatchObject({ role: 'PROVINCE', provinceId: 'ha-nam' });
  });

  it('keeps a province for PROVINCE principals only', () => {
    expect(principal('ANALYST', 'ha-nam').provinceId).toBeNull();
  });

  it('refuses no platform role, several (unless one is ADMIN), a PROVINCE without province', () => {
    expect(() => principal(undefined)).toThrow(/role null is not one of/);
    expect(() => principal(['uma_authorization'])).toThrow(/role \["uma_authorization"\] is not one of/);
    expect(() => principal(['ANALYST', 'PROVINCE'], 'ha-nam')).toThrow(/several roles \(ANALYST, PROVINCE\)/);
    expect(principal(['ANALYST', 'ADMIN']).role).toBe('ADMIN');
    expect(() => principal('PROVINCE', '')).toThrow(/names no province/);
  });

  it('reads a claim by name, or by a dotted path when no claim has that name', () => {
    expect(claim({ roles: ['ADMIN'] }, 'roles')).toEqual(['ADMIN']);
    expect(claim({ realm_access: { roles: ['ANALYST'] } }, 'realm_access.roles')).toEqual(['ANALYST']);
    expect(claim({ 'https://monitor.gov.vn/role': 'AUDITOR' }, 'https://monitor.gov.vn/role')).toBe('AUDITOR');
    expect(claim({ realm_access: null }, 'realm_access.roles')).toBeUndefined();
  });
});
