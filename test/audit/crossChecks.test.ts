// The linked audit (issue 13 §2, §5): each single broken link between the records of the
// by-the-book sample fails with exactly the expected clauses and derived violation, and nothing else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/index.js';
import type { AuditInput, AuditReport } from '../../src/index.js';
import { generateResidentIdNumber, sampleAudit } from '../../src/testing/index.js';
import { expectWellFormed } from '../helpers/expect.js';

type Loose = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const sample = (): Loose => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples/sample-batch.json'), 'utf8')) as Loose;
// Valid, and never among the sample's candidates.
const STRANGER = '370403199206186206';

const failing = (report: AuditReport) => report.clauses.filter((c) => !c.ok).map((c) => c.clause).sort();
const derived = (report: AuditReport) => report.violations.map((v) => `${v.violation}@${(v.path ?? []).join('.')}`);
const codes = (report: AuditReport) => report.clauses.flatMap((c) => c.issues).map((i) => `${i.code}@${(i.path ?? []).join('.')}`);

interface Case {
  readonly name: string;
  readonly change: (input: Loose) => void;
  readonly clauses: readonly string[];
  readonly violations: readonly string[];
  readonly codes: readonly string[];
}

const cases: Case[] = [
  {
    name: '1. a certificate for an ID number that never registered',
    change: (x) => void (x.certificates[0].idNumber = STRANGER),
    clauses: ['supervision.violations'],
    violations: ['certificate_without_assessment@certificates.0'],
    codes: ['certificate_not_registered@certificates.0.idNumber'],
  },
  {
    name: '1. a certificate for a registered candidate with no result',
    change: (x) => void x.results.splice(0, 1),
    clauses: ['supervision.violations'],
    violations: ['certificate_without_assessment@certificates.0'],
    codes: ['certificate_not_assessed@certificates.0.idNumber'],
  },
  {
    name: '2. a certificate for the candidate who scored 59.9',
    change: (x) => void x.certificates.push({ ...x.certificates[0], name: '刘洋', idNumber: x.registrations[2].idNumber, score: 59.9, code: '253704000100004' }),
    clauses: ['score.pass', 'supervision.violations'],
    violations: ['lowered_standard@certificates.3'],
    codes: ['score_below_pass_mark@certificates.3.score', 'certificate_result_below_pass@certificates.3.score', 'derived_lowered_standard@certificates.3.score'],
  },
  {
    name: '2. a certificate at 86.5 for a candidate whose result is 59.99',
    change: (x) => void (x.results[0].score = '59.99'),
    clauses: ['certificate.contents', 'score.pass', 'supervision.violations'],
    violations: ['lowered_standard@certificates.0'],
    codes: ['certificate_result_below_pass@certificates.0.score', 'certificate_score_mismatch@certificates.0.score', 'derived_lowered_standard@certificates.0.score'],
  },
  {
    name: '3. a certificate whose score is not the result (86 for 86.5)',
    change: (x) => void (x.certificates[0].score = 86),
    clauses: ['certificate.contents'],
    violations: [],
    codes: ['certificate_score_mismatch@certificates.0.score'],
  },
  {
    name: '4. a certificate for another approved item than the batch\'s',
    change: (x) => void (x.certificates[1].item = '剪纸'),
    clauses: ['batch.scope', 'supervision.violations'],
    violations: ['outside_item_list@certificates.1'],
    codes: ['certificate_item_not_batch@certificates.1.item', 'derived_outside_item_list@certificates.1.item'],
  },
  {
    name: '4. a batch whose own item lies outside the approved scope',
    change: (x) => {
      x.batch.item = '木雕';
      for (const c of x.certificates) c.item = '木雕';
    },
    clauses: ['batch.scope', 'supervision.violations'],
    violations: ['outside_item_list@batch.item'],
    codes: ['item_out_of_scope@batch.item', 'derived_outside_item_list@batch.item'],
  },
  {
    name: '5. two certificates with one code',
    change: (x) => void (x.certificates[1].code = x.certificates[0].code),
    clauses: ['certificate.code'],
    violations: [],
    codes: ['certificate_code_duplicate@certificates.1.code'],
  },
  {
    name: '5. the same ID number certified twice for the item',
    change: (x) => void x.certificates.push({ ...x.certificates[0], code: '253704000100004' }),
    clauses: ['certificate.contents'],
    violations: [],
    codes: ['certificate_id_duplicate@certificates.3.idNumber'],
  },
  {
    name: '6. a certificate code of another institution',
    change: (x) => void (x.certificates[2].code = '253704000200003'),
    clauses: ['certificate.code'],
    violations: [],
    codes: ['certificate_code_institution_mismatch@certificates.2.code.institutionCode'],
  },
  {
    name: '7. a certificate issued on the publicity\'s last day',
    change: (x) => void (x.certificates[2].issuedOn = '2025-10-21'),
    clauses: ['certificate.issuance'],
    violations: [],
    codes: ['certificates_issued_too_early@certificates.2.issuedOn'],
  },
  {
    name: '8. a name other than the registered one',
    change: (x) => void (x.certificates[1].name = '李娟'),
    clauses: ['certificate.contents'],
    violations: [],
    codes: ['certificate_name_mismatch@certificates.1.name'],
  },
  {
    name: '9. a result for an ID number that never registered',
    change: (x) => void x.results.push({ idNumber: STRANGER, score: 70 }),
    clauses: ['registration.eligible'],
    violations: [],
    codes: ['result_not_registered@results.4.idNumber', 'results_over_registrations@results'],
  },
  {
    name: '10. more results than registered candidates (one result given twice)',
    change: (x) => void x.results.push({ ...x.results[2] }),
    clauses: ['registration.eligible'],
    violations: [],
    codes: ['result_duplicate_id@results.4.idNumber', 'results_over_registrations@results'],
  },
  {
    name: '四2: a registration before the announcement',
    change: (x) => void (x.registrations[0].registeredOn = '2025-09-09'),
    clauses: ['registration.eligible'],
    violations: [],
    codes: ['registration_before_announcement@registrations.0.registeredOn'],
  },
  {
    name: '四2: a registration on the exam\'s first day',
    change: (x) => void (x.registrations[3].registeredOn = '2025-10-13'),
    clauses: ['registration.eligible'],
    violations: [],
    codes: ['registration_after_exam_start@registrations.3.registeredOn'],
  },
  {
    name: '三3(2): an institution and its codes of another city (济南, 01)',
    change: (x) => {
      x.batch.institutionCode = '37010001';
      for (const c of x.certificates) c.code = c.code.replace('253704', '253701');
    },
    clauses: ['certificate.code', 'selection.code'],
    violations: [],
    codes: ['institution_code_other_city@batch.institutionCode', ...[0, 1, 2].map((i) => `certificate_code_other_city@certificates.${i}.code`)],
  },
  {
    name: '四2: the plan filed before the announcement',
    change: (x) => void (x.batch.plan.filedOn = '2025-09-09'),
    clauses: ['plan.deadline'],
    violations: [],
    codes: ['plan_filed_before_announcement@batch.plan.filedOn'],
  },
  {
    name: '四2: no day of publication for the announcement',
    change: (x) => void delete x.batch.announcement.publishedOn,
    clauses: ['announcement.contents'],
    violations: [],
    codes: ['missing_field@batch.announcement.publishedOn'],
  },
];

