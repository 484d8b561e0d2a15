import { TokenService } from '@monitor/api';
import { createClient } from 'graphql-ws';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { AUDIENCE, startIssuer, type RunningIssuer, type TestClient } from './testing/oidc-issuer.js';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const COMPARE = '{ compareProvinces(directive: "696/QD-TTg") { rows { province { id } } } }';
const REPORT = `mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`;
const report = (reportId: string) => ({
  input: {
    taskId: 'ha-nam.2811-kh-ubnd.t07',
    reportId,
    unitId: 'ha-nam.so-khcn',
    percentComplete: 10,
    reportedBy: { name: 'Nguyễn Văn A', role: 'Giám đốc Sở' },
  },
});
const DEVELOPMENT_SECRET = 'a-development-secret-of-at-least-32-characters';

const CLIENTS: TestClient[] = [
  { id: 'analytics-dashboard', claims: { roles: ['offline_access', 'ANALYST'] } },
  { id: 'ha-nam-system', claims: { roles: ['PROVINCE'], province: 'ha-nam' } },
  { id: 'bac-kan-system', claims: { roles: 'PROVINCE', province: 'bac-kan' } },
  { id: 'state-audit', claims: { roles: ['AUDITOR'] } },
  { id: 'atlantis-system', claims: { roles: ['PROVINCE'], province: 'atlantis' } },
  { id: 'short-lived', claims: { roles: ['ANALYST'] }, ttlSeconds: 2 },
];

/** The platform configured with an OpenID Connect provider, which the test starts: oidc-provider, on a loopback port. */
describe('signing in through an OpenID Connect provider', () => {
  let issuer: RunningIssuer;
  let platform: RunningPlatform;

  beforeAll(async () => {
    issuer = await startIssuer(CLIENTS);
    platform = await startPlatform(undefined, {
      MONITOR_OIDC_ISSUER: issuer.issuer,
      MONITOR_OIDC_AUDIENCE: AUDIENCE,
      MONITOR_OIDC_JWKS_COOLDOWN_MS: '100',
      // Set to show that a development token signed with it is refused all the same.
      MONITOR_JWT_SECRET: DEVELOPMENT_SECRET,
    });
  });
  afterAll(async () => {
    await platform?.stop();
    await issuer?.stop();
  });

  const refusal = async (token: string) => {
    const answer = await platform.gql(COMPARE, {}, token);
    expect(answer).toMatchObject({ status: 401, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    return answer.errors![0]!.message;
  };

  it("answers a query for the provider's token, with the role its claim names", async () => {
    const analyst = await issuer.token('analytics-dashboard');
    const answer = await platform.gql(COMPARE, {}, analyst);
    expect(answer.status).toBe(200);
    expect(answer.data!.compareProvinces.rows.map((r: { province: { id: string } }) => r.province.id)).toEqual(
      expect.arrayContaining(['ha-nam', 'bac-giang']),
    );
    const audit = await platform.gql('{ auditTrail(entity: "ha-nam") { position } }', {}, analyst);
    expect(audit.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("lets a province's system write its own province only, recorded as the token's subject", async () => {
    expect((await platform.gql(REPORT, report('oidc-1'), await issuer.token('ha-nam-system'))).errors).toBeUndefined();
    const forged = await platform.gql(REPORT, report('oidc-2'), await issuer.token('bac-kan-system'));
    expect(forged.errors![0]!.message).toMatch(/belongs to ha-nam, not to bac-kan/);
    const trail = await platform.gql(
      '{ auditTrail(entity: "ha-nam.2811-kh-ubnd.t07", types: ["ProgressReported"]) { recordedBy } }',
      {},
      await issuer.token('state-audit'),
    );
    expect(trail.data!.auditTrail.at(-1).recordedBy).toBe('ha-nam-system');
  });

  it('authenticates a WebSocket connection with the same verifier', async () => {
    const opened = (token: string) =>
      new Promise<string>((resolve) => {
        const client = createClient({
          url: platform.url.replace(/^http/, 'ws') + '/graphql',
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
        });
        client.on('connected', () => {
          void client.dispose();
          resolve('connected');
        });
        client.on('closed', (event) => resolve(`closed ${(event as { code: number }).code}`));
      });
    expect(await opened(await issuer.token('state-audit'))).toBe('connected');
    expect(await opened(await new TokenService(DEVELOPMENT_SECRET).issue('ADMIN', null, 'admin:dev'))).toBe('closed 4401');
  });

  it("refuses development tokens: with OIDC configured, only the provider's are accepted", async () => {
    expect(await refusal(await new TokenService(DEVELOPMENT_SECRET).issue('ADMIN', null, 'admin:dev'))).toMatch(
      /"alg" \(Algorithm\) Header Parameter value not allowed/,
    );
    await expect(platform.token('ADMIN')).rejects.toThrow(/no development tokens/);
  });

  it('refuses a province claim the platform does not know, naming those it does', async () => {
    expect(await refusal(await issuer.token('atlantis-system'))).toMatch(
      /province "atlantis" is not registered here \(registered: .*ha-nam/,
    );
  });

  it('refuses an expired token', async () => {
    const token = await issuer.token('short-lived');
    expect((await platform.gql(COMPARE, {}, token)).status).toBe(200);
    await sleep(3000);
    expect(await refusal(token)).toMatch(/"exp" claim timestamp check failed/);
  });

  it('refuses a token from another issuer, even one signing with the same keys', async () => {
    const other = await startIssuer(CLIENTS, { keys: issuer.keys });
    try {
      expect(await refusal(await other.token('analytics-dashboard'))).toMatch(/unexpected "iss" claim value/);
    } finally {
      await other.stop();
    }
  });

  it("accepts tokens signed with a rotated key, fetching the provider's keys again", async () => {
    const before = await issuer.token('analytics-dashboard');
    expect((await platform.gql(COMPARE, {}, before)).status).toBe(200);
    const fetches = issuer.jwksFetches;
    await issuer.rotateKeys();
    const after = await issuer.token('analytics-dashboard');
    expect(JSON.parse(Buffer.from(after.split('.')[0]!, 'base64url').toString())).toMatchObject({ kid: 'key-2' });
    await sleep(150); // past the cooldown since the last fetch
    expect((await platform.gql(COMPARE, {}, after)).status).toBe(200);
    expect(issuer.jwksFetches).toBe(fetches + 1);
    // Still published, the previous key still verifies the tokens it signed, without a fetch.
    expect((await platform.gql(COMPARE, {}, before)).status).toBe(200);
    expect(issuer.jwksFetches).toBe(fetches + 1);
  });
});
