import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { auditBatch, renderAuditReport } from '../../src/audit/index.js';
import type { AuditInput } from '../../src/audit/index.js';
import { runCli } from './helpers.js';

const example = (name: string) => readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8');

describe('sva-rules audit', () => {
  it('audits the embedded sample batch without a file, exit 0, grouped by clause', async () => {
    const r = await runCli(['audit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sva-rules audit: the embedded sample batch (examples/sample-batch.json)');
    expect(r.stdout).toContain('✓ plan.deadline  四2(3) 批次计划期限 (Batch plan deadline)');
    expect(r.stdout.trim().split('\n').slice(-2)).toEqual([
      '24 clauses: 24 held, 0 failed; 0 errors, 0 warnings (共24条条款，24条符合，0条不符合；错误0个，警告0个)',
      '考核结果予以认可 (the results are recognised)',
    ]);
  });

  it('prints each issue under its clause with its path, exit 1', async () => {
    const r = await runCli(['audit', 'bad.json'], { files: { 'bad.json': example('batch-with-problems.json') } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ plan.deadline .*\n {4}error plan_filed_late at batch.plan.filedOn: 考核计划于.*编制，应不晚于2025年9月29日/);
  });

  it('reads standard input with -, and prints one JSON object per clause with --json', async () => {
    const r = await runCli(['audit', '-', '--json'], { stdin: example('batch-with-problems.json') });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({
      summary: {
        ok: false,
        errors: 10,
        warnings: 0,
        passRate: { candidates: 4, passed: 3, passRate: '75.00' },
        batch: { institution: '枣庄市某职业培训学校', institutionCode: '37040001', item: '面点制作', district: '370403' },
        violations: [{ violation: 'lowered_standard', source: 'derived', path: ['certificates', 1], clause: 'supervision.violations' }],
        resultsRecognised: false,
      },
    });
    expect(lines.at(-1).summary.timeline.map((s: { step: string }) => s.step)).toEqual(['announcement', 'registration', 'plan', 'exam', 'results_publicity', 'certificates']);
    expect(lines.find((l) => l.clause === 'plan.deadline')).toMatchObject({ ok: false, section: '四2(3)' });
    expect(r.code).toBe(1);
  });

  it('answers a results publicity that runs past the calendar when 2026 already decides it', async () => {
    const sample = JSON.parse(example('sample-batch.json')) as { batch: Record<string, Record<string, unknown>> };
    const { batch } = sample;
    const decided = {
      ...sample,
      batch: {
        ...batch,
        plan: { ...batch.plan, filedOn: '2026-12-09', approvedOn: '2026-12-10' },
        exam: { ...batch.exam, startDate: '2026-12-17', endDate: '2026-12-18' },
        questionBank: { ...batch.questionBank, approvedOn: '2026-12-01' },
        resultsPublicity: { start: '2026-12-21', end: '2027-01-08' },
        certificates: { uploadedOn: '2027-01-11', approvedOn: '2027-01-12', issuedOn: '2027-01-13' },
      },
    };
    delete (decided as { certificates?: unknown }).certificates;
    const r = await runCli(['audit', 'x.json', '--json'], { files: { 'x.json': JSON.stringify(decided) } });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { clause?: string; ok?: boolean; issues?: unknown[] });
    expect(lines.find((l) => l.clause === 'results.publicity')).toMatchObject({ ok: true, issues: [] });
    const short = { ...decided, batch: { ...decided.batch, resultsPublicity: { start: '2026-12-28', end: '2027-01-05' } } };
    const r2 = await runCli(['audit', 'x.json', '--json'], { files: { 'x.json': JSON.stringify(short) } });
    const publicity = r2.stdout.trim().split('\n').map((l) => JSON.parse(l) as { clause?: string; issues?: { code: string }[] }).find((l) => l.clause === 'results.publicity');
    expect(publicity?.issues?.map((i) => i.code)).toEqual(['calendar_out_of_range']);
    expect(r2.code).toBe(1);
    // Too short whatever 2027 brings: 1 working day in 2026 and 2 days of 2027, at most 3.
    const tooShort = { ...decided, batch: { ...decided.batch, resultsPublicity: { start: '2026-12-31', end: '2027-01-02' } } };
    const r3 = await runCli(['audit', 'x.json', '--json'], { files: { 'x.json': JSON.stringify(tooShort) } });
    const clause = (out: string, id: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { clause?: string; issues?: { code: string; message: string }[] }).find((l) => l.clause === id);
    expect(clause(r3.stdout, 'results.publicity')?.issues?.map((i) => [i.code, i.message])).toEqual([
      ['publicity_too_short', '公示期应不少于5个工作日，至多为3个'],
    ]);
  });

  it('answers the plan of an exam past the calendar when 2026 already decides it', async () => {
    const sample = JSON.parse(example('sample-batch.json')) as { batch: Record<string, Record<string, unknown>> };
    const { batch } = sample;
    const at = (filedOn: string) => ({
      ...sample,
      batch: { ...batch, plan: { ...batch.plan, filedOn, approvedOn: filedOn }, exam: { ...batch.exam, startDate: '2027-01-04', endDate: '2027-01-04' } },
    });
    const plan = async (filedOn: string) => {
      const r = await runCli(['audit', 'x.json', '--json'], { files: { 'x.json': JSON.stringify(at(filedOn)) } });
      return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { clause?: string; issues?: { code: string }[] }).find((l) => l.clause === 'plan.deadline')?.issues?.map((i) => i.code);
    };
    expect(await plan('2026-12-25')).toEqual([]);
    expect(await plan('2026-12-28')).toEqual(['calendar_out_of_range']);
    expect(await plan('2026-12-31')).toEqual(['plan_filed_late']);
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
    { name: 'two files', argv: ['audit', 'a.json', 'b.json'], message: 'audit takes one file, got 2\nUsage: sva-rules audit [FILE.json|-] [--format text|json|html|markdown] [--lang zh|en] [--calendar FILE] [--json]' },
    { name: 'an unknown format', argv: ['audit', '--format', 'pdf'], message: '--format pdf: expected text, json, html, markdown' },
    { name: 'an unknown language', argv: ['audit', '--format', 'html', '--lang', 'fr'], message: '--lang fr: expected zh, en' },
    { name: '--json with another format', argv: ['audit', '--json', '--format', 'html'], message: '--json and --format html say two things: give one' },
    { name: '--format without its value', argv: ['audit', '--format'], message: '--format needs a value' },
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
    expect(lines.slice(0, 4)).toEqual(['sva-rules audit: w.json', '', '✓ candidate.age  二 考核对象 (Who may be assessed)', '✓ selection.code  三3(2) 考核机构代码 (Institution code)']);
    const method = lines.indexOf('! assessment.method  四1 考核方式 (Assessment method)');
    expect(lines[method + 1]).toBe('    warning theory_only at batch.exam.method: 本批次仅考核理论知识，政策规定一般不单独考核理论知识 | Theory is generally not assessed on its own');
    expect(lines).toContain('✗ exam.video  四2(4) 全程录像 (Video recording)');
    expect(lines).toContain('    error exam_not_recorded at batch.exam.videoRecorded: 考核过程未全程视频监控并录像 | The assessment was not video-recorded throughout');
    expect(lines).toContain('✓ exam.site  四2(4) 考核场地 (Exam site)');
    expect(lines.slice(-5)).toEqual([
      '',
      'pass rate: 3/4 = 75.00% (合格率)',
      '24 clauses: 23 held, 1 failed; 1 errors, 1 warnings (共24条条款，23条符合，1条不符合；错误1个，警告1个)',
      '考核结果予以认可 (the results are recognised)',
      '',
    ]);
  });

  it('prints no pass rate without results, marks the clauses that need them ?, and does not recognise the results', async () => {
    const input = JSON.parse(example('sample-batch.json'));
    delete input.results;
    const files = { 'n.json': JSON.stringify(input) };
    const human = await runCli(['audit', 'n.json'], { files });
    expect(human.stdout).toContain('? score.pass  四1 合格线 (Pass mark)\n    warning audit_list_missing at results: 未提供考核成绩，无法核查本条 | No results given: this clause could not be checked');
    expect(human.stdout.split('\n').slice(-4)).toEqual([
      '',
      '24 clauses: 21 held, 0 failed, 3 not checked; 0 errors, 3 warnings (共24条条款，21条符合，0条不符合，3条未能核查；错误0个，警告3个)',
      '考核结果不予认可 (the results are not recognised)',
      '',
    ]);
    expect(human.code).toBe(1);
    const json = await runCli(['audit', 'n.json', '--json'], { files });
    const summary = JSON.parse(json.stdout.trim().split('\n').at(-1) as string).summary;
    expect([summary.ok, summary.errors, summary.warnings, summary.passRate, summary.resultsRecognised]).toEqual([false, 0, 3, undefined, false]);
  });

  it.each([
    ['abuse-certificate-without-assessment.json', 'certificate_without_assessment', 'certificates.3'],
    ['abuse-lowered-standard.json', 'lowered_standard', 'certificates.3'],
    ['abuse-outside-item-list.json', 'outside_item_list', 'certificates.1'],
  ])('names the abuse of %s and ends with 考核结果不予认可', async (file, violation, at) => {
    const r = await runCli(['audit', file], { files: { [file]: example(file) } });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').slice(-2)).toEqual([`violation ${violation} (derived) at ${at}`, '考核结果不予认可 (the results are not recognised)']);
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

  it('shades the rest days of the report\'s timeline by --calendar', async () => {
    const files = { 'sample.json': example('sample-batch.json'), 'plain.json': JSON.stringify({ years: { '2025': { offDays: [], workDays: [] } } }) };
    const restDays = async (argv: string[]) => [...(await runCli(argv, { files })).stdout.matchAll(/class="rest" data-day="([\d-]+)"/g)].map((m) => m[1]);
    expect(await restDays(['audit', 'sample.json', '--format', 'html'])).toContain('2025-10-01');
    // Without the National Day holiday, only the weekends are rest days.
    const plain = await restDays(['audit', 'sample.json', '--format', 'html', '--calendar', 'plain.json']);
    expect(plain).not.toContain('2025-10-01');
    expect(plain).toContain('2025-09-28');
  });

  it.each([
    { format: 'html', lang: undefined, starts: '<!DOCTYPE html>\n<html lang="zh-CN">', has: '<p class="verdict yes">考核结果予以认可</p>' },
    { format: 'html', lang: 'en', starts: '<!DOCTYPE html>\n<html lang="en">', has: '<p class="verdict yes">The results are recognised</p>' },
    { format: 'markdown', lang: 'zh', starts: '# 专项职业能力考核批次核查报告\n', has: '| 考核所在区（市） | 薛城区（370403） |' },
    { format: 'markdown', lang: 'en', starts: '# Audit of a special vocational ability assessment batch\n', has: '| District of the batch | Xuecheng District (370403) |' },
  ])('prints the report with --format $format --lang $lang, as renderAuditReport renders it, exit 0', async ({ format, lang, starts, has }) => {
    const r = await runCli(['audit', 'sample.json', '--format', format, ...(lang === undefined ? [] : ['--lang', lang])], { files: { 'sample.json': example('sample-batch.json') } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith(starts)).toBe(true);
    expect(r.stdout).toContain(has);
    const report = auditBatch(JSON.parse(example('sample-batch.json')) as AuditInput);
    expect(r.stdout).toBe(renderAuditReport(report, { format: format as 'html', lang: (lang ?? 'zh') as 'zh' }));
  });

  it('prints the report of a batch with problems and exits 1; --format text and --format json are those of before', async () => {
    const files = { files: { 'bad.json': example('batch-with-problems.json') } };
    const html = await runCli(['audit', 'bad.json', '--format=html'], files);
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('<td class="no">✗ 不符合</td>');
    expect(await runCli(['audit', 'bad.json', '--format', 'text'], files)).toEqual(await runCli(['audit', 'bad.json'], files));
    expect(await runCli(['audit', 'bad.json', '--format', 'json'], files)).toEqual(await runCli(['audit', 'bad.json', '--json'], files));
    expect(await runCli(['audit', 'bad.json', '--format', 'json', '--json'], files)).toEqual(await runCli(['audit', 'bad.json', '--json'], files));
  });
});
