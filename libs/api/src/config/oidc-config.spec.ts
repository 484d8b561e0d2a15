import { loadConfig } from './platform-config.js';

describe('OIDC configuration', () => {
  it('is off without MONITOR_OIDC_ISSUER: development tokens, the embedded default', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('MONITOR_OIDC_ISSUER and MONITOR_OIDC_AUDIENCE switch it on, with the default claims and key cache', () => {
    expect(loadConfig({ MONITOR_OIDC_ISSUER: 'https://id.example.gov.vn/realms/monitor', MONITOR_OIDC_AUDIENCE: 'monitor' }).oidc).toEqual({
      issuer: 'https://id.example.gov.vn/realms/monitor',
      audience: 'monitor',
      roleClaim: 'roles',
      provinceClaim: 'province',
      jwksCooldownMs: 30_000,
      jwksCacheMaxAgeMs: 600_000,
    });
    expect(
      loadConfig({
        MONITOR_OIDC_ISSUER: 'http://127.0.0.1:9000',
        MONITOR_OIDC_AUDIENCE: 'm',
        MONITOR_OIDC_ROLE_CLAIM: 'realm_access.roles',
        MONITOR_OIDC_PROVINCE_CLAIM: 'monitor_province',
      }).oidc,
    ).toMatchObject({ roleClaim: 'realm_access.roles', provinceClaim: 'monitor_province' });
  });

  it('names what is wrong: no audience, not a URL, http away from localhost', () => {
    expect(() => loadConfig({ MONITOR_OIDC_ISSUER: 'https://id.example' })).toThrow(
      /MONITOR_OIDC_AUDIENCE: is required with MONITOR_OIDC_ISSUER/,
    );
    expect(() => loadConfig({ MONITOR_OIDC_ISSUER: 'id.example', MONITOR_OIDC_AUDIENCE: 'm' })).toThrow(
      /MONITOR_OIDC_ISSUER: must be the provider's issuer URL/,
    );
    expect(() => loadConfig({ MONITOR_OIDC_ISSUER: 'http://id.example', MONITOR_OIDC_AUDIENCE: 'm' })).toThrow(
      /MONITOR_OIDC_ISSUER: must be https \(http only on localhost\)/,
    );
  });

  it('scaled out, replaces the shared development secret', () => {
    const kurrent = {
      MONITOR_EVENT_STORE: 'kurrentdb',
      KURRENTDB_CONNECTION_STRING: 'kurrentdb://k:2113?tls=false',
      MONITOR_AUDIT_KEY: 'an-audit-key-of-at-least-thirty-two-characters',
    };
    expect(() => loadConfig(kurrent)).toThrow(/MONITOR_JWT_SECRET/);
    expect(loadConfig({ ...kurrent, MONITOR_OIDC_ISSUER: 'https://id.example', MONITOR_OIDC_AUDIENCE: 'm' }).jwtSecret).toBeNull();
  });
});
