import { GraphQLError } from 'graphql';
import type { Principal } from './principal.js';
import { InvalidTokenError, type TokenVerifier } from './token-verifier.js';

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** The principal behind an `Authorization: Bearer <token>` header; anonymous requests are refused. */
export const authenticate = async (tokens: TokenVerifier, header: string | undefined): Promise<Principal> => {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw refuse('authentication required: send "Authorization: Bearer <token>" (npm run -s token -- ANALYST prints one)');
  try {
    return await tokens.verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw refuse(error.message);
    throw error;
  }
};
