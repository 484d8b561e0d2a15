import type { Page } from 'playwright-core';
import { openBrowser, requireChromium, type Browsing } from './browser';
import { AUDIENCE, startProvider, WEB_CLIENT_ID, WEB_SCOPE, type RunningProvider } from './oidc-provider';
import { startBuiltPlatform, type StartedPlatform } from './platform';

// People with accounts at the provider; their access tokens carry the claims the platform reads (MONITOR_OIDC_*: roles, province).
const ACCOUNTS = [
  { login: 'analyst', password: 'analyst-pass', claims: { roles: ['ANALYST', 'offline_access'] } },
  { login: 'officer.ha-nam', password: 'officer-pass', claims: { roles: ['PROVINCE'], province: 'ha-nam' } },
  { login: 'officer.atlantis', password: 'atlantis-pass', claims: { roles: ['PROVINCE'], province: 'atlantis' } },
];
// What this tab keeps (the e2e specs have no DOM types: the expression runs in the page).
const storedToken = (page: Page) => page.evaluate<string | null>("sessionStorage.getItem('monitor.token')");
const DECISION = `/decisions/${encodeURIComponent('696/QĐ-TTg')}`;

describe('signing in through an OpenID Connect provider (a real oidc-provider, by redirect, authorization code + PKCE)', () => {
  let provider: RunningProvider;
  let platform: StartedPlatform;
  const opened: Browsing[] = [];
  let signInButton: string;

  const browse = async () => {
    const browsing = await openBrowser();
    opened.push(browsing);
    return browsing;
  };

  /** At the provider's own login page: fill it in as a person would. */
  const logInAtProvider = async (page: Page, login: string, password: string) => {
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
    await page.getByLabel('Login').fill(login);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  beforeAll(async () => {
    requireChromium();
    provider = await startProvider(ACCOUNTS);
    platform = await startBuiltPlatform(undefined, {
      MONITOR_OIDC_ISSUER: provider.issuer,
      MONITOR_OIDC_AUDIENCE: AUDIENCE,
      MONITOR_OIDC_WEB_CLIENT_ID: WEB_CLIENT_ID,
      MONITOR_OIDC_WEB_SCOPE: WEB_SCOPE,
    });
    provider.registerWebApp(platform.url);
    signInButton = `Đăng nhập qua ${new URL(provider.issuer).host}`;
  }, 120_000);

  afterAll(async () => {
    for (const browsing of opened) await browsing.close();
    await platform?.stop();
    await provider?.stop();
  });

  it('allows the provider’s origin in the page’s policy for the sign-in requests, nothing more', async () => {
    const response = await fetch(`${platform.url}/`, { headers: { accept: 'text/html' } });
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain(`connect-src 'self' ${provider.issuer};`);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("form-action 'self';");
    const config = (await (await fetch(`${platform.url}/web-config.json`)).json()) as { oidc: { signIn: unknown } };
    expect(config.oidc.signIn).toEqual({ clientId: WEB_CLIENT_ID, scope: WEB_SCOPE, redirectPath: '/signin/callback' });
  });

  it('an analyst opens a shared link, signs in at the provider and comes back to that view, signed in as ANALYST', async () => {
    const { page, shot } = await browse();
    await page.goto(`${platform.url}${DECISION}`);
    await page.getByRole('button', { name: signInButton }).click();
    await logInAtProvider(page, 'analyst', 'wrong');
    await page.getByRole('alert').getByText('Wrong login or password').waitFor();
    await shot('oidc-01-provider-login');
    await page.getByLabel('Login').fill('analyst');
    await page.getByLabel('Password').fill('analyst-pass');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(DECISION);
    expect(await page.locator('.who').textContent()).toContain('ANALYST');
    await page.getByRole('link', { name: '2811/KH-UBND' }).first().waitFor();
    await shot('oidc-02-analyst-signed-in');
    // The code and state are gone from the address bar; the token is this tab's, as with a pasted one.
    expect(page.url()).not.toContain('code=');
    const token = await storedToken(page);
    expect(JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString())).toMatchObject({ aud: AUDIENCE, sub: 'analyst' });

    // Signed out here only: the provider still knows the person, and answers the next sign-in at once.
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.getByRole('button', { name: signInButton }).waitFor();
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);

    // An answer whose state is not the one this tab sent is refused, and its code never exchanged.
    let tokenRequests = 0;
    page.on('request', (request) => void (request.url().startsWith(`${provider.issuer}/token`) && tokenRequests++));
    // The provider's answer (a real code) arrives with another state, as a forged link would: its redirect
    // back is rewritten on the way (a route sees the request to the provider, not the redirect it answers).
    const AUTHORIZE = (url: URL) => url.href.startsWith(`${provider.issuer}/auth`);
    let code: string | null = null;
    await page.route(AUTHORIZE, async (route) => {
      const answer = await route.fetch({ maxRedirects: 0 });
      const callback = new URL(answer.headers()['location']!);
      code = callback.searchParams.get('code');
      callback.searchParams.set('state', 'an-attackers-state');
      await route.fulfill({ status: 303, headers: { location: callback.href } });
    });
    await page.getByRole('button', { name: signInButton }).click();
    await page.locator('#provider-error').getByText('không khớp với yêu cầu của thẻ này (state)').waitFor();
    await shot('oidc-03-state-refused');
    await page.unroute(AUTHORIZE);
    expect(code).toBeTruthy();
    expect(tokenRequests).toBe(0);
    expect(await storedToken(page)).toBeNull();

    // Signing in again works; then signing out at the provider too ends its session.
    await page.getByRole('button', { name: signInButton }).click();
    await page.getByRole('button', { name: 'Đăng xuất khỏi nhà cung cấp' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${platform.url}/`);
    await page.getByRole('button', { name: signInButton }).click();
    await logInAtProvider(page, 'officer.ha-nam', 'officer-pass');

    // A provincial officer: their province's plans.
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).waitFor();
    expect(await page.locator('.who').textContent()).toContain('PROVINCE (ha-nam)');
    await page.getByRole('link', { name: 'Tỉnh của tôi' }).click();
    await page.getByText('2811/KH-UBND').first().waitFor();
    await shot('oidc-04-province-signed-in');
  });

  it('says plainly when the platform refuses the provider’s token (a province it does not hold)', async () => {
    const { page, shot } = await browse();
    await page.goto(`${platform.url}/`);
    await page.getByRole('button', { name: signInButton }).click();
    await logInAtProvider(page, 'officer.atlantis', 'atlantis-pass');
    const error = page.locator('#provider-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Nền tảng từ chối token của nhà cung cấp \(UNAUTHENTICATED: .*atlantis/);
    expect(await storedToken(page)).toBeNull();
    await shot('oidc-05-token-refused');

    // Pasting a token stays possible; one that is not the provider's is refused.
    await page.getByText('Hoặc dán access token do nhà cung cấp cấp').click();
    const claims = Buffer.from(JSON.stringify({ sub: 'x', roles: ['ANALYST'], exp: 4102444800 })).toString('base64url');
    await page.getByLabel('Token').fill(`eyJhbGciOiJIUzI1NiJ9.${claims}.c2lnbmF0dXJl`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.locator('#token-error').waitFor();
    expect(await page.locator('#token-error').textContent()).toContain('UNAUTHENTICATED');
  });

  it('sent no request anywhere but the platform and the provider', () => {
    const requests = opened.flatMap((b) => b.requests);
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => !url.startsWith(`${platform.url}/`) && !url.startsWith(`${provider.issuer}/`))).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${provider.issuer}/token`))).toBe(true);
  });
});
