// Writes docs/labels.md (see scripts/labelsDoc.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { labelsMarkdown } from './labelsDoc.js';

writeFileSync(resolve(import.meta.dirname, '../docs/labels.md'), labelsMarkdown());
console.log('docs/labels.md written');
