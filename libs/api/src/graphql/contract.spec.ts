import { buildSchema, isObjectType, isEnumType, type GraphQLNamedType } from 'graphql';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadSchema } from './schema.js';

const contract = buildSchema(readFileSync(createRequire(import.meta.url).resolve('@monitor/api/contract.graphql'), 'utf8'));
const served = buildSchema(loadSchema());

const ownTypes = (types: Record<string, GraphQLNamedType>) => Object.values(types).filter((t) => !t.name.startsWith('__'));

describe('the served GraphQL schema keeps the contract promised to analysts', () => {
  it.each(ownTypes(contract.getTypeMap()).map((t) => [t.name, t] as const))(
    '%s: every field with its type and arguments',
    (name, promised) => {
      const actual = served.getType(name);
      expect(actual).toBeDefined();
      if (isEnumType(promised)) {
        expect(isEnumType(actual) && actual.getValues().map((v) => v.name)).toEqual(promised.getValues().map((v) => v.name));
      }
      if (!isObjectType(promised)) return;
      if (!isObjectType(actual)) throw new Error(`${name} is not an object type`);
      for (const field of Object.values(promised.getFields())) {
        const servedField = actual.getFields()[field.name];
        expect(servedField).toBeDefined();
        expect(servedField.type.toString()).toBe(field.type.toString());
        for (const arg of field.args) {
          const servedArg = servedField.args.find((a) => a.name === arg.name);
          expect(servedArg).toBeDefined();
          // The contract marks mutation inputs only as JSON!; each is served as its own typed input.
          if (!(name === 'Mutation' && arg.name === 'input')) expect(servedArg!.type.toString()).toBe(arg.type.toString());
          else expect(servedArg!.type.toString()).toMatch(/^[A-Z]\w+Input!$/);
        }
      }
    },
  );
});
