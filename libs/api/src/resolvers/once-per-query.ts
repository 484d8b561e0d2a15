import type { GraphQLResolveInfo } from 'graphql';

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute()` once per query request and `key`: a query that reaches one task or plan along many
 * paths (plan → tasks → plan → tasks…) reads its reports or judges its status once. A promise is kept
 * as it is, so concurrent look-ups share one read. Mutations and subscriptions compute every time:
 * their fields must show the state after each write or push, and a subscription keeps its context.
 */
export const oncePerQuery = <T>(context: object, info: GraphQLResolveInfo, key: string, compute: () => T): T => {
  if (info.operation.operation !== 'query') return compute();
  let memo = memos.get(context);
  if (!memo) memos.set(context, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
};
