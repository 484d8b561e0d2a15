import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { loadConfig } from '../config/platform-config.js';
import { documentedQueries } from './documented-queries.testing.js';
import { QUERY_TOO_COMPLEX, queryLimitRules, validateWithLimits } from './query-limits.js';
import { refusalStatus } from './refusal-status.plugin.js';
import { loadSchema } from './schema.js';

const schema = buildSchema(loadSchema());
const defaults = loadConfig({}).graphql;

/** `levels` times `predecessors { successor { … } }` under each province: the query that took the server down at 20. */
const lineage = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `predecessors { successor { ${selection} } }`;
  return `{ provinces { id ${selection} } }`;
};

const refusals = (query: string, limits = defaults) =>
  validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(limits)])
    .filter((e) => e.extensions.code === QUERY_TOO_COMPLEX)
    .map((e) => e.extensions);

describe('GraphQL query limits', () => {
  it('refuses the 20-level lineage query before execution, saying which limit and by how much', () => {
    expect(lineage(20)).toHaveLength(643);
    const started = performance.now();
    expect(refusals(lineage(20))).toEqual(
      expect.arrayContaining([
        { code: QUERY_TOO_COMPLEX, limit: 'depth', max: defaults.maxDepth, found: 42 },
        expect.objectContaining({ code: QUERY_TOO_COMPLEX, limit: 'cost', max: defaults.maxCost }),
      ]),
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('lets a lineage query through up to the default depth', () => {
    expect(refusals(lineage(5))).toEqual([]);
    expect(refusals(lineage(6))).toEqual([expect.objectContaining({ limit: 'depth', found: 14 })]);
  });

  it('counts depth and aliases through fragments, and a fragment cycle neither hangs nor passes', () => {
    const deep = `{ provinces { ...L } } fragment L on Province { predecessors { successor { predecessors { successor { predecessors { successor { ...M } } } } } } }
      fragment M on Province { predecessors { successor { predecessors { successor { predecessors { successor { id } } } } } } }`;
    expect(refusals(deep).map((r) => r.limit)).toContain('depth');
    const aliased = `{ provinces { ...A } } fragment A on Province { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ')} }`;
    expect(refusals(aliased)).toEqual([expect.objectContaining({ limit: 'aliases', found: 16, max: 15 })]);
    const cycle = `{ provinces { ...A } } fragment A on Province { successor { ...B } } fragment B on Province { predecessors { ...A } }`;
    expect(validate(schema, parse(cycle), [...specifiedRules, ...queryLimitRules(defaults)]).length).toBeGreaterThan(0);
  });

  it('refuses a wide query by its estimated cost even within the depth and alias limits', () => {
    expect(refusals('{ directives { plans { tasks { id code title status deadline { kind due text } } } } }')).toEqual([]);
    const wide = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: directives { plans { tasks { id code title status deadline { kind due text } plan { tasks { id title status } } } } }`).join(' ')} }`;
    expect(refusals(wide)).toEqual([expect.objectContaining({ limit: 'cost' })]);
  });

  it('lets every query the README, docs/ and the end-to-end specs send through the defaults', () => {
    const queries = documentedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.source.endsWith('.md')).length).toBeGreaterThanOrEqual(5);
    const refused = queries
      .map((q) => ({ source: q.source, text: q.text, refusals: validate(schema, q.document, queryLimitRules(defaults)) }))
      .filter((q) => q.refusals.length > 0);
    expect(refused).toEqual([]);
  });

  it('applies the same limits through graphql-ws’s validate, which passes no rules of its own', () => {
    const errors = validateWithLimits(defaults)(
      schema,
      parse(`subscription { comparisonChanged(directive: "x") { rows ${lineage(20).replace('{ provinces', '{ province')} } }`),
    );
    expect(errors.map((e) => e.extensions.code)).toContain(QUERY_TOO_COMPLEX);
  });

  it('is configured from the environment, and a nonsensical limit stops the start', () => {
    expect(loadConfig({ MONITOR_GRAPHQL_MAX_DEPTH: '20', MONITOR_GRAPHQL_MAX_COST: '100000' }).graphql).toMatchObject({
      maxDepth: 20,
      maxCost: 100000,
      maxAliases: 15,
    });
    expect(() => loadConfig({ MONITOR_GRAPHQL_MAX_DEPTH: '0' })).toThrow(/MONITOR_GRAPHQL_MAX_DEPTH/);
    expect(() => loadConfig({ MONITOR_GRAPHQL_MAX_ALIASES: 'many' })).toThrow(/MONITOR_GRAPHQL_MAX_ALIASES/);
  });
});

describe('the HTTP status of a refused operation', () => {
  const forbidden = (field: string) => ({ message: 'no', path: [field], extensions: { code: 'FORBIDDEN' } });
  it('is 403 when nothing answered but refusals, 401 when unauthenticated', () => {
    expect(refusalStatus(null, [forbidden('auditTrail')])).toBe(403);
    expect(refusalStatus({ a: null, b: null }, [forbidden('a'), forbidden('b')])).toBe(403);
    expect(refusalStatus(undefined, [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }])).toBe(401);
  });
  it('is left alone for partial answers and other errors', () => {
    expect(refusalStatus({ provinces: [], a: null }, [forbidden('a')])).toBeNull();
    expect(refusalStatus({ a: null, b: null }, [forbidden('a')])).toBeNull();
    expect(refusalStatus(null, [forbidden('a'), { message: 'x', extensions: { code: 'NOT_FOUND' } }])).toBeNull();
    expect(refusalStatus({ a: 1 }, undefined)).toBeNull();
  });
});
