// The doc-test reads the commands of the docs (scripts/doctest/commands.ts) and runs them
// (scripts/doctest/run.ts): here against a stand-in command, so that it can fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownCommands, outputMismatch } from '../../scripts/doctest/commands.js';
import { runCommands } from '../../scripts/doctest/run.js';

const FENCE = '```';

describe('reading the commands of the docs', () => {
  it('with prompts: the output is every line up to the next prompt; # exit N states the exit code', () => {
    const text = [
      `${FENCE}sh`,
      '$ sva-rules workdays add 2025-09-30 1   # a remark',
      '2025-10-09',
      '',
      '$ npx sva-rules audit x.json',
      'sva-rules audit: x.json',
      '',
      '…',
      '# exit 1',
      '',
      '$ npm install sva-rules',
      'added 1 package',
      '$ sva-rules id check X # exit 1',
      FENCE,
    ].join('\n');
    expect(markdownCommands('g.md', text)).toEqual([
      { where: 'g.md:2', command: 'sva-rules workdays add 2025-09-30 1', exit: 0, output: ['2025-10-09'] },
      { where: 'g.md:5', command: 'npx sva-rules audit x.json', exit: 1, output: ['sva-rules audit: x.json', '', '…'] },
      { where: 'g.md:13', command: 'sva-rules id check X', exit: 1, output: [] },
    ]);
  });

  it('without prompts: each sva-rules line is a command with no stated output; other blocks are not read', () => {
    const text = [`${FENCE}sh`, 'npm install sva-rules', "sva-rules code check - < codes.csv   # 'quoted # not a remark' # exit 1", 'sva-rules plan deadline 2025-10-13', FENCE, `${FENCE}ts`, 'sva-rules x', FENCE].join('\n');
    expect(markdownCommands('g.md', text)).toEqual([
      { where: 'g.md:3', command: 'sva-rules code check - < codes.csv', exit: 0, output: [] },
      { where: 'g.md:4', command: 'sva-rules plan deadline 2025-10-13', exit: 0, output: [] },
    ]);
  });
});

describe('outputMismatch', () => {
  it.each([
    { name: 'the same lines', stated: ['a', 'b'], actual: ['a', 'b'] },
    { name: 'trailing spaces', stated: ['a'], actual: ['a  '] },
    { name: '… for lines in between', stated: ['a', '…', 'z'], actual: ['a', 'b', 'c', 'z'] },
    { name: '… for no line', stated: ['a', '…', 'z'], actual: ['a', 'z'] },
    { name: 'a line ending with …', stated: ['error x: …'], actual: ['error x: 证书编码第 5–6 位'] },
  ])('matches: $name', ({ stated, actual }) => {
    expect(outputMismatch(stated, actual)).toBeUndefined();
  });

  it.each([
    { name: 'another line', stated: ['a'], actual: ['b'] },
    { name: 'a line more', stated: ['a'], actual: ['a', 'b'] },
    { name: 'a line less', stated: ['a', 'b'], actual: ['a'] },
    { name: 'another prefix', stated: ['error x: …'], actual: ['error y: z'] },
    { name: '… does not excuse a wrong last line', stated: ['a', '…', 'z'], actual: ['a', 'b', 'y'] },
  ])('differs: $name', ({ stated, actual }) => {
    expect(outputMismatch(stated, actual)).toMatch(/expected the lines/);
  });
});

describe('runCommands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sva-doc-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A stand-in for dist/cli.js: prints its arguments and standard input, exits with the first argument.
  const cli = join(dir, 'cli.mjs');
  writeFileSync(cli, "let input = '';\nprocess.stdin.on('data', (d) => (input += d)).on('end', () => { console.log(process.argv.slice(2).join(' ') + (input ? ' < ' + input.trim() : '')); process.exitCode = Number(process.argv[2]); });\n");
  writeFileSync(join(dir, 'in.txt'), 'from a file\n');

  it('runs each command as written, with sva-rules on the PATH and redirections, and compares', async () => {
    const failures = await runCommands(
      [
        { where: 'g.md:1', command: 'sva-rules 0 hello', exit: 0, output: ['0 hello'] },
        { where: 'g.md:2', command: 'npx sva-rules 1 - < in.txt', exit: 1, output: ['1 - < from a file'] },
        { where: 'g.md:3', command: 'sva-rules 0 wrong', exit: 0, output: ['0 right'] },
        { where: 'g.md:4', command: 'sva-rules 2', exit: 0, output: [] },
        { where: 'g.md:5', command: 'sva-rules 0 hello', exit: 0, output: ['0 hello'] },
      ],
      cli,
      dir,
    );
    expect(failures.map((f) => f.where)).toEqual(['g.md:3', 'g.md:4']);
    expect(failures[0]?.message).toContain('expected the lines');
    expect(failures[1]?.message).toContain('exited 2, the docs say 0');
  });
});
