// Audit reports for the tests of renderAuditReport: those auditBatch gives for the examples, and
// one built by hand with every field of the contract (violations of both sources, a failed step,
// a step without date, issues at paths inside lists).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditBatch } from '../../src/audit/index.js';
import type { AuditInput, AuditReport } from '../../src/audit/index.js';

export const readExample = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8')) as AuditInput;

/** The report of examples/sample-batch.json (by the book) and of examples/batch-with-problems.json. */
export const sampleReport = (): AuditReport => auditBatch(readExample('sample-batch.json'));
export const problemReport = (): AuditReport => auditBatch(readExample('batch-with-problems.json'));

/**
 * Every audit file of examples/ (a JSON object with a `batch`: the sample, the batch with
 * problems, and any abuse example added there), with its report, by file name.
 */
export function exampleReports(): { name: string; report: () => AuditReport }[] {
  return readdirSync(resolve(import.meta.dirname, '../../examples'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const input = readExample(f) as unknown;
      return typeof input === 'object' && input !== null && 'batch' in input ? [{ name: f.slice(0, -'.json'.length), report: () => auditBatch(input as AuditInput) }] : [];
    });
}

/** A report with every field, its clauses out of the policy's order, two violations, a failed step. */
export function handReport(): AuditReport {
  return {
    ok: false,
    errors: 2,
    warnings: 1,
    passRate: { candidates: 10, passed: 7, passRate: '70.00' },
    batch: { institution: '枣庄市某职业培训学校', institutionCode: '37040001', item: '面点制作', district: '370403' },
    violations: [
      { violation: 'certificate_without_assessment', source: 'derived', path: ['certificates', 2], clause: 'supervision.violations' },
      { violation: '冒用他人名义考核', source: 'finding', path: ['findings', 0], clause: 'supervision.violations' },
    ],
    resultsRecognised: false,
    timeline: [
      { step: 'announcement', clause: 'announcement.contents', ok: true },
      { step: 'registration', from: '2024-02-26', to: '2024-03-01', clause: 'registration.eligible', ok: true },
      { step: 'plan', from: '2024-03-05', clause: 'plan.deadline', ok: false },
      { step: 'exam', from: '2024-03-11', to: '2024-03-12', clause: 'exam.site', ok: true },
      { step: 'results_publicity', from: '2024-03-13', to: '2024-03-19', clause: 'results.publicity', ok: true },
      { step: 'certificates', from: '2024-03-25', clause: 'certificate.issuance', ok: true },
    ],
    clauses: [
      { clause: 'supervision.violations', section: '六(四)', title: '违规行为', titleEn: 'Violations', ok: false, issues: [
        { code: 'certificate_without_assessment', severity: 'error', clause: 'supervision.violations', message: '第3份证书无考核成绩即发证', messageEn: 'Certificate no. 3 was issued without an assessment', path: ['certificates', 2] },
      ] },
      { clause: 'plan.deadline', section: '四2(3)', title: '批次计划期限', titleEn: 'Batch plan deadline', ok: false, issues: [
        { code: 'plan_filed_late', severity: 'error', clause: 'plan.deadline', message: '考核计划编制晚于2024年3月4日', messageEn: 'The plan was filed after 4 March 2024', path: ['batch', 'plan', 'filedOn'] },
      ] },
      { clause: 'assessment.method', section: '四1', title: '考核方式', titleEn: 'Assessment method', ok: true, issues: [
        { code: 'theory_only', severity: 'warning', clause: 'assessment.method', message: '本批次仅考核理论知识', messageEn: 'Only theory is assessed', path: ['batch', 'exam', 'method'] },
      ] },
      { clause: 'certificate.code', section: '附件3', title: '证书编码规则', titleEn: 'Certificate code', ok: true, issues: [] },
    ],
  };
}
