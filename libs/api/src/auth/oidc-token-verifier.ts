import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '../config/platform-config.js';
import type { Principal } from './principal.js';
import { InvalidTokenError, principalFrom, type TokenVerifier } from './token-verifier.js';

// A provider signs with its private keys; a shared-secret (HS*) token is never one of its tokens.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/**
 * Verifies tokens an OpenID Connect provider issued: signed with one of the keys the provider
 * publishes (found through its discovery document), by the configured issuer, for the configured
 * audience; the role and province from the configured claims. Keys are fetched once and kept (jose's
 * remote key set): a token signed with a key not yet seen, after the provider rotated its keys, makes
 * it fetch them again, at most once per cooldown.
 */
export class OidcTokenVerifier implements TokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly config: OidcConfig) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.providerKeys();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: this.config.issuer, audience: this.config.audience, algorithms: ALGORITHMS }));
    } catch (error) {
      throw new InvalidTokenError(`the token is not valid: ${(error as Error).message}`);
    }
    return principalFrom({ payload, role: claim(payload, this.config.roleClaim), province: claim(payload, this.config.provinceClaim) });
  }

  /** The provider's key set, discovered with the first token; a failed discovery is tried again with the next. */
  private providerKeys(): Promise<JWTVerifyGetKey> {
    this.keys ??= discoverKeys(this.config).catch((error: unknown) => {
      this.keys = undefined;
      throw new InvalidTokenError(`the token cannot be verified now: ${(error as Error).message}`);
    });
    return this.keys;
  }
}

/** The key set named by the provider's discovery document (OpenID Connect Discovery 1.0, §4). */
const discoverKeys = async ({ issuer, jwksCooldownMs, jwksCacheMaxAgeMs }: OidcConfig): Promise<JWTVerifyGetKey> => {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw new Error(`the identity provider's ${url} could not be read (${(error as Error).message})`);
  }
  // The document must be the issuer's own: otherwise its keys could vouch for another issuer's tokens.
  if (document.issuer !== issuer) throw new Error(`${url} names the issuer ${JSON.stringify(document.issuer)}, not ${issuer}`);
  if (typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) throw new Error(`${url} names no jwks_uri`);
  return createRemoteJWKSet(new URL(document.jwks_uri), { cooldownDuration: jwksCooldownMs, cacheMaxAge: jwksCacheMaxAgeMs });
};

/** A claim by name; when the payload has none of that name, a dotted name is a path ("realm_access.roles"). */
export const claim = (payload: JWTPayload, name: string): unknown => {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const key of name.split('.'))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
};
