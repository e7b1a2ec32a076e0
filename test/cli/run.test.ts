import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { runCli } from './helpers.js';

const HELP = [
  'sva-rules: the rules of the Zaozhuang special vocational ability assessment scheme (2023)',
  '',
  'Usage:',
  '  sva-rules code check [CODE...|-] [--city C] [--header] [--json]',
  '  sva-rules id check [ID...|-] [--header] [--json]',
  '  sva-rules uscc check [CODE...|-] [--strict] [--header] [--json]',
  '  sva-rules workdays add DATE N [--calendar FILE] [--json]',
  '  sva-rules workdays count START END [--calendar FILE] [--json]',
  '  sva-rules publicity end START [--days N] [--kind selection|results] [--calendar FILE] [--json]',
  '  sva-rules plan deadline EXAM_START [--calendar FILE] [--json]',
  '  sva-rules audit [FILE.json|-] [--format text|json|html|markdown] [--lang zh|en] [--calendar FILE] [--json]',
  '  sva-rules check TYPE [FILE|-] [--format ndjson|csv|json] [--encoding utf-8|gbk|gb18030] [--institution CODE] [--plan-count N] [--calendar FILE] [--lang zh|en] [--json] [--quiet] [--progress]',
  '',
  'Values are read from the arguments, or one per line from standard input with - (or with no',
  'value at all); the first column of a CSV line is read, --header skips the first line.',
  'Output: each invalid value with its issues and clauses, then a summary; --json prints one',
  'JSON object per line.',
  'check reads whole records (TYPE: certificate, registration, candidate, institution-application,',
  'assessment-batch, assignment, archive-record) from NDJSON, a JSON array or CSV with Chinese or',
  'English headers, prints one line per record with an issue and the summary on stderr.',
  'audit checks one batch file ({ "batch": … }, see examples/sample-batch.json) clause by clause;',
  '--format html prints a report to print on A4 (one self-contained page), --format markdown the',
  'same for a ticket or an email, in Chinese or with --lang en in English.',
  'Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable input.',
  '',
].join('\n');

const usageError = (message: string) => `sva-rules: ${message}\nRun 'sva-rules --help' for usage.\n`;

describe('sva-rules: help and dispatch', () => {
  it('prints the help on stderr with exit 2 when given nothing', async () => {
    expect(await runCli([])).toEqual({ code: 2, stdout: '', stderr: HELP });
  });

  it.each([['--help'], ['-h'], ['help']])('prints the help on stdout with exit 0 for %s', async (flag) => {
    expect(await runCli([flag])).toEqual({ code: 0, stdout: HELP, stderr: '' });
  });

  const unknown: { argv: string[]; message: string }[] = [
    { argv: ['code'], message: 'unknown command: code' },
    { argv: ['code', 'count'], message: 'unknown command: code count' },
    { argv: ['workdays', 'ADD', '2024-03-18', '1'], message: 'unknown command: workdays ADD' },
    // names that every object has are not commands
    { argv: ['constructor'], message: 'unknown command: constructor' },
    { argv: ['toString', 'check'], message: 'unknown command: toString check' },
    { argv: ['hasOwnProperty'], message: 'unknown command: hasOwnProperty' },
  ];
  it.each(unknown)('exits 2 on $argv', async ({ argv, message }) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: usageError(message) });
  });

  it('prints each issue of a library error on its own line, without the usage hint', async () => {
    const r = await runCli(['workdays', 'count', '2023-02-29', '2023-02-30']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      expect.stringMatching(/^sva-rules: invalid_date \[[a-z._]+\]: .+ \| .+$/),
      expect.stringMatching(/^sva-rules: invalid_date \[[a-z._]+\]: .+ \| .+$/),
      '',
    ]);
  });

  const failingIo = (thrown: unknown): { io: CliIo; stderr: () => string } => {
    let stderr = '';
    const io: CliIo = {
      stdin: Readable.from(['']),
      stdout: new Writable({
        write(_chunk, _encoding, callback) {
          callback();
        },
      }),
      stderr: new Writable({
        write(chunk, _encoding, callback) {
          stderr += chunk.toString();
          callback();
        },
      }),
      readFile: () => Promise.reject(new Error('no files')),
      openFile: () => Readable.from(['']),
    };
    // the first write of the command fails with `thrown`
    io.stdout.write = () => {
      throw thrown;
    };
    return { io, stderr: () => stderr };
  };

  it.each([
    { name: 'an Error', thrown: new Error('disk full'), stderr: 'sva-rules: disk full\n' },
    { name: 'a string', thrown: 'disk full', stderr: 'sva-rules: disk full\n' },
    { name: 'null', thrown: null, stderr: 'sva-rules: null\n' },
  ])('any other failure ($name) is one line on stderr, exit 2', async ({ thrown, stderr }) => {
    const { io, stderr: written } = failingIo(thrown);
    expect(await run(['workdays', 'count', '2024-03-18', '2024-03-18'], io)).toBe(2);
    expect(written()).toBe(stderr);
  });
});
