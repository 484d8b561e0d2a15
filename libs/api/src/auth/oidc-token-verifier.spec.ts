import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OidcConfig } from '../config/platform-config.js';
import { OidcTokenVerifier } from './oidc-token-verifier.js';

type SigningKey = Parameters<SignJWT['sign']>[0];

/**
 * The verifier against a minimal issuer on a loopback port (a discovery document and a key set),
 * with tokens signed here: claims a real provider would not leave out. oidc-token.int.spec.ts in
 * apps/api signs in at a real provider.
 */
describe('OIDC tokens', () => {
  let server: Server;
  let issuer: string;
  let config: OidcConfig;
  let privateKey: SigningKey;
  let discoveredIssuer: () => string = () => issuer;
  const requests: string[] = [];

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    server = createServer((req, res) => {
      requests.push(req.url!);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration')
        res.end(JSON.stringify({ issuer: discoveredIssuer(), jwks_uri: `${issuer}/jwks` }));
      else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    config = {
      issuer,
      audience: 'monitor',
      roleClaim: 'monitor.role',
      provinceClaim: 'monitor_province',
      jwksCooldownMs: 30_000,
      jwksCacheMaxAgeMs: 600_000,
      webClient: null,
    };
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: JWTPayload = {}): JWTPayload => ({
    iss: issuer,
    aud: 'monitor',
    sub: 'user-1',
    exp: now() + 300,
    monitor: { role: 'PROVINCE' },
    monitor_province: 'ha-nam',
    ...extra,
  });
  const sign = (payload: JWTPayload, key: SigningKey = privateKey, alg = 'ES256') =>
    new SignJWT(payload).setProtectedHeader({ alg, kid: 'k1' }).sign(key);
  const without = (name: string): JWTPayload => Object.fromEntries(Object.entries(claims()).filter(([key]) => key !== name));

  it("accepts the issuer's token for this audience, with role and province from the configured claims", async () => {
    await expect(new OidcTokenVerifier(config).verify(await sign(claims()))).resolves.toEqual({
      id: 'user-1',
      role: 'PROVINCE',
      provinceId: 'ha-nam',
      expiresAt: expect.any(Date),
    });
  });

  it('discovers the keys once, then keeps them', async () => {
    const verifier = new OidcTokenVerifier(config);
    requests.length = 0;
    for (let i = 0; i < 3; i += 1) await verifier.verify(await sign(claims()));
    expect(requests).toEqual(['/.well-known/openid-configuration', '/jwks']);
  });

  it('refuses a signed token without exp, or without sub', async () => {
    const verifier = new OidcTokenVerifier(config);
    await expect(verifier.verify(await sign(without('exp')))).rejects.toThrow(/no expiry \("exp"\)/);
    await expect(verifier.verify(await sign(without('sub')))).rejects.toThrow(/no subject \("sub"\)/);
  });

  it('refuses another audience, another issuer, an expired token, a shared-secret token', async () => {
    const verifier = new OidcTokenVerifier(config);
    await expect(verifier.verify(await sign(claims({ aud: 'another-app' })))).rejects.toThrow(/unexpected "aud" claim value/);
    await expect(verifier.verify(await sign(claims({ iss: 'https://elsewhere.example' })))).rejects.toThrow(/unexpected "iss" claim value/);
    await expect(verifier.verify(await sign(claims({ exp: now() - 5 })))).rejects.toThrow(/"exp" claim timestamp check failed/);
    const secret = new TextEncoder().encode('a-development-secret-of-at-least-32-characters');
    await expect(verifier.verify(await sign(claims(), secret, 'HS256'))).rejects.toThrow(
      /"alg" \(Algorithm\) Header Parameter value not allowed/,
    );
  });

  it('refuses every token while the discovery document names another issuer, and discovers again with the next', async () => {
    const verifier = new OidcTokenVerifier(config);
    discoveredIssuer = () => 'https://impostor.example';
    await expect(verifier.verify(await sign(claims()))).rejects.toThrow(
      /cannot be verified now: .* names the issuer "https:\/\/impostor.example"/,
    );
    discoveredIssuer = () => issuer;
    await expect(verifier.verify(await sign(claims()))).resolves.toMatchObject({ role: 'PROVINCE' });
  });

  it('says when the provider cannot be reached', async () => {
    const verifier = new OidcTokenVerifier({ ...config, issuer: 'http://127.0.0.1:1' });
    await expect(verifier.verify(await sign(claims()))).rejects.toThrow(
      /cannot be verified now: the identity provider's http:\/\/127.0.0.1:1\/.well-known\/openid-configuration could not be read/,
    );
  });
});
