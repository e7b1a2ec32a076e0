import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';
import { generateCreditCode } from '../../src/testing/index.js';

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
    { name: 'plan deadline of an exam on the first day past the calendar: decided by 2026', argv: ['plan', 'deadline', '2027-01-01'], stdout: '2026-12-25\n' },
    { name: 'results publicity end', argv: ['publicity', 'end', '2025-10-15', '--kind', 'results'], stdout: '2025-10-21\n' },
    { name: 'publicity of 3 days', argv: ['publicity', 'end', '2025-10-15', '--days', '3'], stdout: '2025-10-17\n' },
    { name: 'selection publicity end', argv: ['publicity', 'end', '2025-10-15', '--kind=selection'], stdout: '2025-10-21\n' },
    { name: 'add 0', argv: ['workdays', 'add', '2025-10-15', '0'], stdout: '2025-10-15\n' },
    // N: a whole number of 1 to 6 digits, with an optional minus
    { name: 'N of 6 digits', argv: ['workdays', 'add', '2025-10-15', '000001'], stdout: '2025-10-16\n' },
    { name: 'N of 2 digits', argv: ['workdays', 'add', '2025-10-15', '-10'], stdout: '2025-09-25\n' },
    { name: 'count one day', argv: ['workdays', 'count', '2025-10-15', '2025-10-15'], stdout: '1\n' },
    { name: 'count a holiday', argv: ['workdays', 'count', '2025-10-01', '2025-10-08'], stdout: '0\n' },
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
    expect(await runCli(['publicity', 'end', '2026-12-28', '--calendar', '2027.json'], { files })).toEqual({ code: 0, stdout: '2027-01-04\n', stderr: '' });
    expect(await runCli(['plan', 'deadline', '2027-01-08', '--calendar', '2027.json'], { files })).toEqual({ code: 0, stdout: '2026-12-31\n', stderr: '' });
  });

  const errors: { name: string; argv: string[]; files?: Record<string, string>; message: RegExp }[] = [
    { name: 'outside the calendar', argv: ['workdays', 'add', '2026-12-31', '1'], message: /calendar_out_of_range \[calendar.working_days\]/ },
    // The library's message says what the calendar lacks; the command line says how to add the year.
    { name: 'outside the calendar: how to add the year', argv: ['workdays', 'add', '2026-12-31', '1'], message: /\nsva-rules: 可用“--calendar FILE”加入该年的节假日安排 \| add the year with --calendar FILE\n$/ },
    { name: 'impossible date', argv: ['workdays', 'count', '2023-02-29', '2023-03-01'], message: /invalid_date/ },
    { name: 'N not a number', argv: ['workdays', 'add', '2024-03-18', 'five'], message: /N must be a whole number/ },
    { name: 'N of 7 digits', argv: ['workdays', 'add', '2024-03-18', '0000001'], message: /^sva-rules: N must be a whole number, got "0000001"\n/ },
    { name: 'N empty', argv: ['workdays', 'add', '2024-03-18', ''], message: /^sva-rules: N must be a whole number, got ""\n/ },
    { name: 'N with a plus', argv: ['workdays', 'add', '2024-03-18', '+1'], message: /^sva-rules: N must be a whole number, got "\+1"\n/ },
    { name: 'N with a fraction', argv: ['workdays', 'add', '2024-03-18', '1.5'], message: /^sva-rules: N must be a whole number, got "1.5"\n/ },
    { name: 'N with text after', argv: ['workdays', 'add', '2024-03-18', '1x'], message: /^sva-rules: N must be a whole number, got "1x"\n/ },
    { name: 'N with text before', argv: ['workdays', 'add', '2024-03-18', 'x1'], message: /^sva-rules: N must be a whole number, got "x1"\n/ },
    { name: 'N a lone minus', argv: ['workdays', 'add', '2024-03-18', '-'], message: /^sva-rules: N must be a whole number, got "-"\n/ },
    { name: '--days not a number', argv: ['publicity', 'end', '2025-10-15', '--days', 'x'], message: /^sva-rules: --days must be a whole number, got "x"\n/ },
    {
      name: 'too many arguments',
      argv: ['workdays', 'count', '2024-03-18', '2024-03-19', '2024-03-20'],
      message: /^sva-rules: expected START END, got 3 value\(s\)\nUsage: sva-rules workdays count START END \[--calendar FILE\] \[--json\]\nRun 'sva-rules --help' for usage.\n$/,
    },
    {
      name: 'too few arguments',
      argv: ['workdays', 'add', '2024-03-18'],
      message: /^sva-rules: expected DATE N, got 1 value\(s\)\nUsage: sva-rules workdays add DATE N \[--calendar FILE\] \[--json\]\n/,
    },
    {
      name: 'no start for the publicity',
      argv: ['publicity', 'end'],
      message: /^sva-rules: expected START, got 0 value\(s\)\nUsage: sva-rules publicity end START \[--days N\] \[--kind selection\|results\] \[--calendar FILE\] \[--json\]\n/,
    },
    { name: 'no exam start', argv: ['plan', 'deadline'], message: /^sva-rules: expected EXAM_START, got 0 value\(s\)\nUsage: sva-rules plan deadline EXAM_START \[--calendar FILE\] \[--json\]\n/ },
    { name: 'bad --kind', argv: ['publicity', 'end', '2025-10-15', '--kind', 'Results'], message: /^sva-rules: --kind must be selection or results\n/ },
    // the kind names the clause of a failure
    { name: 'results publicity outside the calendar', argv: ['publicity', 'end', '2026-12-28', '--kind', 'results'], message: /^sva-rules: calendar_out_of_range \[results.publicity\]: / },
    { name: 'selection publicity outside the calendar', argv: ['publicity', 'end', '2026-12-28'], message: /^sva-rules: calendar_out_of_range \[selection.publicity\]: / },
    { name: 'plan deadline outside the calendar', argv: ['plan', 'deadline', '2023-01-04'], message: /^sva-rules: calendar_out_of_range \[plan.deadline\]: / },
    { name: 'plan deadline two days past the calendar', argv: ['plan', 'deadline', '2027-01-02'], message: /^sva-rules: calendar_out_of_range \[plan.deadline\]: / },
    { name: 'calendar file unreadable', argv: ['plan', 'deadline', '2024-03-18', '--calendar', 'nope.json'], message: /^sva-rules: cannot read the calendar file nope.json: ENOENT: no such file or directory, open 'nope.json'\n/ },
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

  const json: { name: string; argv: string[]; stdout: string }[] = [
    { name: 'workdays add', argv: ['workdays', 'add', '2025-09-30', '1', '--json'], stdout: '{"ok":true,"value":"2025-10-09"}\n' },
    { name: 'workdays count', argv: ['workdays', 'count', '--json', '2023-01-01', '2026-12-31'], stdout: '{"ok":true,"value":996}\n' },
    { name: 'publicity end', argv: ['publicity', 'end', '2025-10-15', '--kind', 'results', '--json'], stdout: '{"ok":true,"value":"2025-10-21"}\n' },
    { name: 'plan deadline', argv: ['plan', 'deadline', '2025-10-13', '--json'], stdout: '{"ok":true,"value":"2025-09-29"}\n' },
  ];
  it.each(json)('$name prints one JSON object with --json', async ({ argv, stdout }) => {
    expect(await runCli(argv)).toEqual({ code: 0, stdout, stderr: '' });
  });

  it.each([
    { name: 'a day outside the calendar', argv: ['workdays', 'add', '2026-12-31', '1', '--json'], code: 'calendar_out_of_range' },
    { name: 'an impossible date', argv: ['workdays', 'count', '2023-02-29', '2023-03-01', '--json'], code: 'invalid_date' },
    { name: 'the publicity outside the calendar', argv: ['publicity', 'end', '2026-12-28', '--json'], code: 'calendar_out_of_range' },
    { name: 'the plan deadline outside the calendar', argv: ['plan', 'deadline', '2023-01-04', '--json'], code: 'calendar_out_of_range' },
  ])('with --json, $name prints the issues as JSON and exits 2', async ({ argv, code }) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; message: string; messageEn: string }[] };
    expect(printed.ok).toBe(false);
    expect(printed.issues[0]?.code).toBe(code);
    expect(printed.issues[0]?.message).not.toBe('');
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('with --json, a bad command line is still a message on stderr', async () => {
    const r = await runCli(['workdays', 'add', '2025-09-30', 'five', '--json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^sva-rules: N must be a whole number/) });
    expect((await runCli(['plan', 'deadline', '2025-10-13', '--json=yes'])).stderr).toMatch(/--json takes no value/);
  });
});