describe('auditBatch: the records linked by ID number', () => {
  it('holds every clause of the by-the-book sample, with no violation', () => {
    const report = auditBatch(sample() as AuditInput);
    expect([report.ok, report.errors, report.warnings, report.resultsRecognised, report.violations]).toEqual([true, 0, 0, true, []]);
  });

  it.each(cases)('$name', ({ change, clauses, violations, codes: expected }) => {
    const input = sample();
    change(input);
    const report = auditBatch(input as AuditInput);
    expect(failing(report)).toEqual([...clauses].sort());
    expect(derived(report)).toEqual(violations);
    expect(codes(report)).toEqual(expected);
    expect(report.resultsRecognised).toBe(violations.length === 0);
    for (const c of report.clauses) expectWellFormed(c.issues);
  });

  it.each([
    ['86.50 for 86.5', '86.50'],
    ['86.5000 for 86.5', '86.5000'],
    ['a name with spaces around it', ' 张伟 '],
  ])('compares exactly, as decimals and after NFKC and trimming: %s', (_, value) => {
    const input = sample();
    if (value.trim() === '张伟') input.certificates[0].name = value;
    else input.certificates[0].score = value;
    expect(auditBatch(input as AuditInput).ok).toBe(true);
  });

  it('links an ID number typed with white space around it, or with a lower-case x, to the same candidate', () => {
    const input = sample();
    input.results[0].idNumber = ` ${input.results[0].idNumber}\u3000`;
    expect(auditBatch(input as AuditInput).ok).toBe(true);
    const x = sampleAudit({ candidates: 40 }) as unknown as Loose;
    const withX = x.certificates.findIndex((c: Loose) => c.idNumber.endsWith('X'));
    expect(withX).toBeGreaterThanOrEqual(0);
    x.certificates[withX].idNumber = x.certificates[withX].idNumber.replace(/X$/, 'x');
    expect(failing(auditBatch(x as AuditInput))).toEqual([]);
  });

  it('writes the findings as a clerk reads them', () => {
    const input = sample();
    input.certificates.push({ ...input.certificates[0], name: '刘洋', idNumber: input.registrations[2].idNumber, score: 59.9, code: '253704000100004' });
    input.registrations[0].registeredOn = '2025-09-09';
    const messages = auditBatch(input as AuditInput).clauses.flatMap((c) => c.issues).map((i) => i.message);
    expect(messages).toEqual([
      '成绩59.9分，低于合格线60分',
      '第4张证书的持证人考核成绩为59.9分，低于合格分数60分，不应发证',
      '第1条报名日期为2025年9月9日，早于公告发布日期2025年9月10日',
      '第4张证书发给考核不合格的人员，属降低考核标准发证，考核结果不予认可',
    ]);
  });
});

