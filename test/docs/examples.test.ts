// The doc-test finds the examples of the docs and of the TSDoc (scripts/doctest/examples.ts), and
// runs them (scripts/doctest/run.ts): here against a stand-in package, so that it can fail.
import { describe, expect, it } from 'vitest';
import { compile, markdownExamples, tsdocExamples } from '../../scripts/doctest/examples.js';
import type { Example } from '../../scripts/doctest/examples.js';
import { runExamples } from '../../scripts/doctest/run.js';
import type { PackageScope } from '../../scripts/doctest/run.js';

const FENCE = '```';

describe('finding the examples', () => {
  it('takes the ts and js blocks of Markdown, not the others, with their first line', () => {
    const text = ['# T', `${FENCE}ts`, "add(1, 2); // 3", FENCE, `${FENCE}json`, '{}', FENCE, `${FENCE}sh`, 'sva-rules x', FENCE, `  ${FENCE}js`, '  add(2, 2); // 4', `  ${FENCE}`].join('\n');
    expect(markdownExamples('a.md', text)).toEqual([
      { where: 'a.md:3', file: 'a.md', line: 3, code: 'add(1, 2); // 3', scope: 'imports' },
      { where: 'a.md:12', file: 'a.md', line: 12, code: 'add(2, 2); // 4', scope: 'imports' },
    ]);
  });

  it('takes each @example of a TSDoc comment, up to the next tag or the end', () => {
    const text = [
      '/**',
      ' * Adds.',
      ' * @example',
      ' * add(1, 2) // 3',
      ' * // a remark',
      ' * @throws nothing',
      ' */',
      'export function add() {}',
      '/** @example add(0, 0) // 0 */',
      '// @example not in a TSDoc comment',
    ].join('\n');
    expect(tsdocExamples('src/a.ts', text)).toEqual([
      { where: 'src/a.ts:4', file: 'src/a.ts', line: 4, code: 'add(1, 2) // 3\n// a remark', scope: 'package' },
      { where: 'src/a.ts:10', file: 'src/a.ts', line: 10, code: 'add(0, 0) // 0', scope: 'package' },
    ]);
  });
});

const example = (code: string, scope: Example['scope'] = 'package'): Example => ({ where: 'x.md:1', file: 'x.md', line: 1, code, scope });

describe('reading the statements of an example', () => {
  it('ties each stated result to its statement: on its line, or on the comment lines below', () => {
    const c = compile(example(["const a = 1; // 1", "add(a, 2)", "// 3", "", "// a remark for what follows", "add(1, 1); // → 2", "obj()", "// { a: 1,", "//   b: [2, …] }"].join('\n')));
    expect(c.error).toBeUndefined();
    expect(c.steps.map((s) => [s.line, s.statement.kind])).toEqual([
      [1, 'result'],
      [2, 'result'],
      [6, 'result'],
      [7, 'result'],
    ]);
    expect(c.steps[3]?.statement).toMatchObject({ kind: 'result', stated: { kind: 'object' } });
  });

  it('records the imports, type-only ones left out', () => {
    const c = compile(example("import { a, b as c } from 'sva-rules';\nimport type { T } from 'sva-rules/codes';\nimport * as fs from 'node:fs';\na;", 'imports'));
    expect(c.imports).toEqual(['sva-rules', 'node:fs']);
  });

  it('refuses code that does not parse, and a stated result on a statement without a value', () => {
    expect(compile(example('add(1, …)')).error).toMatch(/does not parse/);
    expect(compile(example('if (x) { y() } // 3')).error).toMatch(/needs an expression or a declaration/);
  });
});

const scope: PackageScope = {
  module: (specifier) => {
    if (specifier !== 'pkg') throw new Error(`cannot import ${specifier}`);
    return { add: (a: number, b: number) => a + b };
  },
  names: Object.assign(Object.create(null) as Record<string, unknown>, {
    add: (a: number, b: number) => a + b,
    fail: () => {
      const error = new Error('bad') as Error & { issues: { code: string }[] };
      error.name = 'SvaError';
      error.issues = [{ code: 'bad_input' }];
      throw error;
    },
    obj: () => ({ ok: false, issues: [{ code: 'x', path: ['a', 0] }] }),
  }),
};

const run = async (code: string, kind: Example['scope'] = 'package') => runExamples([compile(example(code, kind))], scope, process.cwd());

describe('running the examples', () => {
  it('passes what the docs state, and counts it', async () => {
    const counts = await run("add(1, 2) // 3\nconst x = add(2, 2) // 4\nobj() // { ok: false, issues: [{ code: 'x' }] }\nfail() // throws SvaError bad_input\nadd(x, 1)");
    expect(counts).toEqual({ examples: 1, statements: 5, compared: 3, throwsCompared: 1, failures: [] });
  });

  it.each([
    { name: 'a wrong value', code: 'add(1, 2) // 4', says: 'expected 4, got 3' },
    { name: 'a wrong field', code: "obj() // { issues: [{ path: ['a', 1] }] }", says: '(result).issues[0].path[1]: expected 1, got 0' },
    { name: 'a throw where a result is stated', code: 'fail() // 3', says: 'threw SvaError: bad [bad_input]' },
    { name: 'a stated throw that does not happen', code: 'add(1, 1) // throws SvaError', says: 'expected it to throw' },
    { name: 'another error code', code: 'fail() // throws SvaError other_code', says: 'expected an issue other_code' },
    { name: 'another error name', code: 'fail() // throws TypeError', says: 'expected TypeError' },
    { name: 'a statement without a result that throws', code: 'add(1, 1)\nfail()\nadd(1, 1) // 2', says: 'threw SvaError' },
    { name: 'a name that is not in scope', code: 'missing() // 1', says: 'ReferenceError' },
    { name: 'an ambiguous comment', code: 'add(1, 1) // 2 apples', says: 'starts like a result' },
  ])('fails on $name', async ({ code, says }) => {
    const counts = await run(code);
    expect(counts.failures.length).toBeGreaterThan(0);
    expect(counts.failures.map((f) => f.message).join('\n')).toContain(says);
  });

  it('gives a Markdown example only what it imports', async () => {
    expect((await run("import { add } from 'pkg';\nadd(1, 2); // 3", 'imports')).failures).toEqual([]);
    expect((await run('add(1, 2); // 3', 'imports')).failures[0]?.message).toMatch(/ReferenceError: add is not defined/);
  });

  it('names the line of a failure', async () => {
    const counts = await run('add(1, 1) // 2\n\nadd(1, 1) // 3');
    expect(counts.failures[0]?.where).toBe('x.md:3');
  });
});
