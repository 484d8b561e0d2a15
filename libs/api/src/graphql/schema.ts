import { Kind, parse, print, type DefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`@monitor/api/${name}`), 'utf8');

/** Contract types that additions.graphql replaces: Mutation, with typed inputs. */
const REPLACED = new Set(['Mutation']);

/**
 * Fields that additions.graphql declares again in an `extend type`: served as declared there (with
 * more arguments; the contract test checks every promised argument is still there), e.g. auditTrail.
 */
const redeclaredFields = (additions: readonly DefinitionNode[]): Map<string, Set<string>> => {
  const fields = new Map<string, Set<string>>();
  for (const d of additions) {
    if (d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const f of d.fields ?? []) fields.set(d.name.value, (fields.get(d.name.value) ?? new Set()).add(f.name.value));
  }
  return fields;
};

/** The served schema: the analysts' contract as written, but for REPLACED and redeclared fields, plus additions.graphql. */
export const loadSchema = (): string => {
  const contract = parse(file('contract.graphql'));
  const additions = file('additions.graphql');
  const redeclared = redeclaredFields(parse(additions).definitions);
  const kept = contract.definitions
    .filter((d) => !(d.kind === Kind.OBJECT_TYPE_DEFINITION && REPLACED.has(d.name.value)))
    .map((d) => {
      const again = d.kind === Kind.OBJECT_TYPE_DEFINITION ? redeclared.get(d.name.value) : undefined;
      return again && d.kind === Kind.OBJECT_TYPE_DEFINITION ? { ...d, fields: d.fields?.filter((f) => !again.has(f.name.value)) } : d;
    });
  return `${print({ ...contract, definitions: kept })}\n\n${additions}`;
};
