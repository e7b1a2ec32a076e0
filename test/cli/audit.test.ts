import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const example = (name: string) => readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8');

describe('sva-rules audit', () => {
  it('audits the embedded sample batch without a file, exit 0, grouped by clause', async () => {
    const r = await runCli(['audit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sva-rules audit: the embedded sample batch (examples/sample-batch.json)');
    expect(r.stdout).toContain('✓ plan.deadline  四2(3) 批次计划期限 (Batch plan deadline)');
    expect(r.stdout.trim().split('\n').pop()).toBe(
      '19 clauses checked: 19 held, 0 failed; 0 errors, 0 warnings (共检查 19 条条款，0 条未通过；错误 0 个，警告 0 个)',
    );
  });

  it('prints each issue under its clause with its path, exit 1', async () => {
    const r = await runCli(['audit', 'bad.json'], { files: { 'bad.json': example('batch-with-problems.json') } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ plan.deadline .*\n {4}error plan_filed_late at batch.plan.filedOn: 考核计划于.*编制，应不晚于2025年9月29日/);
  });

  it('reads standard input with -, and prints one JSON object per clause with --json', async () => {
    const r = await runCli(['audit', '-', '--json'], { stdin: example('batch-with-problems.json') });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ summary: { ok: false, errors: 8, warnings: 0, passRate: { candidates: 4, passed: 3, passRate: '75.00' } } });
    expect(lines.find((l) => l.clause === 'plan.deadline')).toMatchObject({ ok: false, section: '四2(3)' });
    expect(r.code).toBe(1);
  });

  const bad: { name: string; argv: string[]; files?: Record<string, string>; stdin?: string; message: RegExp }[] = [
    { name: 'a missing file', argv: ['audit', 'nope.json'], message: /cannot read nope.json: ENOENT/ },
    { name: 'not JSON', argv: ['audit', 'x.json'], files: { 'x.json': '{"batch":' }, message: /cannot read x.json/ },
    { name: 'no batch', argv: ['audit', 'x.json'], files: { 'x.json': '[1]' }, message: /expected an object with a "batch"/ },
    { name: 'two files', argv: ['audit', 'a.json', 'b.json'], message: /audit takes one file/ },
    { name: 'empty stdin', argv: ['audit', '-'], stdin: '', message: /cannot read standard input/ },
  ];
  it.each(bad)('exits 2 on $name', async ({ argv, files, stdin, message }) => {
    const r = await runCli(argv, { ...(files ? { files } : {}), ...(stdin === undefined ? {} : { stdin }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  const usageError = (message: string) => `sva-rules: ${message}\nRun 'sva-rules --help' for usage.\n`;
  const noBatch = 'expected an object with a "batch" (see examples/sample-batch.json)';
  const exact: { name: string; argv: string[]; files?: Record<string, string>; stdin?: string; message: string }[] = [
    { name: 'null', argv: ['audit', 'x.json'], files: { 'x.json': 'null' }, message: `cannot read x.json: ${noBatch}` },
    { name: 'a number', argv: ['audit', 'x.json'], files: { 'x.json': '5' }, message: `cannot read x.json: ${noBatch}` },
    { name: 'an array', argv: ['audit', 'x.json'], files: { 'x.json': '[{"batch":{}}]' }, message: `cannot read x.json: ${noBatch}` },
    { name: 'an object without a batch, on standard input', argv: ['audit', '-'], stdin: '{}', message: `cannot read standard input: ${noBatch}` },
    { name: 'a missing file', argv: ['audit', 'nope.json'], message: "cannot read nope.json: ENOENT: no such file or directory, open 'nope.json'" },
    { name: 'two files', argv: ['audit', 'a.json', 'b.json'], message: 'audit takes one file, got 2\nUsage: sva-rules audit [FILE.json|-] [--calendar FILE] [--json]' },
    { name: 'an unknown option', argv: ['audit', '--city', '04'], message: 'unknown option --city' },
  ];
  it.each(exact)('names the fault exactly: $name', async ({ argv, files, stdin, message }) => {
    const r = await runCli(argv, { ...(files ? { files } : {}), ...(stdin === undefined ? {} : { stdin }) });
    expect(r).toEqual({ code: 2, stdout: '', stderr: usageError(message) });
  });

  it('exits 2 when standard input cannot be read', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('EISDIR: illegal operation on a directory, read'));
      },
    });
    const r = await runCli(['audit', '-'], { stdin: broken });
    expect(r).toEqual({ code: 2, stdout: '', stderr: usageError('cannot read the input: EISDIR: illegal operation on a directory, read') });
  });

  it('reads standard input in chunks', async () => {
    const text = example('sample-batch.json');
    const r = await runCli(['audit', '-'], { stdin: Readable.from([text.slice(0, 100), text.slice(100)]) });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('sva-rules audit: standard input');
  });

  it('marks a clause held with a warning by !, one that failed by ✗, with each issue\'s path', async () => {
    const input = JSON.parse(example('sample-batch.json'));
    input.batch.exam.method = 'theory';
    input.batch.exam.videoRecorded = false;
    const r = await runCli(['audit', 'w.json'], { files: { 'w.json': JSON.stringify(input) } });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'sva-rules audit: w.json',
      '',
      '! assessment.method  四1 考核方式 (Assessment method)',
      '    warning theory_only at batch.exam.method: 本批次仅考核理论知识，政策规定一般不单独考核理论知识 | Theory is generally not assessed on its own',
    ]);
    expect(lines).toContain('✗ exam.video  四2(4) 全程录像 (Video recording)');
    expect(lines).toContain('    error exam_not_recorded at batch.exam.videoRecorded: 考核过程未全程视频监控并录像 | The assessment was not video-recorded throughout');
    expect(lines).toContain('✓ exam.site  四2(4) 考核场地 (Exam site)');
    expect(lines.slice(-4)).toEqual([
      '',
      'pass rate: 3/4 = 75.00% (合格率)',
      '19 clauses checked: 18 held, 1 failed; 1 errors, 1 warnings (共检查 19 条条款，1 条未通过；错误 1 个，警告 1 个)',
      '',
    ]);
  });

  it('prints no pass rate without scores, in either form', async () => {
    const input = JSON.parse(example('sample-batch.json'));
    delete input.scores;
    const files = { 'n.json': JSON.stringify(input) };
    const human = await runCli(['audit', 'n.json'], { files });
    expect(human.stdout.split('\n').slice(-3)).toEqual([
      '',
      '19 clauses checked: 19 held, 0 failed; 0 errors, 0 warnings (共检查 19 条条款，0 条未通过；错误 0 个，警告 0 个)',
      '',
    ]);
    const json = await runCli(['audit', 'n.json', '--json'], { files });
    expect(JSON.parse(json.stdout.trim().split('\n').at(-1) as string)).toStrictEqual({ summary: { ok: true, errors: 0, warnings: 0 } });
    expect(json.code).toBe(0);
  });

  it('counts working days with --calendar', async () => {
    const files = { 'bad.json': example('batch-with-problems.json'), 'plain.json': JSON.stringify({ years: { '2025': { offDays: [], workDays: [] } } }) };
    const deadline = async (argv: string[]) => {
      const r = await runCli(argv, { files });
      return r.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((l) => l.clause === 'plan.deadline');
    };
    expect(await deadline(['audit', 'bad.json', '--json'])).toMatchObject({ ok: false, issues: [{ code: 'plan_filed_late' }] });
    // without the National Day holiday the plan is due by 2025-10-06, and 2025-09-30 is in time
    expect(await deadline(['audit', 'bad.json', '--json', '--calendar', 'plain.json'])).toMatchObject({ ok: true, issues: [] });
  });
});
