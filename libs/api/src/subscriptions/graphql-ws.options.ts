import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import { authenticate } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { formatError } from '../graphql/error-format.js';
import type { SubscriptionLimits } from './subscription-limits.js';
import { validateWithLimits, type QueryLimits } from '../graphql/query-limits.js';

/** What a WebSocket connection carries from connect to each subscription: its authenticated caller. */
export interface ConnectionExtra {
  principal?: Principal;
  socket?: { close(code: number, reason: string): void };
}

// A WebSocket close reason holds at most 123 bytes.
const closeReason = (message: string) => {
  let reason = `Unauthorized: ${message}`;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, -2)}…`;
  return reason;
};

/**
 * graphql-ws options: a connection authenticates once, with the same bearer token as HTTP requests,
 * sent as connectionParams `{ authorization: "Bearer <token>" }`; without a valid one it is closed
 * with 4401 and the reason, as it is when its token expires. Errors reach the client with the same
 * codes as over HTTP, and an operation is held to the same limits (depth, aliases, cost). What a
 * token holds open is bounded by `limits`: a connection beyond them is closed with 4403, an
 * operation beyond them refused with TOO_MANY_SUBSCRIPTIONS.
 */
export const graphqlWsOptions = (
  tokens: TokenVerifier,
  limits: SubscriptionLimits,
  queryLimits: QueryLimits,
): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'validate'> => ({
  validate: validateWithLimits(queryLimits),
  onConnect: async (ctx) => {
    const extra = ctx.extra as ConnectionExtra;
    const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
    try {
      extra.principal = await authenticate(tokens, typeof header === 'string' ? header : undefined);
      const refused = limits.connect(ctx, extra.principal.id);
      if (refused) extra.socket?.close(CloseCode.Forbidden, refused);
      return refused === null;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const bearer = typeof header === 'string' && /^Bearer\s+\S+$/i.test(header);
      const message = bearer ? error.message : 'send connectionParams { authorization: "Bearer <token>" }';
      extra.socket?.close(CloseCode.Unauthorized, closeReason(message));
      return false;
    }
  },
  onSubscribe: (ctx) => {
    const { principal } = ctx.extra as ConnectionExtra;
    const refused = principal ? limits.admit(ctx, principal.id) : null;
    return refused ? [refused] : undefined;
  },
  onClose: (ctx) => {
    const { principal } = ctx.extra as ConnectionExtra;
    if (principal) limits.disconnect(ctx, principal.id);
  },
  onNext: (ctx, _id, _payload, _args, result) => {
    const extra = ctx.extra as ConnectionExtra;
    // The token was checked when the connection opened; once it expires, nothing more is sent.
    if (extra.principal?.expiresAt && extra.principal.expiresAt.getTime() <= Date.now()) {
      extra.socket?.close(CloseCode.Unauthorized, 'Unauthorized: the token expired; connect again with a new one');
      return { errors: [{ message: 'the token expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    }
    return result.errors ? { ...result, errors: result.errors.map((e: GraphQLError) => formatError(e.toJSON(), e)) } : undefined;
  },
});