describe('sva-rules id check and uscc check', () => {
  it('checks resident ID numbers, with a lowercase x accepted', async () => {
    const r = await runCli(['id', 'check', '-'], { stdin: '11010519491231002X\n11010519491231002x\n110105194912310021\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ "110105194912310021" (line 3)');
    expect(r.stdout).toContain('3 checked, 2 valid, 1 invalid');
    expect(await runCli(['id', 'check', '11010519491231002X'])).toEqual({
      code: 0,
      stdout: 'resident ID numbers: 1 checked, 1 valid, 0 invalid (身份证号码：共 1 条，有效 1 条，无效 0 条)\n',
      stderr: '',
    });
    expect((await runCli(['id', 'check', '110105194912310021'])).stdout).toBe(
      '✗ "110105194912310021"\n' +
        '    resident_id_checksum [candidate.age]: 身份证号码第18位校验码应为“X”，实为“1” | The check character must be X; it is 1\n' +
        'resident ID numbers: 1 checked, 0 valid, 1 invalid (身份证号码：共 1 条，有效 0 条，无效 1 条)\n',
    );
  });

  it('read standard input with --header, and print JSON with --json', async () => {
    const id = await runCli(['id', 'check', '--header', '--json'], { stdin: '身份证号\n11010519491231002X\n' });
    expect(id.stdout).toBe(
      '{"line":2,"value":"11010519491231002X","ok":true,"issues":[]}\n{"summary":{"what":"resident ID numbers","checked":1,"valid":1,"invalid":0}}\n',
    );
    const uscc = await runCli(['uscc', 'check', '--header', '-'], { stdin: '代码\n91350100M000100Y43\n' });
    expect(uscc.stdout).toBe(
      '✓ "91350100M000100Y43" (line 2): 工商·企业（91），登记地福建省（350100），枣庄市以外 | industry and commerce: enterprise (91), registered in Fujian (350100), outside Zaozhuang\n' +
        'unified social credit codes: 1 checked, 1 valid, 0 invalid (统一社会信用代码：共 1 条，有效 1 条，无效 0 条)\n',
    );
  });

  it('checks the organisation code only with --strict', async () => {
    // 91350100M000100Y0N: a valid code whose GB 11714 organisation code has a wrong check character
    expect(await runCli(['uscc', 'check', '91350100M000100Y0N'])).toEqual({
      code: 0,
      stdout:
        '✓ "91350100M000100Y0N": 工商·企业（91），登记地福建省（350100），枣庄市以外 | industry and commerce: enterprise (91), registered in Fujian (350100), outside Zaozhuang\n' +
        'unified social credit codes: 1 checked, 1 valid, 0 invalid (统一社会信用代码：共 1 条，有效 1 条，无效 0 条)\n',
      stderr: '',
    });
    const strict = await runCli(['uscc', 'check', '91350100M000100Y0N', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(
      '✗ "91350100M000100Y0N"\n' +
        '    credit_code_organisation_checksum [institution.registration]: 统一社会信用代码第9至17位是组织机构代码，其校验码（第17位）应为“4”，实为“0”' +
        ' | Characters 9 to 17 (the GB 11714 organisation code) must end in the check character 4; it is 0\n' +
        'unified social credit codes: 1 checked, 0 valid, 1 invalid (统一社会信用代码：共 1 条，有效 0 条，无效 1 条)\n',
    );
    const json = await runCli(['uscc', 'check', '--json', '--strict', '91350100M000100Y0N']);
    expect(JSON.parse(json.stdout.split('\n')[0] as string)).toMatchObject({ ok: false, issues: [{ code: 'credit_code_organisation_checksum' }] });
  });

  // The category (characters 1–2) and the region (characters 3–8) of a valid code, in words.
  it.each([
    { region: '370403', zh: '民政·民办非企业单位（52），登记地枣庄市薛城区', en: 'civil affairs: private non-enterprise unit (52), registered in Xuecheng District, Zaozhuang' },
    { region: '370400', zh: '民政·民办非企业单位（52），登记地枣庄市', en: 'civil affairs: private non-enterprise unit (52), registered in Zaozhuang (city level)' },
    { region: '370102', zh: '民政·民办非企业单位（52），登记地山东省济南市（370102），枣庄市以外', en: 'civil affairs: private non-enterprise unit (52), registered in Jinan, Shandong (370102), outside Zaozhuang' },
    { region: '110105', zh: '民政·民办非企业单位（52），登记地北京市（110105），枣庄市以外', en: 'civil affairs: private non-enterprise unit (52), registered in Beijing (110105), outside Zaozhuang' },
    { region: '990000', zh: '民政·民办非企业单位（52），登记地行政区划代码990000，枣庄市以外', en: 'civil affairs: private non-enterprise unit (52), registered in region code 990000, outside Zaozhuang' },
  ])('says a valid code\u2019s category and region $region in words', async ({ region, zh, en }) => {
    const code = generateCreditCode({ authorityCode: '5', typeCode: '2', regionCode: region, seed: 2 });
    expect((await runCli(['uscc', 'check', code])).stdout.split('\n')[0]).toBe(`✓ "${code}": ${zh} | ${en}`);
    const json = JSON.parse((await runCli(['uscc', 'check', '--json', code])).stdout.split('\n')[0] as string);
    expect(json.about).toMatchObject({ category: '52', categoryName: '民政·民办非企业单位', region });
  });

  it('checks unified social credit codes, with --strict', async () => {
    const ok = await runCli(['uscc', 'check', '91350100M000100Y43', '--strict']);
    expect(ok.code).toBe(0);
    const bad = await runCli(['uscc', 'check', '--json', '91350100M000100Y44']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout.split('\n')[0] as string)).toMatchObject({ ok: false, value: '91350100M000100Y44' });
  });
});
