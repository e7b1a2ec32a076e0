// Builds docs/clauses.md from the CLAUSES registry: for every clause, the functions that encode
// it (exported functions of the src/ files that cite its id) and the tests that check it
// (test files that cite its id). Imported by test/docs/clauses.test.ts, run by `npm run docs:clauses`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CLAUSES } from '../src/core/clauses.js';

const root = resolve(import.meta.dirname, '..');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}

function cites(text: string, id: string): boolean {
  return text.includes(`'${id}'`) || text.includes(`"${id}"`);
}

/** For each clause id, the exported functions and the test files that cite it. */
export function clauseIndex(): Record<string, { functions: string[]; tests: string[] }> {
  // The core (registry, policy, helpers) and the command line cite clauses without encoding a
  // rule; the registry's own tests cite every id. Neither counts.
  const sources = filesUnder(join(root, 'src'), (p) => p.endsWith('.ts') && !/[\\/]src[\\/](core|cli)[\\/]/.test(p));
  const tests = filesUnder(join(root, 'test'), (p) => p.endsWith('.test.ts') && !/[\\/]test[\\/](core|docs)[\\/]/.test(p));
  const sourceText = sources.map((p) => ({ p, text: readFileSync(p, 'utf8') }));
  const testText = tests.map((p) => ({ p, text: readFileSync(p, 'utf8') }));
  const index: Record<string, { functions: string[]; tests: string[] }> = {};
  for (const id of Object.keys(CLAUSES)) {
    const functions = new Set<string>();
    for (const { text } of sourceText) {
      if (!cites(text, id)) continue;
      for (const m of text.matchAll(/^export function (\w+)/gm)) functions.add(m[1] as string);
    }
    index[id] = {
      functions: [...functions].sort(),
      tests: testText.filter(({ text }) => cites(text, id)).map(({ p }) => relative(root, p)),
    };
  }
  return index;
}

/** The text of docs/clauses.md. */
export function clausesMarkdown(): string {
  const index = clauseIndex();
  const lines = [
    '# Clauses',
    '',
    '<!-- Generated from the CLAUSES registry by `npm run docs:clauses`; do not edit by hand. -->',
    '',
    'Every rule of the Zaozhuang pilot scheme (2023) that the library encodes, with the functions that',
    'apply it and the tests that check it. Every issue the library reports cites one of these ids.',
    '',
  ];
  for (const clause of Object.values(CLAUSES)) {
    const { functions, tests } = index[clause.id] as { functions: string[]; tests: string[] };
    lines.push(`## \`${clause.id}\` · ${clause.section} · ${clause.title} (${clause.titleEn})`, '');
    lines.push(`> ${clause.text}`, '');
    if ('reading' in clause) lines.push(`Reading: ${clause.reading}`, '');
    lines.push(`Functions: ${functions.length ? functions.map((f) => `\`${f}\``).join(', ') : '—'}`, '');
    lines.push(`Tests: ${tests.length ? tests.map((t) => `[${t}](../${t})`).join(', ') : '—'}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
