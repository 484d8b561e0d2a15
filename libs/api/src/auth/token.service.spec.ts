import { SignJWT, type JWTPayload } from 'jose';
import { InvalidTokenError, TokenService } from './token.service.js';

const SECRET = 'a-development-secret-of-at-least-32-characters';
const tokens = new TokenService(SECRET);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the platform's secret, by its issuer, with exactly these claims. */
const signed = (claims: JWTPayload) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('provincial-implementation-monitor')
    .sign(new TextEncoder().encode(SECRET));

describe('development tokens', () => {
  it('verify the tokens they issue, with role, province, subject and expiry', async () => {
    const principal = await tokens.verify(await tokens.issue('PROVINCE', 'ha-nam', 'province:ha-nam', '1h'));
    expect(principal).toMatchObject({ id: 'province:ha-nam', role: 'PROVINCE', provinceId: 'ha-nam' });
    expect(principal.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('refuse a signed token without exp: it would never expire', async () => {
    await expect(tokens.verify(await signed({ sub: 'analyst:dev', role: 'ANALYST' }))).rejects.toThrow(/no expiry \("exp"\)/);
  });

  it('refuse a signed token without sub, or with an empty one: events record who recorded them', async () => {
    await expect(tokens.verify(await signed({ role: 'ANALYST', exp: now() + 60 }))).rejects.toThrow(/no subject \("sub"\)/);
    await expect(tokens.verify(await signed({ sub: ' ', role: 'ANALYST', exp: now() + 60 }))).rejects.toThrow(/no subject/);
  });

  it('refuse an expired token, another secret, a role that is none of the platform', async () => {
    await expect(tokens.verify(await signed({ sub: 'a', role: 'ANALYST', exp: now() - 10 }))).rejects.toThrow(
      /"exp" claim timestamp check failed/,
    );
    await expect(
      new TokenService('another-secret-of-at-least-32-characters!').verify(await tokens.issue('ADMIN', null, 'admin:dev')),
    ).rejects.toThrow(InvalidTokenError);
    await expect(tokens.verify(await signed({ sub: 'a', role: 'ROOT', exp: now() + 60 }))).rejects.toThrow(
      /role "ROOT" is not one of ANALYST, PROVINCE, AUDITOR, ADMIN/,
    );
    await expect(tokens.verify(await signed({ sub: 'a', role: 'PROVINCE', exp: now() + 60 }))).rejects.toThrow(
      /PROVINCE token names no province/,
    );
  });

  it('issue no token for an unknown role', async () => {
    // @ts-expect-error: a caller without types (the CLI reads argv)
    await expect(tokens.issue('ROOT', null, 'root')).rejects.toThrow(/not one of/);
  });
});
