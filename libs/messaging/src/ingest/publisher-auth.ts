import type { ProvincialMessage } from '../message/provincial-message.js';
import type { Publisher } from '../message/to-command.js';

/** A verified credential, as the platform's token service returns it. */
export interface VerifiedToken {
  readonly id: string;
  readonly role: string;
  readonly provinceId: string | null;
}

/** Verifies a bearer token (the platform's HS256 JWTs: TokenService satisfies this). */
export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken>;
}

/** The header a provincial system puts its token in, as an HTTP client would. */
export const AUTHORIZATION_HEADER = 'authorization';

export type Authentication = { ok: true; publisher: Publisher } | { ok: false; reason: 'UNAUTHENTICATED' | 'FORBIDDEN'; problem: string };

/** What verifying a token gave: its claims, or why it is refused. */
export type TokenVerification = { ok: true; claims: VerifiedToken } | { ok: false; problem: string };

/** Tokens verified, each with what its verification gave. */
export type VerifiedTokens = ReadonlyMap<string, TokenVerification>;

/** The token of an `authorization: Bearer <token>` header, if that is what the header holds. */
export const bearerToken = (authorization: string | undefined): string | undefined => authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];

/**
 * Verifies each distinct token once. A chunk's messages carry few between them (one per provincial
 * system); verifying per message cost the consuming thread about 2.5 µs a message, even with every
 * token remembered by CachingTokenVerifier (a promise per message, the long token hashed each time).
 */
export const verifyTokens = async (verifier: TokenVerifier, tokens: Iterable<string | undefined>): Promise<VerifiedTokens> => {
  const verified = new Map<string, TokenVerification>();
  const distinct = new Set<string>();
  for (const token of tokens) if (token) distinct.add(token);
  await Promise.all(
    [...distinct].map(async (token) => {
      try {
        verified.set(token, { ok: true, claims: await verifier.verify(token) });
      } catch (error) {
        verified.set(token, { ok: false, problem: (error as Error).message });
      }
    }),
  );
  return verified;
};

/**
 * A province may publish only about itself: the message must carry a PROVINCE token, and the
 * token's province, the message's province and the Kafka key must be the same. `token` is the
 * message's bearer token, and `verified` holds what its verification gave.
 */
export const authorizePublisher = (
  token: string | undefined,
  verified: VerifiedTokens,
  key: string | null,
  message: ProvincialMessage,
): Authentication => {
  if (!token) return { ok: false, reason: 'UNAUTHENTICATED', problem: `no "${AUTHORIZATION_HEADER}: Bearer <token>" header` };
  const verification = verified.get(token);
  if (verification === undefined) throw new Error('authorizePublisher: the token was not verified (verifyTokens)');
  if (!verification.ok) return { ok: false, reason: 'UNAUTHENTICATED', problem: verification.problem };
  return authorizeClaims(verification.claims, key, message);
};

const authorizeClaims = (verified: VerifiedToken, key: string | null, message: ProvincialMessage): Authentication => {
  if (verified.role !== 'PROVINCE' || !verified.provinceId) {
    return { ok: false, reason: 'FORBIDDEN', problem: `only a province's PROVINCE token may publish, not a ${verified.role} token` };
  }
  if (verified.provinceId !== message.province) {
    return { ok: false, reason: 'FORBIDDEN', problem: `the token of ${verified.provinceId} may not publish for ${message.province}` };
  }
  if (key !== message.province) {
    return { ok: false, reason: 'FORBIDDEN', problem: `the message key "${key ?? ''}" is not its province ${message.province}` };
  }
  return { ok: true, publisher: { id: verified.id, provinceId: verified.provinceId } };
};

/**
 * Remembers tokens verified in the last `ttlMs`: every message of a province carries the same token,
 * and verifying an HS256 signature per message would cost more than recording it. A token that
 * expires is still accepted for at most `ttlMs`. A verification under way is shared too: a chunk's
 * messages are checked at once, and would otherwise all verify the token before the first is done.
 */
export class CachingTokenVerifier implements TokenVerifier {
  private readonly verified = new Map<string, { token: Promise<VerifiedToken>; until: number }>();

  constructor(
    private readonly inner: TokenVerifier,
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async verify(token: string): Promise<VerifiedToken> {
    const cached = this.verified.get(token);
    if (cached && cached.until > this.now()) return cached.token;
    if (this.verified.size >= this.maxEntries) this.verified.clear();
    const entry = { token: this.inner.verify(token), until: this.now() + this.ttlMs };
    this.verified.set(token, entry);
    try {
      return await entry.token;
    } catch (error) {
      // A failure is never remembered.
      if (this.verified.get(token) === entry) this.verified.delete(token);
      throw error;
    }
  }
}
