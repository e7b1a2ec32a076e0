import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const usage = (message: string) => `sva-rules: ${message}\nRun 'sva-rules --help' for usage.\n`;
const CSV = 'name,idNumber,item,score,code,institution,issuedOn\n张伟,370403199003151230,面点制作,86.5,253704000100001,某学校,2025-10-27\n';

describe('sva-rules check: usage errors and unreadable input exit 2', () => {
  const cases: { name: string; argv: string[]; files?: Record<string, string>; stdin?: string; message: string }[] = [
    { name: 'no type', argv: ['check'], message: 'check needs a record type: certificate, registration, candidate, institution-application, assessment-batch, assignment, archive-record' },
    { name: 'an unknown type', argv: ['check', 'diploma', 'x.csv'], message: 'unknown record type diploma: expected certificate, registration, candidate, institution-application, assessment-batch, assignment, archive-record' },
    { name: 'two files', argv: ['check', 'certificate', 'a.csv', 'b.csv'], message: 'check takes one file, got 2' },
    { name: 'an unknown format', argv: ['check', 'certificate', 'a.csv', '--format', 'xlsx'], message: '--format xlsx: expected ndjson, csv, json' },
    { name: 'an unknown encoding', argv: ['check', 'certificate', 'a.csv', '--encoding', 'big5'], message: '--encoding big5: expected utf-8, gbk or gb18030' },
    { name: 'an unknown language', argv: ['check', 'certificate', 'a.csv', '--lang', 'fr'], message: '--lang fr: expected zh, en' },
    { name: '--plan-count on certificates', argv: ['check', 'certificate', 'a.csv', '--plan-count', '3'], message: '--plan-count applies to registration only' },
    { name: '--institution on registrations', argv: ['check', 'registration', 'a.csv', '--institution', '37040001'], message: '--institution applies to certificate only' },
    { name: '--calendar on certificates', argv: ['check', 'certificate', 'a.csv', '--calendar', 'c.json'], message: '--calendar applies to assessment-batch only' },
    { name: 'a bad institution code', argv: ['check', 'certificate', 'a.csv', '--institution', '3704001'], message: '--institution 3704001: not an 8-digit institution code (such as 37040001)' },
    { name: 'a bad plan count', argv: ['check', 'registration', 'a.csv', '--plan-count', '-1'], message: '--plan-count -1: expected a whole number, 0 or more' },
    { name: 'a missing file', argv: ['check', 'certificate', 'none.csv'], message: "cannot read none.csv: ENOENT: no such file or directory, open 'none.csv'" },
    {
      name: 'two columns for one field',
      argv: ['check', 'certificate', 'a.csv'],
      files: { 'a.csv': '身份证号,姓名,身份证号码\n1,2,3\n' },
      message: 'cannot read a.csv: columns 1 and 3 of the header both give the field idNumber',
    },
    { name: 'an empty CSV', argv: ['check', 'certificate', 'a.csv'], files: { 'a.csv': '\r\n\r\n' }, message: 'cannot read a.csv: the file has no header row' },
    { name: 'a header cut off by an unclosed quote', argv: ['check', 'certificate', 'a.csv'], files: { 'a.csv': '"姓名,身份证号\n' }, message: 'cannot read a.csv: the header row (line 1) cannot be read' },
  ];
  it.each(cases)('$name', async ({ argv, files, stdin, message }) => {
    expect(await runCli(argv, { files: files ?? {}, ...(stdin === undefined ? {} : { stdin }) })).toEqual({ code: 2, stdout: '', stderr: usage(message) });
  });

  it('asks for records when standard input is a terminal', async () => {
    const stdin = Object.assign(Readable.from(['']), { isTTY: true });
    expect(await runCli(['check', 'certificate'], { stdin })).toEqual({ code: 2, stdout: '', stderr: usage('no records given: name a file, or pipe the records in') });
  });

  it('gives batches the calendar of --calendar, and refuses a bad one', async () => {
    const batches = readFileSync(join(import.meta.dirname, '../fixtures/check/batches.json'));
    const calendar = JSON.stringify({ years: { '2027': { offDays: ['2027-01-01'], workDays: [] } } });
    const plain = await runCli(['check', 'assessment-batch', 'b.json', '--json'], { files: { 'b.json': batches } });
    const withYear = await runCli(['check', 'assessment-batch', 'b.json', '--json', '--calendar', 'c.json'], { files: { 'b.json': batches, 'c.json': calendar } });
    expect(withYear.stdout).toBe(plain.stdout);
    const bad = await runCli(['check', 'assessment-batch', 'b.json', '--calendar', 'c.json'], { files: { 'b.json': batches, 'c.json': '{' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sva-rules: cannot read the calendar file c\.json/);
  });

  it('an empty NDJSON input has no record: exit 0', async () => {
    expect(await runCli(['check', 'certificate', 'a.ndjson'], { files: { 'a.ndjson': '' } })).toEqual({ code: 0, stdout: '', stderr: '证书：共检查0条，通过0条，未通过0条；错误0个，警告0个\n' });
  });
});

describe('sva-rules check --progress', () => {
  function clock(step: number): () => number {
    let t = 0;
    return () => (t += step);
  }

  it('prints records, records a second and bytes read of the total on stderr, never on stdout', async () => {
    const many = CSV + CSV.split('\n')[1]?.replace('00001', '00002') + '\n';
    const r = await runCli(['check', 'certificate', 'a.csv', '--progress', '--json'], { files: { 'a.csv': many }, chunkSize: 100, now: clock(1000) });
    expect(r.stdout.trim().split('\n').every((l) => (JSON.parse(l) as { line: number }).line > 0)).toBe(true);
    const progress = r.stderr.split('\n').filter((l) => l.startsWith('已检查'));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toMatch(/^已检查2条（每秒\d+条），已读取0\.0 MB \/ 0\.0 MB$/);
  });

  it('shows a line each second with a rate, in English too', async () => {
    const r = await runCli(['check', 'certificate', 'a.csv', '--progress', '--lang', 'en'], { files: { 'a.csv': CSV }, now: clock(500) });
    expect(r.stderr).toMatch(/^1 records checked \(1\/s\), 0\.0 MB \/ 0\.0 MB read$/m);
  });

  it('rewrites one line in place when stderr is a terminal, even without --progress', async () => {
    const r = await runCli(['check', 'certificate', 'a.csv'], { files: { 'a.csv': CSV }, stderrIsTTY: true, now: clock(300) });
    expect(r.stderr).toMatch(/\r已检查1条（每秒\d+条），已读取0\.0 MB \/ 0\.0 MB/);
    expect(r.stderr).toContain('MB\u001b[K\n');
    expect((await runCli(['check', 'certificate', 'a.csv'], { files: { 'a.csv': CSV }, now: clock(300) })).stderr).not.toContain('已检查');
  });
});
