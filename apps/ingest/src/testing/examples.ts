// Test-only: the documented example messages (docs/messages/examples).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const readExample = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../../docs/messages/examples/${name}.json`, import.meta.url)), 'utf8');
