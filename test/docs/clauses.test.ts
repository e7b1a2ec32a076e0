import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseIndex, clausesMarkdown } from '../../scripts/clausesDoc.js';
import { CLAUSES } from '../../src/index.js';

describe('docs/clauses.md', () => {
  it('is up to date with the CLAUSES registry, the code and the tests (npm run docs:clauses)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../docs/clauses.md'), 'utf8');
    expect(committed).toBe(clausesMarkdown());
  });

  it.each(Object.keys(CLAUSES))('clause %s has a function that encodes it and a test that checks it', (id) => {
    const entry = clauseIndex()[id];
    expect(entry?.functions.length, `no function cites '${id}'`).toBeGreaterThan(0);
    expect(entry?.tests.length, `no test cites '${id}'`).toBeGreaterThan(0);
  });
});
