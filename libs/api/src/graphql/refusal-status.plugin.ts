import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * The HTTP status of an answer: 401 or 403 when the whole operation was refused for that one reason
 * (no data, or every root field null with that refusal at its path); otherwise null, and the answer
 * keeps its status (200 for data, even partial).
 */
export const refusalStatus = (
  data: Record<string, unknown> | null | undefined,
  errors: readonly GraphQLFormattedError[] | undefined,
): number | null => {
  if (!errors?.length) return null;
  const codes = new Set(errors.map((e) => e.extensions?.code));
  const [code] = codes;
  if (codes.size !== 1 || typeof code !== 'string' || !(code in STATUS)) return null;
  const refusedFields = new Set(errors.map((e) => e.path?.[0]));
  const allRefused = !data || Object.entries(data).every(([field, value]) => value === null && refusedFields.has(field));
  return allRefused ? STATUS[code] : null;
};

/** Sets 401/403 on an operation refused entirely (see refusalStatus); GraphQL-over-HTTP leaves partial answers at 200. */
export const refusalStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const status = refusalStatus(response.body.singleResult.data, response.body.singleResult.errors);
        if (status !== null) response.http.status = status;
      },
    };
  },
};
