import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The served schema: the analysts' contract with typed mutation inputs and additions (schema.graphql). */
export const loadSchema = (): string =>
  readFileSync(createRequire(import.meta.url).resolve('@monitor/api/schema.graphql'), 'utf8');
