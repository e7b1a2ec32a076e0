// Issue 16 §3: every issue code, raised by a real input through the public functions, reads as
// plain official Chinese (and plain English); so do the issues of random inputs.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES } from '../../src/cli/messages.js';
import { runCli } from '../cli/helpers.js';
import type { RuleIssue } from '../../src/core/issues.js';
import * as sva from '../../src/index.js';
import { BATCH_BOUND_MESSAGES } from '../../src/batches/messages.js';
import { CALENDAR_BOUND_MESSAGES } from '../../src/calendar/messages.js';
import * as schemas from '../../src/schemas/index.js';
import { faultsOfChinese, faultsOfEnglish } from './officialChinese.js';
import { BOUND_TRIGGERS, issuesOf, TRIGGERS } from './triggers.js';
import { sampleBatch as sampleBatchOf, sampleCertificate, sampleInstitutionApplication as sampleApp } from '../../src/testing/index.js';

function faultsOf(issue: RuleIssue): string[] {
  return [...faultsOfChinese(issue.message).map((f) => `zh: ${f}`), ...faultsOfEnglish(issue.messageEn).map((f) => `en: ${f}`)];
}

function expectReadable(issues: readonly RuleIssue[]): void {
  for (const issue of issues) expect(faultsOf(issue), `${issue.code}: ${issue.message} | ${issue.messageEn}`).toEqual([]);
}

describe('the rules of a Chinese message (issue 16 §2)', () => {
  it.each([
    ['缺少 legalPerson', ['a space next to Chinese', 'ASCII identifiers or words: legalPerson']],
    ['未填写{name}', ['a {placeholder} left', 'ASCII identifiers or words: name']],
    ['考试开始日期2027-01-05超出日历范围', ['an ISO date (write 2024年3月1日)']],
    ['证书编号第5–6位', ['a dash range (write 第5至6位)']],
    ['输入无效:考试', ['half-width punctuation next to Chinese']],
    ['应为以下之一：finance, archive', ['ASCII identifiers or words: finance, archive']],
    ['证书编号第5至6位“ab”不是山东省的市级代码', []],
    ['发证日期2024年3月1日早于审核通过日期2024年3月2日', []],
  ])('%s', (message, faults) => {
    expect(faultsOfChinese(message)).toEqual(faults);
  });
});

describe('every issue code raised by a real input (issue 16 §3)', () => {
  const codes = Object.keys(sva.ISSUE_CODES).filter((code) => !(code in CHECK_MESSAGES));

  it('has a triggering row for every code of ISSUE_CODES, and none for a code that does not exist', () => {
    expect(codes.filter((code) => !(code in TRIGGERS))).toEqual([]);
    expect(Object.keys(TRIGGERS).filter((code) => !codes.includes(code))).toEqual([]);
  });

  it.each(codes)('%s', (code) => {
    const trigger = TRIGGERS[code];
    expect(trigger, `no triggering row for ${code}`).toBeDefined();
    const issues = issuesOf(trigger as () => unknown);
    expect(issues.map((i) => i.code)).toContain(code);
    expectReadable(issues);
  });
});

describe('the bound wordings of a window past the calendar (CALENDAR_BOUND_MESSAGES, BATCH_BOUND_MESSAGES)', () => {
  it('has a row for every code of the bound tables', () => {
    const codes = [...Object.keys(CALENDAR_BOUND_MESSAGES), ...Object.keys(BATCH_BOUND_MESSAGES)];
    expect(codes.filter((code) => !BOUND_TRIGGERS.some(([c]) => c === code))).toEqual([]);
  });

  it.each(BOUND_TRIGGERS)('%s: %#', (code, run, words) => {
    const issues = issuesOf(run);
    const issue = issues.find((i) => i.code === code);
    expect(issue?.message, JSON.stringify(issues.map((i) => i.message))).toContain(words);
    expectReadable(issues);
  });
});

