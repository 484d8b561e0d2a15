import { openBrowser, requireChromium, type Browsing } from './browser';
import { startBuiltPlatform, type StartedPlatform } from './platform';

// The provider is only named: nothing here asks it for anything (its keys are fetched with the first token).
const ISSUER = 'https://id.example.gov.vn/realms/monitor';

describe('the sign-in page of a platform that accepts an OpenID Connect provider’s tokens', () => {
  let platform: StartedPlatform;
  let browsing: Browsing;

  beforeAll(async () => {
    requireChromium();
    platform = await startBuiltPlatform(undefined, { MONITOR_OIDC_ISSUER: ISSUER, MONITOR_OIDC_AUDIENCE: 'monitor-api' });
    browsing = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await browsing?.close();
    await platform?.stop();
  });

  it('names the provider instead of development tokens, and refuses a development-shaped token it cannot verify', async () => {
    const { page } = browsing;
    await page.goto(`${platform.url}/`);
    await page.getByText(ISSUER).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('npm run -s token');
    await browsing.shot('oidc-01-sign-in');
    // A token of the right shape but not the provider's: the platform refuses it, the page says so.
    const claims = Buffer.from(JSON.stringify({ sub: 'x', roles: ['ANALYST'], exp: 4102444800 })).toString('base64url');
    await page.getByLabel('Token').fill(`eyJhbGciOiJIUzI1NiJ9.${claims}.c2lnbmF0dXJl`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('#token-error').waitFor();
    expect(await page.locator('#token-error').textContent()).toContain('UNAUTHENTICATED');
    expect(browsing.requests.every((url) => url.startsWith(`${platform.url}/`))).toBe(true);
  });
});
