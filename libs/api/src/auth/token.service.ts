import { jwtVerify, SignJWT } from 'jose';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROLES, type Principal, type Role } from './principal.js';
import { InvalidTokenError, principalFrom, type TokenVerifier } from './token-verifier.js';

export { InvalidTokenError } from './token-verifier.js';

const ISSUER = 'provincial-implementation-monitor';
const ALGORITHM = 'HS256';

/**
 * The signing secret: the configured one, or for the embedded default a random one kept in the data
 * directory (created on first use), so development tokens work without any setup.
 */
export const resolveJwtSecret = (configured: string | null, dataDir: string): string => {
  if (configured) return configured;
  const file = join(dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
};

/**
 * Signs and verifies development tokens (HS256 JWTs, through `jose`): the embedded default's, printed
 * by `npm run -s token`. Not used when an OpenID Connect provider is configured.
 */
export class TokenService implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(role: Role, provinceId: string | null, subject: string, expiresIn = '30d'): Promise<string> {
    if (!ROLES.includes(role)) throw new InvalidTokenError(`the role "${role}" is not one of ${ROLES.join(', ')}`);
    if (role === 'PROVINCE' && !provinceId) throw new InvalidTokenError('a PROVINCE token needs a province id');
    return new SignJWT({ role, ...(provinceId ? { province: provinceId } : {}) })
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: [ALGORITHM] }));
    } catch (error) {
      throw new InvalidTokenError(`the token is not valid: ${(error as Error).message}`);
    }
    return principalFrom({ payload, role: payload.role, province: payload.province });
  }
}
