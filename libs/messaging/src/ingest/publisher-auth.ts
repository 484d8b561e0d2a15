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

/**
 * A province may publish only about itself: the message must carry a PROVINCE token, and the
 * token's province, the message's province and the Kafka key must be the same.
 */
export const authenticatePublisher = async (
  verifier: TokenVerifier,
  authorization: string | undefined,
  key: string | null,
  message: ProvincialMessage,
): Promise<Authentication> => {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return { ok: false, reason: 'UNAUTHENTICATED', problem: `no "${AUTHORIZATION_HEADER}: Bearer <token>" header` };
  let verified: VerifiedToken;
  try {
    verified = await verifier.verify(token);
  } catch (error) {
    return { ok: false, reason: 'UNAUTHENTICATED', problem: (error as Error).message };
  }
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
