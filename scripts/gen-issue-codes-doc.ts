// Writes docs/issue-codes.md (see scripts/issueCodesDoc.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { issueCodesMarkdown } from './issueCodesDoc.js';

writeFileSync(resolve(import.meta.dirname, '../docs/issue-codes.md'), await issueCodesMarkdown());
console.log('docs/issue-codes.md written');
