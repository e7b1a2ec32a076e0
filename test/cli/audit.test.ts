import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
    expect(r.stdout).toMatch(/✗ plan.deadline .*\n {4}error plan_filed_late at batch.plan.filedOn: 考核计划应不晚于 2025-09-29/);
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
});
