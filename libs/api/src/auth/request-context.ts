import { GraphQLError } from 'graphql';
import type { ConnectionExtra } from '../subscriptions/graphql-ws.options.js';
import { authenticate } from './authenticate.js';
import type { RequestContext } from './roles.js';
import type { TokenVerifier } from './token-verifier.js';

type HttpContextArgs = { req: { headers: { authorization?: string } } };
type WebSocketContextArgs = { extra: ConnectionExtra };

/**
 * The GraphQL context of an HTTP request (authenticated from its header) or of a subscription over
 * a WebSocket (authenticated once, when the connection opened: see graphqlWsOptions).
 */
export const requestContext =
  (tokens: TokenVerifier) =>
  async (args: HttpContextArgs | WebSocketContextArgs): Promise<RequestContext> => {
    if (!('extra' in args)) return { principal: await authenticate(tokens, args.req.headers.authorization) };
    if (!args.extra.principal) throw new GraphQLError('the connection is not authenticated', { extensions: { code: 'UNAUTHENTICATED' } });
    return { principal: args.extra.principal };
  };
