import { SubscriptionLimits, type LimitedConnection } from './subscription-limits.js';

/** A connection as graphql-ws keeps it: an operation is in `subscriptions` from the moment it is received. */
const connection = () => {
  let next = 0;
  const subscriptions: Record<string, unknown> = {};
  return {
    subscriptions,
    /** Receives one more operation; answers its id. */
    receive: () => {
      const id = String(next++);
      subscriptions[id] = null;
      return id;
    },
    end: (id: string) => delete subscriptions[id],
  } satisfies LimitedConnection & Record<string, unknown>;
};

describe('subscription limits', () => {
  const limits = () => new SubscriptionLimits({ subscriptionsPerConnection: 3, subscriptionsPerToken: 5, connectionsPerToken: 2 });

  it('refuses the operation beyond the limit of a connection with TOO_MANY_SUBSCRIPTIONS, and admits one again once another ended', () => {
    const limited = limits();
    const one = connection();
    limited.connect(one, 'analyst:a');
    const ids = [1, 2, 3].map(() => {
      const id = one.receive();
      expect(limited.admit(one, 'analyst:a')).toBeNull();
      return id;
    });
    const fourth = one.receive();
    const refused = limited.admit(one, 'analyst:a');
    expect(refused?.message).toBe('too many subscriptions on this connection: at most 3 at once; complete one first');
    expect(refused?.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 3 });
    one.end(fourth); // graphql-ws forgets a refused operation
    one.end(ids[0]);
    one.receive();
    expect(limited.admit(one, 'analyst:a')).toBeNull();
  });

  it("refuses the operation beyond a token's limit over all its connections, not another token's", () => {
    const limited = limits();
    const [first, second, other] = [connection(), connection(), connection()];
    limited.connect(first, 'analyst:a');
    limited.connect(second, 'analyst:a');
    limited.connect(other, 'analyst:b');
    for (let i = 0; i < 3; i++) first.receive();
    for (let i = 0; i < 2; i++) second.receive();
    second.receive();
    expect(limited.admit(second, 'analyst:a')?.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 5 });
    expect(limited.admit(second, 'analyst:a')?.message).toMatch(/^too many subscriptions for this token: at most 5 at once/);
    other.receive();
    expect(limited.admit(other, 'analyst:b')).toBeNull();
  });

  it("refuses a token's connection beyond its limit, and forgets every connection once closed", () => {
    const limited = limits();
    const [first, second, third] = [connection(), connection(), connection()];
    expect(limited.connect(first, 'analyst:a')).toBeNull();
    expect(limited.connect(second, 'analyst:a')).toBeNull();
    expect(limited.connect(third, 'analyst:a')).toBe('Forbidden: too many connections for this token: at most 2 at once');
    limited.disconnect(third, 'analyst:a');
    expect(limited.stats).toEqual({ subjects: 1, connections: 2 });
    limited.disconnect(first, 'analyst:a');
    expect(limited.connect(third, 'analyst:a')).toBeNull();
    limited.disconnect(second, 'analyst:a');
    limited.disconnect(third, 'analyst:a');
    expect(limited.stats).toEqual({ subjects: 0, connections: 0 });
  });
});