describe('sampleAudit and one broken link (fast-check)', () => {
  it('passes for any size from 1 to 500 candidates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (candidates) => {
        const report = auditBatch(sampleAudit({ candidates }));
        expect([report.ok, report.errors, report.warnings, report.resultsRecognised]).toEqual([true, 0, 0, true]);
      }),
      { numRuns: 25 },
    );
  });

  const breaks: { name: string; clauses: readonly string[]; apply: (x: Loose, k: number) => void }[] = [
    { name: 'unregistered', clauses: ['supervision.violations'], apply: (x, k) => void (x.certificates[k].idNumber = generateResidentIdNumber({ birthDate: '2001-01-01', seed: k })) },
    { name: 'score', clauses: ['certificate.contents'], apply: (x, k) => void (x.certificates[k].score = Number(x.certificates[k].score) === 100 ? 99 : 100) },
    { name: 'item', clauses: ['batch.scope', 'supervision.violations'], apply: (x, k) => void (x.certificates[k].item = '木雕') },
    { name: 'name', clauses: ['certificate.contents'], apply: (x, k) => void (x.certificates[k].name = '某某某') },
    { name: 'issued early', clauses: ['certificate.issuance'], apply: (x, k) => void (x.certificates[k].issuedOn = '2025-10-20') },
    {
      name: 'lowered',
      clauses: ['score.pass', 'supervision.violations'],
      apply: (x, k) => {
        const result = x.results.find((r: Loose) => r.idNumber === x.certificates[k].idNumber);
        result.score = 59.5;
        x.certificates[k].score = '59.50';
      },
    },
    {
      name: 'code reused',
      clauses: ['certificate.code'],
      apply: (x, k) => void (x.certificates[k].code = x.certificates[(k + 1) % x.certificates.length].code),
    },
  ];

  it('breaking one random link yields exactly one failing clause family', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.nat(), fc.constantFrom(...breaks), (candidates, pick, broken) => {
        const input = sampleAudit({ candidates }) as unknown as Loose;
        const k = pick % input.certificates.length;
        if (broken.name === 'code reused' && input.certificates.length < 2) return;
        broken.apply(input, k);
        const report = auditBatch(input as AuditInput);
        expect(failing(report)).toEqual([...broken.clauses].sort());
      }),
      { numRuns: 60 },
    );
  });
});
