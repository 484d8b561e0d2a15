import { safeReturnPath } from './oidc';
import { providerSignOutUrl } from './session';

describe('the redirect sign-in’s pure parts', () => {
  it('returns only to a path on this platform, never to another address', () => {
    expect(safeReturnPath('/decisions/696%2FQĐ-TTg?asOf=2021-12-31')).toBe('/decisions/696%2FQĐ-TTg?asOf=2021-12-31');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('javascript:alert(1)')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });

  it('signs out at the provider with the ID token as a hint, back to the platform’s start page', () => {
    const url = new URL(
      providerSignOutUrl(
        { endSession: 'https://id.example.gov.vn/session/end?ui=vi', clientId: 'monitor-web', idToken: 'an.id.token' },
        'https://monitor.example.gov.vn',
      ),
    );
    expect(url.origin + url.pathname).toBe('https://id.example.gov.vn/session/end');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ui: 'vi',
      client_id: 'monitor-web',
      id_token_hint: 'an.id.token',
      post_logout_redirect_uri: 'https://monitor.example.gov.vn/',
    });
  });
});
