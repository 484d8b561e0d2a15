// `npm run -s messages:schema`: writes docs/messages/provincial-message.v1.schema.json from the zod
// definitions (a spec fails when the committed file is out of date).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { provincialMessageJsonSchema } from './provincial-message.js';

export const JSON_SCHEMA_FILE = 'docs/messages/provincial-message.v1.schema.json';

export const jsonSchemaText = (): string => `${JSON.stringify(provincialMessageJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL(`../../../../${JSON_SCHEMA_FILE}`, import.meta.url));
  writeFileSync(target, jsonSchemaText());
  console.log(`wrote ${target}`);
}
