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
      webClient: null,
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

  it('MONITOR_OIDC_WEB_CLIENT_ID gives the web app a public client, scope openid unless told', () => {
    const on = { MONITOR_OIDC_ISSUER: 'https://id.example', MONITOR_OIDC_AUDIENCE: 'm', MONITOR_OIDC_WEB_CLIENT_ID: 'monitor-web' };
    expect(loadConfig(on).oidc?.webClient).toEqual({ clientId: 'monitor-web', scope: 'openid' });
    expect(loadConfig({ ...on, MONITOR_OIDC_WEB_SCOPE: 'openid monitor' }).oidc?.webClient?.scope).toBe('openid monitor');
    expect(() => loadConfig({ ...on, MONITOR_OIDC_WEB_SCOPE: 'monitor' })).toThrow(/MONITOR_OIDC_WEB_SCOPE: must include openid/);
    expect(() => loadConfig({ ...on, MONITOR_OIDC_WEB_SCOPE: 'openid  "x"' })).toThrow(/MONITOR_OIDC_WEB_SCOPE: must be scopes/);
    expect(() => loadConfig({ ...on, MONITOR_OIDC_WEB_CLIENT_ID: 'a b' })).toThrow(/MONITOR_OIDC_WEB_CLIENT_ID: must be the client id/);
    expect(() => loadConfig({ MONITOR_OIDC_WEB_CLIENT_ID: 'monitor-web' })).toThrow(
      /MONITOR_OIDC_WEB_CLIENT_ID: needs MONITOR_OIDC_ISSUER/,
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
