import { Kind, parse, print, type DefinitionNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`@monitor/api/${name}`), 'utf8');

/** Contract types that additions.graphql replaces (Mutation, with typed inputs) or that come later. */
const REPLACED = new Set(['Mutation', 'Subscription']);

const isObjectType = (d: DefinitionNode): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION;
const isExtension = (d: DefinitionNode): d is ObjectTypeExtensionNode => d.kind === Kind.OBJECT_TYPE_EXTENSION;

/**
 * A field that an `extend type` in additions.graphql restates (e.g. compareProvinces with more
 * arguments) takes the place of the contract's field of that name; the contract test checks that
 * every argument the contract promises is still accepted, with its type.
 */
const restateFields = (contract: readonly DefinitionNode[], additions: readonly DefinitionNode[]) => {
  const restated = new Map<string, Map<string, FieldDefinitionNode>>();
  for (const extension of additions.filter(isExtension)) {
    const own = contract.find((d): d is ObjectTypeDefinitionNode => isObjectType(d) && d.name.value === extension.name.value);
    for (const field of extension.fields ?? []) {
      if (!own?.fields?.some((f) => f.name.value === field.name.value)) continue;
      if (!restated.has(own.name.value)) restated.set(own.name.value, new Map());
      restated.get(own.name.value)!.set(field.name.value, field);
    }
  }
  const keptContract = contract.map((d) =>
    isObjectType(d) && restated.has(d.name.value)
      ? { ...d, fields: d.fields?.map((f) => restated.get(d.name.value)!.get(f.name.value) ?? f) }
      : d,
  );
  const keptAdditions = additions
    .map((d) => (isExtension(d) && restated.has(d.name.value) ? { ...d, fields: d.fields?.filter((f) => !restated.get(d.name.value)!.has(f.name.value)) } : d))
    .filter((d) => !(isExtension(d) && (d.fields?.length ?? 0) === 0 && (d.directives?.length ?? 0) === 0 && (d.interfaces?.length ?? 0) === 0));
  return { keptContract, keptAdditions };
};

/** The served schema: the analysts' contract as written, but for REPLACED and restated fields, plus additions.graphql. */
export const loadSchema = (): string => {
  const contract = parse(file('contract.graphql'));
  const additions = parse(file('additions.graphql'));
  const { keptContract, keptAdditions } = restateFields(
    contract.definitions.filter((d) => !(isObjectType(d) && REPLACED.has(d.name.value))),
    additions.definitions,
  );
  return `${print({ ...contract, definitions: keptContract })}\n\n${print({ ...additions, definitions: keptAdditions })}`;
};
