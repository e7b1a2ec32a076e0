// Builds docs/clauses.md from the CLAUSES registry: for every clause, the functions that encode
// it (exported functions of the src/ files that cite its id) and the tests that check it
// (test files that cite its id). Imported by test/docs/clauses.test.ts, run by `npm run docs:clauses`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CLAUSES } from '../src/core/clauses.js';
import * as rootEntry from '../src/index.js';
import * as schemasEntry from '../src/schemas/index.js';

// Only the public API counts: functions exported from the package's entries, not internal helpers.
const PUBLIC = new Set([...Object.keys(rootEntry), ...Object.keys(schemasEntry)]);

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

/**
 * For each clause id, the public functions that encode it (the clause is cited in the function's
 * file or in a file it imports, outside the core) and the test files that cite it.
 */
export function clauseIndex(): Record<string, { functions: string[]; tests: string[] }> {
  // The registry and the policy's table of clauses cite every id as data, and the command line
  // cites clauses without encoding a rule; the registry's own tests cite every id. None counts.
  // The rest of the core counts like any file: the policy door cites `policy.definition`.
  const sources = filesUnder(
    join(root, 'src'),
    (p) => p.endsWith('.ts') && !/[\\/]src[\\/]cli[\\/]/.test(p) && !/[\\/]src[\\/]core[\\/](clauses|policy)\.ts$/.test(p),
  );
  const tests = filesUnder(join(root, 'test'), (p) => p.endsWith('.test.ts') && !/[\\/]test[\\/](core|docs)[\\/]/.test(p));
  const text = new Map(sources.map((p) => [p, readFileSync(p, 'utf8')]));
  const imports = new Map(
    sources.map((p) => [
      p,
      [...(text.get(p) as string).matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].map((m) => resolve(dirname(p), `${m[1]}.ts`)).filter((q) => text.has(q)),
    ]),
  );
  const closure = (file: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [file];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(imports.get(next) ?? []));
    }
    return seen;
  };
  const exported = sources.flatMap((p) =>
    [...(text.get(p) as string).matchAll(/^export function (\w+)/gm)].filter((m) => PUBLIC.has(m[1] as string)).map((m) => ({ name: m[1] as string, files: closure(p) })),
  );
  const testText = tests.map((p) => ({ p, text: readFileSync(p, 'utf8') }));
  const index: Record<string, { functions: string[]; tests: string[] }> = {};
  for (const id of Object.keys(CLAUSES)) {
    const functions = exported.filter(({ files }) => [...files].some((f) => cites(text.get(f) as string, id))).map(({ name }) => name);
    index[id] = {
      functions: [...new Set(functions)].sort(),
      tests: testText.filter(({ text: t }) => cites(t, id)).map(({ p }) => relative(root, p)),
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