describe('the command line check\'s own codes, raised by a file given to `sva-rules check`', () => {
  const HEADER = 'name,idNumber,item,score,code,institution,issuedOn';
  const ROW = '张伟,370403199003150043,面点制作,86.5,253704000100001,枣庄市薛城区示例职业培训学校,2025-10-27';
  const RECORD = '{"name":"张伟","idNumber":"370403199003150043","item":"面点制作","score":86.5,"code":"253704000100001","institution":"枣庄市薛城区示例职业培训学校","issuedOn":"2025-10-27"}';
  const FILES: Readonly<Record<keyof typeof CHECK_MESSAGES, readonly [name: string, text: string]>> = {
    record_invalid_json: ['a.ndjson', `${RECORD}\n{"name": 张伟}\n`],
    record_truncated: ['a.json', `[${RECORD},\n{"name":"张伟","idNumber":`],
    csv_unclosed_quote: ['a.csv', `${HEADER}\n"张伟,370403199003150043\n`],
    csv_text_after_quote: ['a.csv', `${HEADER}\n"张伟"x,370403199003150043,面点制作,86.5,253704000100001,枣庄市薛城区示例职业培训学校,2025-10-27\n`],
    csv_row_too_long: ['a.csv', `${HEADER}\n"${'张'.repeat((1 << 20) + 1)}\n`],
    csv_extra_cells: ['a.csv', `${HEADER}\n${ROW},多余,多余\n`],
    cell_excel_number: ['a.csv', `${HEADER}\n${ROW.replace('370403199003150043', '3.70402E+17')}\n`],
    certificate_code_repeated: ['a.csv', `${HEADER}\n${ROW}\n${ROW.replace('370403199003150043', '370403199003153228')}\n`],
    certificate_holder_repeated: ['a.csv', `${HEADER}\n${ROW}\n${ROW.replace('253704000100001', '253704000100002')}\n`],
  };
  it.each(Object.keys(FILES) as (keyof typeof CHECK_MESSAGES)[])('%s', async (code) => {
    const [name, text] = FILES[code];
    const run = await runCli(['check', 'certificate', name, '--json'], { files: { [name]: text }, chunkSize: 1 << 16 });
    const issues = run.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => (JSON.parse(line) as { issues?: RuleIssue[] }).issues ?? []);
    expect(issues.map((i) => i.code), run.stdout + run.stderr).toContain(code);
    expectReadable(issues);
  });
});

describe('zod\'s messages do not follow zod\'s global configuration', () => {
  it('gives the same Chinese and English messages after z.config() with another locale', () => {
    const input = { ...sampleCertificate(), name: 7 };
    const before = schemas.validateCertificate(input);
    z.config(z.locales.fr());
    try {
      expect(schemas.validateCertificate(input)).toEqual(before);
    } finally {
      z.config(z.locales.en());
    }
    expectReadable(before.issues);
  });
});

describe('the issues of random inputs read as plain Chinese (fuzz)', () => {
  const anything = fc.anything({ withNullPrototype: false, maxDepth: 3 });
  const CHECKS: readonly [string, (value: unknown) => unknown][] = [
    ['checkInstitutionApplication', (v) => sva.checkInstitutionApplication(v as never)],
    ['checkBatch', (v) => sva.checkBatch(v as never)],
    ['checkCertificate', (v) => sva.checkCertificate(v as never)],
    ['checkRegistrations', (v) => sva.checkRegistrations(v as never)],
    ['checkQuestionBank', (v) => sva.checkQuestionBank(v as never)],
    ['checkAnnualSummary', (v) => sva.checkAnnualSummary(v as never, '2025-06-01')],
    ['checkAllocation', (v) => sva.checkAllocation(v as never)],
    ['checkCandidateEligibility', (v) => sva.checkCandidateEligibility(v as never)],
    ['checkPublicityPeriod', (v) => sva.checkPublicityPeriod(v as never)],
    ['checkArchive', (v) => sva.checkArchive(v as never)],
    ['checkSupervision', (v) => sva.checkSupervision(v as never)],
    ['checkScore', (v) => sva.checkScore(v)],
    ['parseCertificateCode', (v) => sva.parseCertificateCode(v)],
    ['parseResidentIdNumber', (v) => sva.parseResidentIdNumber(v)],
    ['parseUnifiedSocialCreditCode', (v) => sva.parseUnifiedSocialCreditCode(v)],
    ['createWorkdayCalendar', (v) => sva.createWorkdayCalendar(v as never)],
    ['isWorkingDay', (v) => sva.isWorkingDay(v as never)],
    ['computeScore', (v) => sva.computeScore(v as never)],
    ['validateInstitutionApplication', (v) => schemas.validateInstitutionApplication(v)],
    ['validateAssessmentBatch', (v) => schemas.validateAssessmentBatch(v)],
    ['validateCertificate', (v) => schemas.validateCertificate(v)],
  ];

  it.each(CHECKS)('%s', (_name, check) => {
    fc.assert(
      fc.property(anything, (value) => {
        expectReadable(issuesOf(() => check(value)));
      }),
      { numRuns: 150 },
    );
  });

  it('checkInstitutionApplication and checkBatch on samples with one field replaced', () => {
    const app = sampleFields(sva.LABELS.fields.institutionApplication);
    const batch = sampleFields(sva.LABELS.fields.assessmentBatch);
    fc.assert(
      fc.property(fc.constantFrom(...app), anything, (key, value) => {
        expectReadable(issuesOf(() => sva.checkInstitutionApplication({ ...sampleApp(), [key]: value } as never)));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...batch), anything, (key, value) => {
        expectReadable(issuesOf(() => sva.checkBatch({ ...sampleBatchOf(), [key]: value } as never)));
      }),
      { numRuns: 200 },
    );
  });
});

// The top-level keys of a field table.
function sampleFields(fields: Readonly<Record<string, unknown>>): string[] {
  return [...new Set(Object.keys(fields).map((k) => k.split(/[.[]/)[0] as string))];
}
