// Writes docs/clauses.md (see scripts/clausesDoc.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clausesMarkdown } from './clausesDoc.js';

writeFileSync(resolve(import.meta.dirname, '../docs/clauses.md'), clausesMarkdown());
console.log('docs/clauses.md written');
