import { Kind, parse, print } from 'graphql';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`@monitor/api/${name}`), 'utf8');

/** Contract types that additions.graphql replaces: Mutation, with typed inputs. */
const REPLACED = new Set(['Mutation']);

/** The served schema: the analysts' contract as written, but for REPLACED, plus additions.graphql. */
export const loadSchema = (): string => {
  const contract = parse(file('contract.graphql'));
  const kept = contract.definitions.filter((d) => !(d.kind === Kind.OBJECT_TYPE_DEFINITION && REPLACED.has(d.name.value)));
  return `${print({ ...contract, definitions: kept })}\n\n${file('additions.graphql')}`;
};
