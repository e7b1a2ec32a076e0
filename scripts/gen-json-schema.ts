// Writes json-schema/*.json (see scripts/jsonSchema.ts) and removes files no schema makes any more.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, jsonSchemaFiles } from './jsonSchema.js';

const files = jsonSchemaFiles();
mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const old of readdirSync(JSON_SCHEMA_DIR)) {
  if (old.endsWith('.json') && !files.has(old)) rmSync(join(JSON_SCHEMA_DIR, old));
}
for (const [file, text] of files) writeFileSync(join(JSON_SCHEMA_DIR, file), text);
console.log(`json-schema/: ${files.size} files written`);
