import type { JWTPayload } from 'jose';
import { ROLES, type Principal, type Role } from './principal.js';

/** A bearer token that does not say who is calling: the caller is refused (401). */
export class InvalidTokenError extends Error {}

/**
 * Turns a bearer token into the caller it names. HTTP requests, WebSocket connections and the Kafka
 * ingest all authenticate through the one the platform was configured with (see tokenVerifier).
 */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/** Nest's injection token for the configured TokenVerifier (an interface cannot be one). */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** The claims every verifier needs, read from a token whose signature, issuer and audience it checked. */
export interface IdentityClaims {
  readonly payload: JWTPayload;
  /** The role claim's value: a role name, or a list holding one. */
  readonly role: unknown;
  readonly province: unknown;
}

/**
 * The principal a verified token names. A token must say who (`sub`: it is recorded with every
 * event) and until when (`exp`: a token without it would never expire); a PROVINCE token, which
 * province. Several platform roles in one list are refused unless one is ADMIN (which does everything).
 */
export const principalFrom = ({ payload, role, province }: IdentityClaims): Principal => {
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '')
    throw new InvalidTokenError('the token names no subject ("sub"): refused, every event records who recorded it');
  if (typeof payload.exp !== 'number') throw new InvalidTokenError('the token has no expiry ("exp"): refused, it would never expire');
  const granted = platformRoles(role);
  if (granted.length === 0)
    throw new InvalidTokenError(`the token's role ${JSON.stringify(role ?? null)} is not one of ${ROLES.join(', ')}`);
  const chosen: Role | undefined = granted.length === 1 ? granted[0] : granted.includes('ADMIN') ? 'ADMIN' : undefined;
  if (!chosen) throw new InvalidTokenError(`the token grants several roles (${granted.join(', ')}): a principal has one`);
  const provinceId = typeof province === 'string' && province !== '' ? province : null;
  if (chosen === 'PROVINCE' && !provinceId) throw new InvalidTokenError('a PROVINCE token names no province');
  return { id: payload.sub, role: chosen, provinceId: chosen === 'PROVINCE' ? provinceId : null, expiresAt: new Date(payload.exp * 1000) };
};

/** The platform roles a claim names, in upper case ("analyst" is ANALYST); other values (a provider's own roles) are left out. */
const platformRoles = (claim: unknown): Role[] => {
  const values = Array.isArray(claim) ? claim : [claim];
  const roles = values.filter((v): v is string => typeof v === 'string').map((v) => v.toUpperCase());
  return ROLES.filter((role) => roles.includes(role));
};
