import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, specifiedRules, validate, type ValidationContext, type ValidationRule } from 'graphql';

/** The code of every refusal by size; `extensions.limit` says which limit and `max`/`found` by how much. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type QueryLimit = 'depth' | 'aliases' | 'cost' | 'tokens';

export interface QueryLimits {
  /** Fields nested in one another, fragments counted through. */
  readonly maxDepth: number;
  /** Aliased fields in one operation: each alias asks for a field's work once more. */
  readonly maxAliases: number;
  /** graphql-armor's estimate: every field costs, more the deeper it is (×1.5 per level). */
  readonly maxCost: number;
  /** Lexical tokens in the document, checked while parsing (before any other work). */
  readonly maxTokens: number;
}

export class QueryTooComplexError extends GraphQLError {
  constructor(limit: QueryLimit, max: number, found: number | null) {
    const what = { depth: 'depth', aliases: 'aliases', cost: 'estimated cost', tokens: 'tokens' }[limit];
    const over = found === null ? `more than ${max} ${what}` : `${what} ${found}, over the limit of ${max}`;
    super(`query too complex: ${over}; ask for less in one request`, {
      extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found === null ? {} : { found }) },
    });
  }
}

// graphql-armor words its refusals "… limit of N exceeded, found M."; the figure found is kept, the wording is ours.
const foundIn = (message: string): number | null => {
  const found = /found (\d+(?:\.\d+)?)/.exec(message);
  return found ? Math.round(Number(found[1])) : null;
};

const refuseAs =
  (limit: QueryLimit, max: number) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(new QueryTooComplexError(limit, max, foundIn(error.message)));

/**
 * Validation rules that refuse an operation too deep, too wide (aliases) or too costly before any
 * resolver runs. Fragments are followed (a fragment cycle counts once, and is refused by the standard
 * NoFragmentsCycles rule); the introspection `__schema` field is not counted.
 */
export const queryLimitRules = (limits: QueryLimits): ValidationRule[] => {
  const common = { propagateOnRejection: false, exposeLimits: true, ignoreIntrospection: true } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, onReject: [refuseAs('depth', limits.maxDepth)] }),
    maxAliasesRule({
      propagateOnRejection: false,
      exposeLimits: true,
      n: limits.maxAliases,
      onReject: [refuseAs('aliases', limits.maxAliases)],
    }),
    costLimitRule({ ...common, maxCost: limits.maxCost, onReject: [refuseAs('cost', limits.maxCost)] }),
  ] as ValidationRule[];
};

/** graphql's validate with the limits added to the rules it is given (graphql-ws calls it with none). */
export const validateWithLimits =
  (limits: QueryLimits): typeof validate =>
  (schema, document, rules = specifiedRules, ...rest) =>
    validate(schema, document, [...rules, ...queryLimitRules(limits)], ...rest);

/** graphql-js's refusal of a document over `maxTokens`, which Apollo reports as GRAPHQL_PARSE_FAILED. */
export const isTooManyTokens = (message: string) => /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message);
