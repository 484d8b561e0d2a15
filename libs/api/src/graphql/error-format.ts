import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@monitor/domain';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isTooManyTokens, QueryTooComplexError } from './query-limits.js';

const logger = new Logger('GraphQL');

/**
 * Domain errors become GraphQL errors with their stable code and the field at fault; errors nobody
 * expected are logged and reported without internals.
 */
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.problems ? { problems: original.problems } : {}),
      },
    };
  }
  // Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED, and the token limit as a parse failure.
  const cause = original instanceof GraphQLError ? original.originalError : undefined;
  if (cause instanceof QueryTooComplexError)
    return { message: cause.message, locations: formatted.locations, extensions: cause.extensions };
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && isTooManyTokens(formatted.message)) {
    const refusal = new QueryTooComplexError('tokens', Number(/more tha[nt] (\d+)/.exec(formatted.message)![1]), null);
    return { message: refusal.message, extensions: refusal.extensions };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error({ message: 'unexpected error in a resolver', error: String(original), stack: (original as Error)?.stack });
  return {
    message: 'internal error: the platform could not answer this request',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};
