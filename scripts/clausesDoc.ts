// Builds docs/clauses.md from the CLAUSES registry: for every clause, the functions that encode
// it (exported functions of the src/ files that cite its id), the places in src/ that cite it
// (file:line of each clause-id string literal, found with the TypeScript parser) and the tests that
// check it (test files that cite its id). Imported by test/docs/clauses.test.ts, run by
// `npm run docs:clauses`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
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
 * The clause ids a TypeScript file cites, with their lines: each string literal whose value is a
 * clause id, as the TypeScript parser reads the file, so comments, TSDoc examples and literal types
 * (`clause: 'selection.publicity' | …`) do not count. One entry per id and line, in file order.
 */
export function citedLines(fileName: string, text: string, ids: ReadonlySet<string>): { id: string; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { id: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ids.has(node.text) && !ts.isLiteralTypeNode(node.parent)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (!found.some((f) => f.id === node.text && f.line === line)) found.push({ id: node.text, line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every place in src/ that cites a clause ({@link citedLines}), outside the registry
 * (src/core/clauses.ts), which defines every id. `file:line` per clause id, `/` separators.
 */
export function clausePlaces(): Map<string, string[]> {
  const ids = new Set(Object.keys(CLAUSES));
  const places = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const path of filesUnder(join(root, 'src'), (p) => p.endsWith('.ts'))) {
    const file = relative(root, path).split(sep).join('/');
    if (file === 'src/core/clauses.ts') continue;
    for (const { id, line } of citedLines(file, readFileSync(path, 'utf8'), ids)) places.get(id)?.push(`${file}:${line}`);
  }
  return places;
}

/**
 * For each clause id, the public functions that encode it (the clause is cited in the function's
 * file or in a file it imports, outside the core), the places in src/ that cite it
 * ({@link clausePlaces}) and the test files that cite it.
 */
export function clauseIndex(): Record<string, { functions: string[]; places: string[]; tests: string[] }> {
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
  const places = clausePlaces();
  const index: Record<string, { functions: string[]; places: string[]; tests: string[] }> = {};
  for (const id of Object.keys(CLAUSES)) {
    const functions = exported.filter(({ files }) => [...files].some((f) => cites(text.get(f) as string, id))).map(({ name }) => name);
    index[id] = {
      functions: [...new Set(functions)].sort(),
      places: places.get(id) ?? [],
      tests: testText.filter(({ text: t }) => cites(t, id)).map(({ p }) => relative(root, p)),
    };
  }
  return index;
}

/** The text of docs/clauses.md, from {@link clauseIndex} (or an index already built). */
export function clausesMarkdown(index = clauseIndex()): string {
  const lines = [
    '# Clauses',
    '',
    '<!-- Generated from the CLAUSES registry by `npm run docs:clauses`; do not edit by hand. -->',
    '',
    'Every rule of the Zaozhuang pilot scheme (2023) that the library encodes, with the functions that',
    'apply it, the places in the code that cite it and the tests that check it. Every issue the library',
    'reports cites one of these ids.',
    '',
    '- **Functions**: the exported functions whose file, or a file it imports outside `src/core` and',
    '  `src/cli`, cites the clause id.',
    '- **Cited at**: `file:line` of every string literal in `src/` whose value is the clause id, as the',
    '  TypeScript parser reads the file (comments, TSDoc examples and literal types do not count; the',
    '  registry `src/core/clauses.ts` is left out). That is where a rule names its clause: the clause',
    '  argument of an `issueFrom(…)` call, a `const CLAUSE = …` that the file\'s issues use, the',
    '  field-to-clause tables of the schemas, the clause beside each number of `ZAOZHUANG_2023`, and the',
    '  lists of the clauses the audit reports on. Line numbers move with the code; regenerate after a',
    '  change (the staleness test fails until you do).',
    '- **Tests**: the test files that cite the clause id.',
    '',
  ];
  for (const clause of Object.values(CLAUSES)) {
    const { functions, places, tests } = index[clause.id] as { functions: string[]; places: string[]; tests: string[] };
    lines.push(`## \`${clause.id}\` · ${clause.section} · ${clause.title} (${clause.titleEn})`, '');
    lines.push(`> ${clause.text}`, '');
    if ('reading' in clause) lines.push(`Reading: ${clause.reading}`, '');
    lines.push(`Functions: ${functions.length ? functions.map((f) => `\`${f}\``).join(', ') : '—'}`, '');
    lines.push(`Cited at: ${places.length ? places.map((p) => `[${p}](../${p.replace(/:(\d+)$/, '#L$1')})`).join(', ') : '—'}`, '');
    lines.push(`Tests: ${tests.length ? tests.map((t) => `[${t}](../${t})`).join(', ') : '—'}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
