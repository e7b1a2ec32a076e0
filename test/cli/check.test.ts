import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAssessmentBatch } from '../../src/schemas/validateAssessmentBatch.js';
import { validateCertificate } from '../../src/schemas/validateCertificate.js';
import { validateInstitutionApplication } from '../../src/schemas/validateInstitutionApplication.js';
import { runCli } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/check');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const jsonLines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; key: string; issues: { code: string }[] });
const byLine = (text: string) => jsonLines(text).map((r) => [r.line, r.key, r.issues.map((i) => i.code)]);

describe('sva-rules check certificate 证书登记表.csv --encoding gbk (a register saved by Excel)', () => {
  const files = { '证书登记表.csv': fixture('证书登记表.csv') };

  it('prints one line per certificate with an issue, the unknown columns once and the summary, exit 1', async () => {
    const r = await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'gbk'], { files });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf('：')))).toEqual(['第4行 253704000100003', '第5行 253704000100004', '第7行 253704000100002', '第8行 253704000100006', '第9行 253704000100007']);
    expect(lines[0]).toBe(
      '第4行 253704000100003：✗ 身份证号“3.70402E+17”已被电子表格软件转成科学计数法，原来的号码已经丢失；请把该列设为文本格式，重新录入后再导出〔附件4，cell_excel_number〕',
    );
    const below = validateCertificate({ score: '59.5' }).issues.find((i) => i.code === 'score_below_pass_mark');
    expect(lines[1]).toBe(`第5行 253704000100004：✗ ${below?.message}〔四1，score_below_pass_mark〕`);
    expect(lines[2]).toBe('第7行 253704000100002：✗ 证书编号253704000100002与第3行的证书重复〔附件3，certificate_code_repeated〕');
    expect(lines[3]).toMatch(/^第8行 253704000100006：✗ 身份证号码\d{17}[\dX]已在第2行取得“面点制作”的证书，同一项目不应重复发证〔附件4，certificate_holder_repeated〕$/);
    expect(r.stderr).toBe(
      [
        '未识别的列（已忽略）：第1列“序号”，第9列“备注”',
        '证书：共检查8条，通过3条，未通过5条；错误5个，警告0个',
        '问题分类：cell_excel_number 1，score_below_pass_mark 1，certificate_code_repeated 1，certificate_holder_repeated 1，certificate_code_year_mismatch 1',
        '',
      ].join('\n'),
    );
  });

  it('gives the same records and issues in JSON, in English, and whatever the chunks', async () => {
    const json = await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'gbk', '--json'], { files });
    expect(byLine(json.stdout)).toEqual([
      [4, '253704000100003', ['cell_excel_number']],
      [5, '253704000100004', ['score_below_pass_mark']],
      [7, '253704000100002', ['certificate_code_repeated']],
      [8, '253704000100006', ['certificate_holder_repeated']],
      [9, '253704000100007', ['certificate_code_year_mismatch']],
    ]);
    expect(JSON.parse(json.stderr.trim().split('\n').pop() as string)).toEqual({
      summary: { type: 'certificate', records: 8, passed: 3, failed: 5, errors: 5, warnings: 0, byCode: { cell_excel_number: 1, score_below_pass_mark: 1, certificate_code_repeated: 1, certificate_holder_repeated: 1, certificate_code_year_mismatch: 1 } },
    });
    for (const chunkSize of [1, 3, 64]) {
      expect((await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'gbk', '--json'], { files, chunkSize })).stdout).toBe(json.stdout);
    }
    const gb18030 = await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'GB18030', '--json'], { files });
    expect(gb18030.stdout).toBe(json.stdout);
    const en = await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'gbk', '--lang', 'en'], { files });
    expect(en.stdout.split('\n')[0]).toBe(
      'line 4 253704000100003: ✗ Resident ID number "3.70402E+17" was turned into a number in scientific notation by the spreadsheet, and its digits are lost: format the column as text, enter the numbers again and export [certificate.contents, cell_excel_number]',
    );
    expect(en.stderr).toContain('certificates: 8 records checked, 3 passed, 5 failed; 5 errors, 0 warnings\n');
  });

  it('read as UTF-8, refuses the header with a hint to add --encoding gbk (exit 2)', async () => {
    const r = await runCli(['check', 'certificate', '证书登记表.csv'], { files });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/no column of the header \(line 1\) names a field of certificate; the header is not UTF-8: .*add --encoding gbk/);
  });

  it('prints nothing on stdout with --quiet, the summary still on stderr', async () => {
    const r = await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'gbk', '--quiet'], { files });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('证书：共检查8条，通过3条，未通过5条');
  });

  it('checks every code against --institution', async () => {
    const r = await runCli(['check', 'certificate', '证书登记表.csv', '--encoding', 'gbk', '--institution', '37040002', '--json'], { files });
    expect(jsonLines(r.stdout).filter((l) => l.issues.some((i) => i.code === 'certificate_code_institution_mismatch'))).toHaveLength(8);
  });
});

