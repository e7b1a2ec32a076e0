import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// A made-up 2027 notice in holiday-cn's per-year format, as a script would drop in before a release.
const HOLIDAY_CN_2027 = JSON.stringify({
  year: 2027,
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-08', isOffDay: true },
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ],
});

describe('sva-rules working-day commands', () => {
  const cases: { name: string; argv: string[]; stdout: string }[] = [
    { name: 'add across National Day 2025', argv: ['workdays', 'add', '2025-09-30', '1'], stdout: '2025-10-09\n' },
    { name: 'add from a make-up Sunday', argv: ['workdays', 'add', '2025-09-28', '1'], stdout: '2025-09-29\n' },
    { name: 'add backwards', argv: ['workdays', 'add', '2024-03-18', '-5'], stdout: '2024-03-11\n' },
    { name: 'count 2023–2026', argv: ['workdays', 'count', '2023-01-01', '2026-12-31'], stdout: '996\n' },
    { name: 'plan deadline (clauses.md example)', argv: ['plan', 'deadline', '2024-03-18'], stdout: '2024-03-11\n' },
    { name: 'results publicity end', argv: ['publicity', 'end', '2025-10-15', '--kind', 'results'], stdout: '2025-10-21\n' },
    { name: 'publicity of 3 days', argv: ['publicity', 'end', '2025-10-15', '--days', '3'], stdout: '2025-10-17\n' },
  ];
  it.each(cases)('$name', async ({ argv, stdout }) => {
    const r = await runCli(argv);
    expect(r).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('adds a year from a holiday-cn file with --calendar', async () => {
    const files = { '2027.json': HOLIDAY_CN_2027 };
    expect((await runCli(['workdays', 'add', '2026-12-31', '1'])).code).toBe(2);
    const r = await runCli(['workdays', 'add', '2026-12-31', '1', '--calendar', '2027.json'], { files });
    expect(r.stdout).toBe('2027-01-04\n');
    const sat = await runCli(['workdays', 'count', '2027-02-20', '2027-02-20', '--calendar=2027.json'], { files });
    expect(sat.stdout).toBe('1\n');
  });

  const errors: { name: string; argv: string[]; files?: Record<string, string>; message: RegExp }[] = [
    { name: 'outside the calendar', argv: ['workdays', 'add', '2026-12-31', '1'], message: /calendar_out_of_range \[selection.publicity\]/ },
    { name: 'impossible date', argv: ['workdays', 'count', '2023-02-29', '2023-03-01'], message: /invalid_date/ },
    { name: 'N not a number', argv: ['workdays', 'add', '2024-03-18', 'five'], message: /N must be a whole number/ },
    { name: 'missing argument', argv: ['plan', 'deadline'], message: /expected EXAM_START/ },
    { name: 'bad --kind', argv: ['publicity', 'end', '2025-10-15', '--kind', 'exam'], message: /--kind must be selection or results/ },
    { name: 'calendar file missing', argv: ['workdays', 'add', '2024-03-18', '1', '--calendar', 'nope.json'], message: /cannot read the calendar file nope.json: ENOENT/ },
    { name: 'calendar file not JSON', argv: ['workdays', 'add', '2024-03-18', '1', '--calendar', 'x.json'], files: { 'x.json': '{' }, message: /cannot read the calendar file x.json/ },
    {
      name: 'calendar data with a make-up day on a weekday',
      argv: ['workdays', 'add', '2024-03-18', '1', '--calendar', 'bad.json'],
      files: { 'bad.json': JSON.stringify({ year: 2027, days: [{ name: 'x', date: '2027-01-05', isOffDay: false }] }) },
      message: /2027-01-05/,
    },
  ];
  it.each(errors)('exits 2: $name', async ({ argv, files, message }) => {
    const r = await runCli(argv, files === undefined ? {} : { files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('sva-rules id check and uscc check', () => {
  it('checks resident ID numbers, with a lowercase x accepted', async () => {
    const r = await runCli(['id', 'check', '-'], { stdin: '11010519491231002X\n11010519491231002x\n110105194912310021\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ "110105194912310021" (line 3)');
    expect(r.stdout).toContain('3 checked, 2 valid, 1 invalid');
  });

  it('checks unified social credit codes, with --strict', async () => {
    const ok = await runCli(['uscc', 'check', '91350100M000100Y43', '--strict']);
    expect(ok.code).toBe(0);
    const bad = await runCli(['uscc', 'check', '--json', '91350100M000100Y44']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout.split('\n')[0] as string)).toMatchObject({ ok: false, value: '91350100M000100Y44' });
  });
});
