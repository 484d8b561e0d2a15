import { jwtVerify, SignJWT } from 'jose';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROLES, type Principal, type Role } from './principal.js';

const ISSUER = 'provincial-implementation-monitor';
const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {}

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

/** Signs and verifies the platform's bearer tokens (HS256 JWTs, through `jose`). */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(role: Role, provinceId: string | null, subject: string, expiresIn = '30d'): Promise<string> {
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
    const role = payload.role as Role;
    if (!ROLES.includes(role)) throw new InvalidTokenError(`the token's role "${String(payload.role)}" is not one of ${ROLES.join(', ')}`);
    const provinceId = typeof payload.province === 'string' ? payload.province : null;
    if (role === 'PROVINCE' && !provinceId) throw new InvalidTokenError('a PROVINCE token names no province');
    const expiresAt = payload.exp === undefined ? {} : { expiresAt: new Date(payload.exp * 1000) };
    return { id: payload.sub ?? 'unknown', role, provinceId: role === 'PROVINCE' ? provinceId : null, ...expiresAt };
  }
}
