import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { valueOfLine } from '../../src/cli/lines.js';
import { runCli } from './helpers.js';

describe('sva-rules code check', () => {
  it('exits 0 and prints only the summary when every code is valid', async () => {
    const r = await runCli(['code', 'check', '233704000100001', '993717999999999']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('certificate codes: 2 checked, 2 valid, 0 invalid (证书编码：共 2 条，有效 2 条，无效 0 条)\n');
    expect(r.stderr).toBe('');
  });

  it('exits 1 and prints each invalid value with its issues and clauses', async () => {
    const r = await runCli(['code', 'check', '-'], { stdin: '233704000100001\n233712000100001\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ "233712000100001" (line 2)');
    expect(r.stdout).toContain('certificate_code_city [certificate.code]: 证书编号第5至6位12不是山东省的市级代码 | Digits 5 to 6 (12)');
    expect(r.stdout.trim().split('\n').pop()).toBe('certificate codes: 2 checked, 1 valid, 1 invalid (证书编码：共 2 条，有效 1 条，无效 1 条)');
  });

  it('reads the first column of CSV, skips empty lines, a BOM, CRLF and, with --header, the header', async () => {
    const csv = '\ufeff证书编号,姓名\r\n"233704000100001",张三\r\n\r\n233704000100002,李四\r\n233704000100003';
    const r = await runCli(['code', 'check', '--header'], { stdin: csv });
    expect(r.stdout).toContain('3 checked, 3 valid, 0 invalid');
    expect(r.code).toBe(0);
    const noHeader = await runCli(['code', 'check', '-'], { stdin: csv });
    expect(noHeader.code).toBe(1);
    expect(noHeader.stdout).toContain('✗ "证书编号" (line 1)');
  });

  it('keeps white space: a padded code is invalid, nothing is trimmed', async () => {
    const r = await runCli(['code', 'check', '-'], { stdin: ' 233704000100001\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('certificate_code_whitespace');
  });

  it('checks the city with --city, by code or name', async () => {
    expect((await runCli(['code', 'check', '233704000100001', '--city', '枣庄'])).code).toBe(0);
    expect((await runCli(['code', 'check', '233704000100001', '--city=01'])).code).toBe(1);
  });

  it('prints one JSON object per value and a summary with --json', async () => {
    const r = await runCli(['code', 'check', '--json', '-'], { stdin: '233704000100001\n233704000000001\n' });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ line: 1, value: '233704000100001', ok: true, issues: [] });
    expect(lines[1]).toMatchObject({ line: 2, ok: false, issues: [{ code: 'certificate_code_institution_serial', clause: 'certificate.code' }] });
    expect(lines[2]).toEqual({ summary: { what: 'certificate codes', checked: 2, valid: 1, invalid: 1 } });
    expect(r.code).toBe(1);
  });

  const usage: { name: string; argv: string[]; message: RegExp }[] = [
    { name: 'no command', argv: [], message: /Usage:/ },
    { name: 'unknown command', argv: ['cert', 'check'], message: /unknown command: cert check/ },
    { name: 'unknown option', argv: ['code', 'check', '--verbose'], message: /unknown option --verbose/ },
    { name: 'option without its value', argv: ['code', 'check', '--city'], message: /--city needs a value/ },
    { name: 'unknown city', argv: ['code', 'check', '--city', '莱芜', '233704000100001'], message: /not a Shandong city/ },
    { name: 'a value on a boolean flag', argv: ['code', 'check', '--json=yes'], message: /--json takes no value/ },
  ];
  it.each(usage)('exits 2 on a usage error: $name', async ({ argv, message }) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  const exact: { name: string; argv: string[]; message: string }[] = [
    { name: 'unknown option', argv: ['code', 'check', '--verbose'], message: 'unknown option --verbose' },
    { name: 'unknown option with a value', argv: ['code', 'check', '--verbose=1'], message: 'unknown option --verbose=1' },
    { name: 'a value flag at the end', argv: ['code', 'check', '--city'], message: '--city needs a value' },
    { name: 'a value flag followed by a flag', argv: ['code', 'check', '--city', '--json'], message: '--city needs a value' },
    { name: 'a value flag given = and a flag-like value', argv: ['code', 'check', '--city=--json'], message: '--city --json: not a Shandong city (give a code such as 04 or a name such as 枣庄)' },
    { name: 'a value on a boolean flag', argv: ['code', 'check', '--header=1'], message: '--header takes no value' },
    { name: 'unknown city', argv: ['code', 'check', '--city', '莱芜'], message: '--city 莱芜: not a Shandong city (give a code such as 04 or a name such as 枣庄)' },
    { name: 'an option of another command', argv: ['code', 'check', '--strict'], message: 'unknown option --strict' },
    { name: 'a city on id check', argv: ['id', 'check', '--city', '04'], message: 'unknown option --city' },
  ];
  it.each(exact)('names the fault exactly: $name', async ({ argv, message }) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: `sva-rules: ${message}\nRun 'sva-rules --help' for usage.\n` });
  });

  it('reads everything after -- as values, and - or a single dash as a value', async () => {
    const r = await runCli(['code', 'check', '--', '--json', '233704000100001']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '✗ "--json"\n' +
        '    certificate_code_characters [certificate.code]: 证书编号“--json”含有数字以外的字符，只能由阿拉伯数字0至9组成 | The certificate code "--json" may contain only the digits 0 to 9\n' +
        '    certificate_code_length [certificate.code]: 证书编号应为15位，实为6位 | The certificate code must have 15 digits; it has 6\n' +
        'certificate codes: 2 checked, 1 valid, 1 invalid (证书编码：共 2 条，有效 1 条，无效 1 条)\n',
    );
    const dash = await runCli(['code', 'check', '-x']);
    expect(dash.stdout).toContain('✗ "-x"\n');
  });

  it('reads arguments and standard input in their order, numbering only the lines read', async () => {
    const r = await runCli(['code', 'check', '--json', '233704000100001', '-', '233704000100002'], { stdin: 'x\n233704000100003\n' });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { line: 0, value: '233704000100001', ok: true, issues: [] },
      { line: 1, value: 'x', ok: false, issues: expect.any(Array) },
      { line: 2, value: '233704000100003', ok: true, issues: [] },
      { line: 0, value: '233704000100002', ok: true, issues: [] },
      { summary: { what: 'certificate codes', checked: 4, valid: 3, invalid: 1 } },
    ]);
    expect(r.code).toBe(1);
  });

  it('with no value and a terminal for input, asks for values', async () => {
    const tty = Object.assign(Readable.from(['233704000100001\n']), { isTTY: true });
    expect(await runCli(['code', 'check'], { stdin: tty })).toEqual({
      code: 2,
      stdout: '',
      stderr: "sva-rules: no values given: pass them as arguments, or pipe them in (one per line)\nRun 'sva-rules --help' for usage.\n",
    });
    const pipe = Object.assign(Readable.from(['233704000100001\n']), { isTTY: false });
    expect((await runCli(['code', 'check'], { stdin: pipe })).stdout).toBe('certificate codes: 1 checked, 1 valid, 0 invalid (证书编码：共 1 条，有效 1 条，无效 0 条)\n');
  });

  it('skips the header of standard input read with -', async () => {
    const r = await runCli(['code', 'check', '--header', '-'], { stdin: '证书编号\n233704000100001\n' });
    expect(r).toEqual({ code: 0, stdout: 'certificate codes: 1 checked, 1 valid, 0 invalid (证书编码：共 1 条，有效 1 条，无效 0 条)\n', stderr: '' });
  });

  it('checks the city given by code', async () => {
    expect((await runCli(['code', 'check', '233704000100001', '--city', '04'])).code).toBe(0);
    const other = await runCli(['code', 'check', '--json', '233704000100001', '--city', '01']);
    expect(JSON.parse(other.stdout.split('\n')[0] as string)).toMatchObject({ ok: false, issues: [{ code: 'certificate_code_city_mismatch' }] });
  });

  it('exits 2 with a clear message when the input cannot be read', async () => {
    const broken = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }));
      },
    });
    const r = await runCli(['code', 'check', '-'], { stdin: broken });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the input: EISDIR');
  });

  it('prints help with --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sva-rules code check [CODE...|-]');
  });
});

describe('valueOfLine', () => {
  const cases = [
    { line: '233704000100001', first: false, expected: '233704000100001' },
    { line: '233704000100001\r', first: false, expected: '233704000100001' },
    { line: '\ufeff233704000100001', first: true, expected: '233704000100001' },
    { line: '\ufeff233704000100001', first: false, expected: '\ufeff233704000100001' },
    { line: '233704000100001,张三,80', first: false, expected: '233704000100001' },
    { line: '"2337,04",x', first: false, expected: '2337,04' },
    { line: '"a""b",x', first: false, expected: 'a"b' },
    { line: '"unbalanced', first: false, expected: '"unbalanced' },
    { line: '', first: false, expected: undefined },
    { line: '\r', first: false, expected: undefined },
    { line: ',x', first: false, expected: '' },
  ];
  it.each(cases)('$line → $expected', ({ line, first, expected }) => expect(valueOfLine(line, first)).toBe(expected));
});
