import { parse, type DocumentNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DocumentedQuery {
  readonly source: string;
  readonly text: string;
  readonly document: DocumentNode;
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));

const parsed = (source: string, text: string): DocumentedQuery[] => {
  try {
    return [{ source, text, document: parse(text) }];
  } catch {
    return [];
  }
};

const looksLikeOperation = (text: string) => /^\s*(\{|query\b|mutation\b|subscription\b|fragment\b)/.test(text) && text.includes('}');

/** The GraphQL a user reads: ```graphql blocks, curl's "query":"…" and graphql-ws's { query: '…' } in the README and docs/. */
const fromMarkdown = (file: string): DocumentedQuery[] => {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const curl = [...text.matchAll(/"query":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  const ws = [...text.matchAll(/query: '([^']*)'/g)].map((m) => m[1]);
  return [...blocks, ...curl, ...ws].filter(looksLikeOperation).flatMap((q) => parsed(file, q));
};

/**
 * The operations the end-to-end specs send: every string or template literal that reads as one.
 * An interpolation stands for a value (`"${id}"`, `${first}`); one that stands for part of the
 * selection leaves a document that does not parse, and is left out.
 */
const fromSpec = (file: string): DocumentedQuery[] => {
  const text = readFileSync(join(root, file), 'utf8');
  const literals = [...text.matchAll(/`((?:[^`\\]|\\.)*)`|'((?:[^'\\\n]|\\.)*)'/g)].map((m) => (m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, '0'));
  return literals.filter(looksLikeOperation).flatMap((q) => parsed(file, q));
};

export const documentedQueries = (): DocumentedQuery[] => {
  const markdown = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const specs = readdirSync(join(root, 'apps/api/src'))
    .filter((f) => f.endsWith('.e2e.spec.ts'))
    .map((f) => `apps/api/src/${f}`);
  return [...markdown.flatMap(fromMarkdown), ...specs.flatMap(fromSpec)];
};
