import { GraphQLError } from 'graphql';

export interface SubscriptionLimitsConfig {
  /** Operations (subscriptions, mostly) one WebSocket connection may have open at once. */
  readonly subscriptionsPerConnection: number;
  /** Operations one token subject may have open at once, over all its connections to this process. */
  readonly subscriptionsPerToken: number;
  /** WebSocket connections one token subject may have open at once to this process. */
  readonly connectionsPerToken: number;
}

/**
 * A connection as graphql-ws keeps it: its operations in progress by id, the new one included from
 * the moment it is received, each removed when it ends however it ends (so nothing here can leak).
 */
export interface LimitedConnection {
  readonly subscriptions: Readonly<Record<string, unknown>>;
}

const tooMany = (message: string, limit: number) => new GraphQLError(message, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit } });

/**
 * Bounds what one client holds open over WebSocket: a subscription costs memory and work on every
 * write, so one token must not open thousands. Counts what graphql-ws itself tracks per connection;
 * keeps only the authenticated connections of each token subject, until they close.
 */
export class SubscriptionLimits {
  private readonly connectionsBySubject = new Map<string, Set<LimitedConnection>>();

  constructor(readonly limits: SubscriptionLimitsConfig) {}

  /** Registers an authenticated connection; answers why it is refused, or null. */
  connect(connection: LimitedConnection, subject: string): string | null {
    const connections = this.connectionsBySubject.get(subject) ?? new Set();
    if (connections.size >= this.limits.connectionsPerToken)
      return `Forbidden: too many connections for this token: at most ${this.limits.connectionsPerToken} at once`;
    connections.add(connection);
    this.connectionsBySubject.set(subject, connections);
    return null;
  }

  disconnect(connection: LimitedConnection, subject: string): void {
    const connections = this.connectionsBySubject.get(subject);
    if (!connections?.delete(connection)) return;
    if (connections.size === 0) this.connectionsBySubject.delete(subject);
  }

  /** Checks an operation just received on a connection (already in its operations): the error refusing it, or null. */
  admit(connection: LimitedConnection, subject: string): GraphQLError | null {
    const { subscriptionsPerConnection, subscriptionsPerToken } = this.limits;
    if (Object.keys(connection.subscriptions).length > subscriptionsPerConnection) {
      return tooMany(
        `too many subscriptions on this connection: at most ${subscriptionsPerConnection} at once; complete one first`,
        subscriptionsPerConnection,
      );
    }
    let open = 0;
    for (const other of this.connectionsBySubject.get(subject) ?? []) open += Object.keys(other.subscriptions).length;
    if (open > subscriptionsPerToken) {
      return tooMany(
        `too many subscriptions for this token: at most ${subscriptionsPerToken} at once over all its connections; complete one first`,
        subscriptionsPerToken,
      );
    }
    return null;
  }

  /** Token subjects with a connection open, and their connections (none once all have closed). */
  get stats(): { subjects: number; connections: number } {
    let connections = 0;
    for (const set of this.connectionsBySubject.values()) connections += set.size;
    return { subjects: this.connectionsBySubject.size, connections };
  }
}
