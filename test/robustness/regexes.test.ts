// Every regular expression in src/, found by the TypeScript scanner, must answer on
// 100,000-character adversarial input: no catastrophic backtracking. The bound is the per-test
// timeout (a hang detector, not a speed assertion); a backtracking regex takes minutes or more.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function regexLiterals(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

const regexes = sources(join(root, 'src')).flatMap((file) =>
  regexLiterals(file).map((literal) => {
    const end = literal.lastIndexOf('/');
    return { where: relative(root, file), literal, regex: new RegExp(literal.slice(1, end), literal.slice(end + 1)) };
  }),
);

const N = 100_000;
// Runs of one character, alternations of two, and near-matches that fail at the very end: the
// shapes that make a backtracking engine explode when quantifiers nest or overlap.
const ADVERSARIAL = ['0', '9', 'a', 'X', '-', '.', ' ', '\u3000', '市', '@', '_', '01', '0-', 'a.', '1 '].flatMap((piece) => {
  const run = piece.repeat(Math.ceil(N / piece.length)).slice(0, N);
  return [run, `${run}!`, `!${run}`, `${run}\n`];
});

describe('regular expressions in src/', () => {
  it('finds them (and no RegExp built at run time)', () => {
    expect(regexes.length).toBeGreaterThan(5);
    for (const file of sources(join(root, 'src'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/new RegExp\(/);
  });

  it.each(regexes)('$literal ($where) answers on 100,000-character adversarial input', ({ regex }) => {
    for (const input of ADVERSARIAL) {
      regex.lastIndex = 0;
      const answer = regex.test(input);
      expect(typeof answer).toBe('boolean');
      if (regex.flags.includes('g')) regex.lastIndex = 0;
      expect(typeof input.replace(regex, '')).toBe('string');
    }
  }, 20_000);
});
