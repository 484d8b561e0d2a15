import { webConfigOf, webContentSecurityPolicy, WEB_CONTENT_SECURITY_POLICY } from './web-app.js';

const oidc = { issuer: 'https://id.example.gov.vn/realms/monitor', roleClaim: 'roles', provinceClaim: 'province' };

describe('the web app’s sign-in configuration and Content-Security-Policy', () => {
  it('allows only the platform itself unless the app signs in at a provider', () => {
    expect(WEB_CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    expect(WEB_CONTENT_SECURITY_POLICY).toContain("form-action 'self';");
    expect(WEB_CONTENT_SECURITY_POLICY).not.toContain('http');
  });

  it('adds the issuer’s origin to connect-src only, for the redirect sign-in’s discovery and token requests', () => {
    const csp = webContentSecurityPolicy(new URL(oidc.issuer).origin);
    expect(csp).toContain("connect-src 'self' https://id.example.gov.vn;");
    expect(csp).toContain("form-action 'self';");
    expect(csp).toContain("script-src 'self';");
    expect(csp.match(/https:/g)).toHaveLength(1);
  });

  it('tells the page the public client and the callback path, nothing secret', () => {
    expect(webConfigOf({ oidc: null })).toEqual({ oidc: null });
    expect(webConfigOf({ oidc: { ...oidc, webClient: null } }).oidc?.signIn).toBeNull();
    expect(webConfigOf({ oidc: { ...oidc, webClient: { clientId: 'monitor-web', scope: 'openid monitor' } } })).toEqual({
      oidc: { ...oidc, signIn: { clientId: 'monitor-web', scope: 'openid monitor', redirectPath: '/signin/callback' } },
    });
  });
});