describe('sva-rules check: other files and formats', () => {
  it('passes a clean UTF-8 register with a BOM and English headers: exit 0, nothing on stdout', async () => {
    const r = await runCli(['check', 'certificate', 'c.csv'], { files: { 'c.csv': fixture('certificates-utf8.csv') } });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '证书：共检查3条，通过3条，未通过0条；错误0个，警告0个\n' });
  });

  it('reads NDJSON: a broken line fails with its line number, the rest is checked', async () => {
    const r = await runCli(['check', 'certificate', 'c.ndjson', '--json'], { files: { 'c.ndjson': fixture('certificates.ndjson') } });
    expect(r.code).toBe(1);
    expect(byLine(r.stdout)).toEqual([
      [2, '253704000100002', ['score_below_pass_mark']],
      [3, '', ['record_invalid_json']],
      [5, '253704000100003', ['schema_invalid']],
    ]);
  });

  it('reads a JSON array, with the line each record starts on', async () => {
    const r = await runCli(['check', 'certificate', 'c.json', '--json'], { files: { 'c.json': fixture('certificates.json') } });
    expect(byLine(r.stdout)).toEqual([[20, '253704000100001', ['certificate_code_repeated']]]);
  });

  it.each([
    ['NDJSON', fixture('certificates.ndjson').toString(), 3],
    ['a JSON array', fixture('certificates.json').toString(), 1],
    ['CSV', fixture('certificates-utf8.csv').toString(), 0],
  ])('guesses %s on standard input from its first characters', async (_name, stdin, failed) => {
    const r = await runCli(['check', 'certificate', '--json'], { stdin });
    expect(jsonLines(r.stdout)).toHaveLength(failed);
    expect(r.code).toBe(failed === 0 ? 0 : 1);
    expect((await runCli(['check', 'certificate', '-', '--json'], { stdin })).stdout).toBe(r.stdout);
  });

  it('takes --format over the file name', async () => {
    const files = { 'register.txt': fixture('certificates-utf8.csv'), 'register.json': fixture('certificates-utf8.csv') };
    expect((await runCli(['check', 'certificate', 'register.txt'], { files })).code).toBe(0);
    expect((await runCli(['check', 'certificate', 'register.json', '--format', 'csv'], { files })).code).toBe(0);
    expect((await runCli(['check', 'certificate', 'register.json'], { files })).code).toBe(1);
  });

  it('checks registrations: an ID number twice, a candidate under 16, and more than --plan-count', async () => {
    const files = { 'r.csv': fixture('报名表.csv') };
    // Without --plan-count the capacity is not checked, and that is said once, on the first registration.
    const unchecked = await runCli(['check', 'registration', 'r.csv', '--json'], { files });
    expect(byLine(unchecked.stdout)).toEqual([
      [2, expect.stringMatching(/^\d{17}/), ['missing_field']],
      [4, expect.stringMatching(/^\d{17}/), ['registration_duplicate_id']],
      [5, expect.stringMatching(/^\d{17}/), ['candidate_under_age']],
    ]);
    expect(unchecked.code).toBe(1);
    const text = await runCli(['check', 'registration', 'r.csv'], { files });
    expect(text.stdout).toMatch(/^第2行 \d{17}[\dX]：✗ .*〔四2\(2\)，missing_field〕$/m);
    const r = await runCli(['check', 'registration', 'r.csv', '--plan-count', '2'], { files });
    expect(r.stdout).not.toContain('missing_field');
    expect(r.stdout).toMatch(/^第4行 \d{17}[\dX]：✗ 身份证号码与第1条报名信息重复〔四2\(2\)，registration_duplicate_id〕；✗ .*〔四2\(2\)，registration_over_capacity〕$/m);
    expect(r.stderr).toContain('registration_over_capacity 2');
  });

  it('checks allocation rows over the whole file', async () => {
    const r = await runCli(['check', 'assignment', 'a.csv', '--json'], { files: { 'a.csv': fixture('assignments.csv') } });
    expect(byLine(r.stdout)).toEqual([
      [3, '枣庄市另一培训学校 面点制作 薛城区', ['allocation_district_taken']],
      [5, '枣庄市薛城区示例职业培训学校 茶艺 薛城区', ['allocation_items_exceeded']],
    ]);
  });

  it('checks archive records and candidates', async () => {
    const archive = await runCli(['check', 'archive-record', 'a.csv', '--json'], { files: { 'a.csv': fixture('archive-records.csv') } });
    expect(byLine(archive.stdout).map(([line, , codes]) => [line, codes])).toEqual([
      [4, ['schema_invalid_value']],
      [5, ['schema_invalid']],
    ]);
    const candidates = await runCli(['check', 'candidate', 'c.ndjson', '--json'], { files: { 'c.ndjson': fixture('candidates.ndjson') } });
    expect(byLine(candidates.stdout)).toEqual([[2, '', ['candidate_under_age']]]);
  });

  it("gives applications and batches their validate… function's issues", async () => {
    const applications = fixture('applications.ndjson').toString().trim().split('\n').map((l) => JSON.parse(l) as unknown);
    const a = await runCli(['check', 'institution-application', 'a.ndjson', '--json'], { files: { 'a.ndjson': fixture('applications.ndjson') } });
    expect(jsonLines(a.stdout).map((l) => [l.line, l.issues])).toEqual(
      applications.map((app, i) => [i + 1, validateInstitutionApplication(app).issues]).filter(([, issues]) => (issues as unknown[]).length > 0),
    );
    const batches = JSON.parse(fixture('batches.json').toString()) as unknown[];
    const b = await runCli(['check', 'assessment-batch', 'b.json', '--json'], { files: { 'b.json': fixture('batches.json') } });
    expect(jsonLines(b.stdout).flatMap((l) => l.issues)).toEqual(batches.flatMap((batch) => validateAssessmentBatch(batch).issues));
    expect(b.code).toBe(batches.some((batch) => !validateAssessmentBatch(batch).ok) ? 1 : 0);
  });
});

describe('sva-rules check through main.ts: a real file, read as bytes', () => {
  it('checks the GBK register from disk as a clerk types it', () => {
    const main = join(import.meta.dirname, '../../src/cli/main.ts');
    let code = 0;
    let stdout = '';
    try {
      stdout = execFileSync(process.execPath, ['--import', 'tsx', main, 'check', 'certificate', '证书登记表.csv', '--encoding', 'gbk', '--json'], {
        cwd: FIXTURES,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      ({ status: code, stdout } = error as { status: number; stdout: string });
    }
    expect(code).toBe(1);
    expect(byLine(stdout).map(([line]) => line)).toEqual([4, 5, 7, 8, 9]);
  });
});
