import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const DOCUMENTS = 300;
const SEED = 20261207;
const ANSWER_WITHIN_MS = 5000;

/** mulberry32: a small seeded generator, so a failing document can be produced again from the seed. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Random documents from the served schema: fields, arguments (right or wrong types), nesting, aliases. */
class DocumentGenerator {
  private readonly random: () => number;
  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.random = seeded(seed);
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }
  private chance(p: number) {
    return this.random() < p;
  }

  private wrongValue(): string {
    return this.pick([
      '"?"',
      '-1',
      '3.5',
      'true',
      'null',
      '[1, 2]',
      '{ a: 1 }',
      'NOT_A_VALUE',
      `"${'x'.repeat(300)}"`,
      '"ha-nam"',
      '"696/QD-TTg"',
    ]);
  }

  private value(type: GraphQLInputType, depth = 0): string {
    if (this.chance(0.1)) return this.wrongValue();
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type))
      return `[${Array.from({ length: Math.floor(this.random() * 3) }, () => this.value(type.ofType, depth + 1)).join(', ')}]`;
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 3) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || this.chance(0.5));
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, depth + 1)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'Int':
        return this.pick(['0', '1', '100', '-5', '2147483647']);
      case 'Float':
        return this.pick(['0.5', '100', '-1e9']);
      case 'Boolean':
        return this.pick(['true', 'false']);
      case 'DateTime':
        return this.pick(['"2022-01-01T00:00:00Z"', '"2025-07-01T00:00:00+07:00"', '"not a date"']);
      case 'JSON':
        return this.pick(['{}', '"x"', '[1]']);
      default:
        return this.pick([
          '"ha-nam"',
          '"bac-giang"',
          '"696/QD-TTg"',
          '"ha-nam.2811-kh-ubnd"',
          '"ha-nam.2811-kh-ubnd.t07"',
          '"nothing"',
          '""',
          '"181"',
        ]);
    }
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const given = field.args.filter((a) => (isNonNullType(a.type) ? !this.chance(0.05) : this.chance(0.4)));
    const extra = this.chance(0.05) ? [`notAnArgument: 1`] : [];
    const all = [...given.map((a) => `${a.name}: ${this.value(a.type)}`), ...extra];
    return all.length ? `(${all.join(', ')})` : '';
  }

  private selection(type: GraphQLObjectType, depth: number, maxDepth: number): string {
    const fields = Object.values(type.getFields());
    const count = 1 + Math.floor(this.random() * Math.min(fields.length, 5));
    const chosen = Array.from({ length: count }, () => this.pick(fields));
    const parts = chosen.map((field, i) => {
      const alias = this.chance(0.15) ? `a${depth}_${i}: ` : '';
      const named = getNamedType(field.type);
      const head = `${alias}${this.chance(0.02) ? 'noSuchField' : field.name}${this.args(field)}`;
      if (isLeafType(named)) return this.chance(0.03) ? `${head} { id }` : head;
      if (!isObjectType(named)) return head;
      if (depth >= maxDepth) return `${head} { __typename }`;
      return `${head} { ${this.selection(named, depth + 1, maxDepth)} }`;
    });
    return parts.join(' ');
  }

  document(): string {
    const root = this.chance(0.85) ? this.schema.getQueryType()! : this.schema.getMutationType()!;
    const maxDepth = this.chance(0.2) ? 8 + Math.floor(this.random() * 25) : 1 + Math.floor(this.random() * 5);
    const body = `{ ${this.selection(root, 1, maxDepth)} }`;
    return root === this.schema.getMutationType() ? `mutation ${body}` : body;
  }
}

describe('random GraphQL documents from the served schema, over HTTP', () => {
  let platform: RunningPlatform;
  let schema: GraphQLSchema;
  let tokens: string[];

  beforeAll(async () => {
    platform = await startPlatform();
    tokens = await Promise.all([
      platform.token('ANALYST'),
      platform.token('ADMIN'),
      platform.token('PROVINCE', 'ha-nam'),
      platform.token('AUDITOR'),
    ]);
    const introspection = await platform.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, tokens[0]);
    schema = buildClientSchema(introspection.data!);
  });
  afterAll(() => platform.stop());

  it(`answers ${DOCUMENTS} seeded documents each within ${ANSWER_WITHIN_MS} ms, never with a 5xx, every error with a code`, async () => {
    const generator = new DocumentGenerator(schema, SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < DOCUMENTS; i++) {
      const query = generator.document();
      const started = Date.now();
      const response = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % tokens.length]}` },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS * 2),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      const ms = Date.now() - started;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const uncoded = (body.errors ?? []).filter((e) => typeof e.extensions?.code !== 'string');
      const internal = (body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (response.status >= 500 || ms > ANSWER_WITHIN_MS || uncoded.length > 0 || internal.length > 0) {
        failures.push(
          `#${i} ${response.status} ${ms} ms ${JSON.stringify(uncoded.concat(internal)).slice(0, 300)}\n  ${query.slice(0, 500)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    // The generator reaches both answers and refusals (a generator that only produced errors would test little).
    // The mix follows the seed through the schema's fields: each field the schema gains shifts it.
    expect(statuses.get(200)).toBeGreaterThan(DOCUMENTS / 20);
    expect(statuses.get(400)).toBeGreaterThan(DOCUMENTS / 10);
  }, 180_000);
});
