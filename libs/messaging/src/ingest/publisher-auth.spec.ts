import type { ProvincialMessage } from '../message/provincial-message.js';
import {
  authorizePublisher,
  bearerToken,
  CachingTokenVerifier,
  verifyTokens,
  type TokenVerifier,
  type VerifiedToken,
} from './publisher-auth.js';

/** Tokens are their own claims here: "ROLE:province"; anything else fails as a bad signature would. */
class FakeSignatures implements TokenVerifier {
  calls = 0;
  async verify(token: string): Promise<VerifiedToken> {
    this.calls++;
    const [role, province] = token.split(':');
    if (!role || !['PROVINCE', 'ANALYST', 'ADMIN'].includes(role)) throw new Error('the token is not valid: signature verification failed');
    return { id: `${role.toLowerCase()}:${province ?? 'x'}`, role, provinceId: role === 'PROVINCE' ? province! : null };
  }
}

const message = {
  version: 1,
  messageId: '5e0c1b7a-2d3f-4a8b-b1c2-7d9e0f1a2b3c',
  province: 'ha-nam',
  type: 'TaskCompleted',
  occurredAt: '2024-12-20T15:00:00+07:00',
  payload: { taskId: 't' },
} as ProvincialMessage;

/** One message on its own, as the ingest checks a chunk: its token verified, then the rules. */
const authenticatePublisher = async (
  verifier: TokenVerifier,
  authorization: string | undefined,
  key: string | null,
  message: ProvincialMessage,
) => {
  const token = bearerToken(authorization);
  return authorizePublisher(token, await verifyTokens(verifier, [token]), key, message);
};

describe('authenticating the publisher of a message', () => {
  const verifier = new FakeSignatures();

  it("accepts the province's own token, keyed by its province", async () => {
    expect(await authenticatePublisher(verifier, 'Bearer PROVINCE:ha-nam', 'ha-nam', message)).toEqual({
      ok: true,
      publisher: { id: 'province:ha-nam', provinceId: 'ha-nam' },
    });
  });

  it.each([
    [undefined, 'ha-nam', 'UNAUTHENTICATED', /no "authorization: Bearer <token>" header/],
    ['PROVINCE:ha-nam', 'ha-nam', 'UNAUTHENTICATED', /no "authorization/],
    ['Bearer forged', 'ha-nam', 'UNAUTHENTICATED', /signature verification failed/],
    ['Bearer ADMIN:', 'ha-nam', 'FORBIDDEN', /only a province's PROVINCE token may publish, not a ADMIN token/],
    ['Bearer PROVINCE:bac-giang', 'ha-nam', 'FORBIDDEN', /the token of bac-giang may not publish for ha-nam/],
    ['Bearer PROVINCE:ha-nam', 'bac-giang', 'FORBIDDEN', /the message key "bac-giang" is not its province ha-nam/],
    ['Bearer PROVINCE:ha-nam', null, 'FORBIDDEN', /the message key "" is not/],
  ])('authorization %p with key %p: %s', async (authorization, key, reason, problem) => {
    expect(await authenticatePublisher(verifier, authorization, key, message)).toEqual({
      ok: false,
      reason,
      problem: expect.stringMatching(problem),
    });
  });

  it('verifies each distinct token of a chunk once, and tells each message what its own token gave', async () => {
    const inner = new FakeSignatures();
    const tokens = ['PROVINCE:ha-nam', undefined, 'forged', 'PROVINCE:ha-nam', 'PROVINCE:bac-giang', 'forged'];
    const verified = await verifyTokens(inner, tokens);
    expect(inner.calls).toBe(3);
    expect(tokens.map((token) => authorizePublisher(token, verified, 'ha-nam', message))).toEqual([
      { ok: true, publisher: { id: 'province:ha-nam', provinceId: 'ha-nam' } },
      expect.objectContaining({ ok: false, reason: 'UNAUTHENTICATED', problem: expect.stringMatching(/no "authorization/) }),
      expect.objectContaining({ ok: false, reason: 'UNAUTHENTICATED', problem: expect.stringMatching(/signature verification failed/) }),
      { ok: true, publisher: { id: 'province:ha-nam', provinceId: 'ha-nam' } },
      expect.objectContaining({
        ok: false,
        reason: 'FORBIDDEN',
        problem: expect.stringMatching(/the token of bac-giang may not publish for ha-nam/),
      }),
      expect.objectContaining({ ok: false, reason: 'UNAUTHENTICATED' }),
    ]);
    expect(() => authorizePublisher('PROVINCE:bac-kan', verified, 'ha-nam', message)).toThrow(/not verified/);
  });

  it('verifies a token once per time-to-live, and never remembers a failure', async () => {
    const inner = new FakeSignatures();
    let now = 0;
    const caching = new CachingTokenVerifier(inner, 1000, 10, () => now);
    await caching.verify('PROVINCE:ha-nam');
    await caching.verify('PROVINCE:ha-nam');
    expect(inner.calls).toBe(1);
    now = 1001;
    await caching.verify('PROVINCE:ha-nam');
    expect(inner.calls).toBe(2);
    await expect(caching.verify('forged')).rejects.toThrow();
    await expect(caching.verify('forged')).rejects.toThrow();
    expect(inner.calls).toBe(4);
  });

  it('verifies a token once when many messages carrying it are checked at once', async () => {
    const inner = new FakeSignatures();
    const caching = new CachingTokenVerifier(inner);
    const results = await Promise.all(Array.from({ length: 50 }, () => caching.verify('PROVINCE:ha-nam')));
    expect(inner.calls).toBe(1);
    expect(new Set(results.map((r) => r.provinceId))).toEqual(new Set(['ha-nam']));
    await expect(Promise.all([caching.verify('forged'), caching.verify('forged')])).rejects.toThrow();
    await expect(caching.verify('forged')).rejects.toThrow();
    expect(inner.calls).toBe(3);
  });
});
