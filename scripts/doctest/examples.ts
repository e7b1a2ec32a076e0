// Finds the code examples of the documentation and turns each into one function to run.
//
// Examples are the ```ts / ```js blocks of the Markdown files, and the `@example` blocks of the
// TSDoc comments of src/. A Markdown block runs with the names it imports ('sva-rules',
// 'sva-rules/<area>', 'node:…'); a TSDoc example, which imports nothing, runs with every export of
// every entry of the package in scope. Each statement that states a result (scripts/doctest/
// stated.ts) is compared; the others must run without throwing.
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { readStatement } from './stated.js';
import type { Statement } from './stated.js';

/** One code example: where it is, its code, and what is in scope. */
export interface Example {
  /** `docs/guide.en.md:52` or `src/codes/parseCertificateCode.ts:40`: its first line. */
  readonly where: string;
  readonly file: string;
  /** The 1-based line of the file where the code starts. */
  readonly line: number;
  readonly code: string;
  /** `imports`: only what it imports (Markdown); `package`: every export of the package (TSDoc). */
  readonly scope: 'imports' | 'package';
}

/** A statement of an example, with what its comment states. */
export interface Step {
  /** The 1-based line in the file. */
  readonly line: number;
  readonly source: string;
  readonly statement: Statement;
}

/** An example made ready to run. */
export interface Compiled {
  readonly example: Example;
  readonly steps: readonly Step[];
  /** The module specifiers it imports. */
  readonly imports: readonly string[];
  /**
   * The JavaScript of `async (__scope, __check, __at) => { with (__scope.names) { … } }` (the names
   * in scope: none for Markdown, every export of the package for TSDoc), or why it cannot be built.
   */
  readonly js?: string;
  readonly error?: string;
}

const CODE_LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

/** The ```ts and ```js blocks of a Markdown file. */
export function markdownExamples(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*([\w-]*)/.exec(lines[i] as string);
    if (open === null) continue;
    const [, indent = '', fence = '```', language = ''] = open;
    const end = lines.findIndex((l, j) => j > i && l.trimStart().startsWith(fence) && l.trim() === fence);
    if (end < 0) break;
    if (CODE_LANGUAGES.has(language)) {
      const code = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
      out.push({ where: `${file}:${i + 2}`, file, line: i + 2, code, scope: 'imports' });
    }
    i = end;
  }
  return out;
}

/** The `@example` blocks of the TSDoc comments of a source file. */
export function tsdocExamples(file: string, text: string): Example[] {
  const out: Example[] = [];
  const lines = text.split('\n');
  let inComment = false;
  let example: { line: number; code: string[] } | undefined;
  const flush = () => {
    if (example !== undefined) {
      const code = example.code.join('\n').replace(/^\s*```\w*\n|\n```\s*$/g, '');
      if (code.trim() !== '') out.push({ where: `${file}:${example.line}`, file, line: example.line, code, scope: 'package' });
    }
    example = undefined;
  };
  for (const [index, raw] of lines.entries()) {
    if (!inComment && raw.trimStart().startsWith('/**')) inComment = true;
    if (!inComment) continue;
    const ends = raw.includes('*/');
    const body = raw
      .replace(/\*\/.*$/, '')
      .replace(/^\s*\/\*\*\s?/, '')
      .replace(/^\s*\*(?: |$)/, '');
    const tag = /^@(\w+)(.*)$/.exec(body.trim());
    if (tag !== null) {
      flush();
      if (tag[1] === 'example') example = { line: index + 2, code: tag[2]?.trim() ? [tag[2].trim()] : [] };
    } else if (example !== undefined) {
      example.code.push(body);
    }
    if (ends) {
      flush();
      inComment = false;
    }
  }
  return out;
}

/** The comment right after a statement: on its last line, then on the comment lines below it. */
function commentAfter(lines: readonly string[], endLine: number, endColumn: number): string | undefined {
  const parts: string[] = [];
  const rest = (lines[endLine] ?? '').slice(endColumn).trim();
  if (rest !== '' && !rest.startsWith('//')) return undefined;
  if (rest.startsWith('//')) parts.push(rest.slice(2));
  for (let i = endLine + 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line.startsWith('//')) break;
    parts.push(line.slice(2));
  }
  return parts.length === 0 ? undefined : parts.join('\n');
}

function importCode(node: ts.ImportDeclaration, imports: string[]): string {
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  if (clause === undefined) {
    imports.push(spec);
    return '';
  }
  if (clause.isTypeOnly) return '';
  imports.push(spec);
  const module = `__scope.module(${JSON.stringify(spec)})`;
  const parts: string[] = [];
  if (clause.name !== undefined) parts.push(`const ${clause.name.text} = ${module}.default;`);
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) parts.push(`const ${bindings.name.text} = ${module};`);
  if (bindings !== undefined && ts.isNamedImports(bindings)) {
    const names = bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName === undefined ? e.name.text : `${e.propertyName.text}: ${e.name.text}`));
    if (names.length > 0) parts.push(`const { ${names.join(', ')} } = ${module};`);
  }
  return parts.join(' ');
}

/** The value a stated result speaks of: the expression, or the variable just declared. */
function checked(node: ts.Statement, sf: ts.SourceFile, id: number): string | undefined {
  if (ts.isExpressionStatement(node)) return `await __check(${id}, async () => (${node.expression.getText(sf)}));`;
  if (ts.isVariableStatement(node)) {
    const last = node.declarationList.declarations.at(-1);
    if (last !== undefined && ts.isIdentifier(last.name)) return `${node.getText(sf)}\nawait __check(${id}, async () => ${last.name.text});`;
  }
  return undefined;
}

/** Splits an example into statements, reads what each states, and builds the function to run. */
export function compile(example: Example): Compiled {
  const sf = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = example.code.split('\n');
  const steps: Step[] = [];
  const imports: string[] = [];
  const body: string[] = [];
  const diagnostics = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (diagnostics.length > 0) {
    const d = diagnostics[0] as ts.Diagnostic;
    return { example, steps, imports, error: `does not parse: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}` };
  }
  for (const node of sf.statements) {
    const end = sf.getLineAndCharacterOfPosition(node.end);
    const line = example.line + sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    if (ts.isImportDeclaration(node)) {
      body.push(importCode(node, imports));
      continue;
    }
    const comment = commentAfter(lines, end.line, end.character);
    const statement: Statement = comment === undefined ? { kind: 'none' } : readStatement(comment);
    const id = steps.length;
    steps.push({ line, source: node.getText(sf), statement });
    body.push(`__at(${id});`);
    if (statement.kind === 'result' || statement.kind === 'throws') {
      const code = checked(node, sf, id);
      if (code === undefined) return { example, steps, imports, error: `line ${line}: a stated result needs an expression or a declaration` };
      body.push(code);
    } else {
      body.push(node.getText(sf));
    }
  }
  try {
    const js = transformSync(`(async (__scope, __check, __at) => { with (__scope.names) {\n${body.join('\n')}\n} })`, { loader: 'ts', target: 'es2022' }).code;
    return { example, steps, imports, js };
  } catch (error) {
    return { example, steps, imports, error: `does not compile: ${(error as Error).message}` };
  }
}
