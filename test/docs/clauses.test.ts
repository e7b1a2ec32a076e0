import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedLines, clauseIndex, clausesMarkdown } from '../../scripts/clausesDoc.js';
import { CLAUSES } from '../../src/index.js';

// Built once: the staleness check and every row below read the same index.
const index = clauseIndex();
const root = resolve(import.meta.dirname, '../..');

describe('docs/clauses.md', () => {
  it('is up to date with the CLAUSES registry, the code and the tests (npm run docs:clauses)', () => {
    const committed = readFileSync(resolve(root, 'docs/clauses.md'), 'utf8');
    expect(committed).toBe(clausesMarkdown(index));
  });

  it.each(Object.keys(CLAUSES))('clause %s has a function that encodes it, a place that cites it and a test that checks it', (id) => {
    const entry = index[id];
    expect(entry?.functions.length, `no function cites '${id}'`).toBeGreaterThan(0);
    expect(entry?.places.length, `no string literal in src/ is '${id}'`).toBeGreaterThan(0);
    expect(entry?.tests.length, `no test cites '${id}'`).toBeGreaterThan(0);
  });

  it('every place is a line of src/ (not the registry) that holds the clause id in quotes', () => {
    for (const [id, entry] of Object.entries(index)) {
      for (const place of entry.places) {
        const [file, line] = place.split(':') as [string, string];
        expect(file, place).toMatch(/^src\/[\w./-]+\.ts$/);
        expect(file).not.toBe('src/core/clauses.ts');
        const text = readFileSync(resolve(root, file), 'utf8').split('\n')[Number(line) - 1];
        expect(text, place).toContain(`'${id}'`);
      }
    }
  });
});

describe('citedLines', () => {
  const ids = new Set(['candidate.age', 'selection.publicity', 'results.publicity']);
  const text = [
    "// 'candidate.age' in a comment",
    '/**',
    " * @example checkX() // [{ clause: 'candidate.age' }]",
    ' */',
    "const CLAUSE = 'candidate.age';",
    "issues.push(issueFrom(T, 'x', 'selection.publicity', { path: ['candidate.age'] }));",
    "function f(clause: 'selection.publicity' | 'results.publicity') {}",
    'const t = `results.publicity`;',
    "const other = 'candidate.age.x';",
    "const twice = ['results.publicity', 'results.publicity'];",
  ].join('\n');

  it('finds string literals that are clause ids, once per id and line, and nothing in comments or types', () => {
    expect(citedLines('x.ts', text, ids)).toEqual([
      { id: 'candidate.age', line: 5 },
      { id: 'selection.publicity', line: 6 },
      { id: 'candidate.age', line: 6 },
      { id: 'results.publicity', line: 8 },
      { id: 'results.publicity', line: 10 },
    ]);
  });
});
