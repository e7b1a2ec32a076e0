import { checkArchive } from '../archive/checkArchive.js';
import type { ArchiveDocument } from '../archive/documents.js';
import { checkBatch } from '../batches/checkBatch.js';
import { checkCertificate } from '../batches/checkCertificate.js';
import { checkRegistrations } from '../batches/checkRegistrations.js';
import { underPath } from '../core/evidence.js';
import type { AssessmentBatch, Certificate, Registration } from '../batches/types.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import { CLAUSES } from '../core/clauses.js';
import type { ClauseId } from '../core/clauses.js';
import { isRecord } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { summarizeResults } from '../scoring/summarizeResults.js';
import { checkSupervision } from '../supervision/checkSupervision.js';
import type { Violation } from '../supervision/checkSupervision.js';
import type { AuditBatchIdentity, AuditClause, AuditInput, AuditReport, AuditTimelineStep, AuditViolation } from './types.js';

export type { AuditClause, AuditInput, AuditReport } from './types.js';

// The clauses each check speaks to, so that a clause with no issue is reported as held.
const BATCH_CLAUSES: readonly ClauseId[] = [
  'batch.scope', 'announcement.contents', 'plan.deadline', 'plan.contents', 'plan.review', 'exam.site', 'exam.notices',
  'exam.video', 'assessment.method', 'bank.sets', 'bank.approval', 'results.publicity', 'certificate.issuance',
];
const REGISTRATION_CLAUSES: readonly ClauseId[] = ['registration.eligible'];
const CERTIFICATE_CLAUSES: readonly ClauseId[] = ['certificate.contents', 'certificate.code', 'score.pass'];
const ARCHIVE_CLAUSES: readonly ClauseId[] = ['archive.contents'];
const SUPERVISION_CLAUSES: readonly ClauseId[] = ['supervision.violations'];

function under(prefix: readonly (string | number)[], issues: readonly RuleIssue[], inputName: string): RuleIssue[] {
  // A check names its whole input (`batch`, `documents`, …); here that is the prefix itself.
  const own = issues.map((issue) => (issue.path?.[0] === inputName ? { ...issue, path: issue.path.slice(1) } : issue));
  return underPath(own, prefix);
}

/**
 * Runs every check on one batch: checkBatch, checkRegistrations, checkCertificate for each
 * certificate (with the batch's institution code and publicity end), checkArchive and
 * checkSupervision, and groups the issues by clause in the policy's order. Pure; never throws
 * (a malformed input is reported by the checks themselves).
 */
export function auditBatch(input: AuditInput, options: { policy?: Policy; calendar?: WorkdayCalendar } = {}): AuditReport {
  const checked = new Set<ClauseId>(BATCH_CLAUSES);
  const issues: RuleIssue[] = [];
  const record = isRecord(input) ? (input as unknown as Record<string, unknown>) : {};
  const batch = record.batch as AssessmentBatch;
  issues.push(...under(['batch'], checkBatch(batch, options).issues, 'batch'));
  if (record.registrations !== undefined) {
    REGISTRATION_CLAUSES.forEach((c) => checked.add(c));
    const planCandidateCount = record.planCandidateCount as number | undefined;
    const result = checkRegistrations(record.registrations as readonly Registration[], {
      ...(planCandidateCount === undefined ? {} : { planCandidateCount }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    });
    issues.push(...under(['registrations'], result.issues, 'registrations'));
  }
  if (Array.isArray(record.certificates)) {
    CERTIFICATE_CLAUSES.forEach((c) => checked.add(c));
    const b = isRecord(batch) ? (batch as unknown as Record<string, unknown>) : {};
    const publicity = isRecord(b.resultsPublicity) ? b.resultsPublicity : {};
    record.certificates.forEach((certificate: unknown, index: number) => {
      const result = checkCertificate(certificate as Certificate, {
        ...(typeof b.institutionCode === 'string' ? { institutionCode: b.institutionCode } : {}),
        ...(typeof publicity.end === 'string' ? { resultsPublicityEnd: publicity.end } : {}),
        ...(options.policy === undefined ? {} : { policy: options.policy }),
      });
      issues.push(...under(['certificates', index], result.issues, 'certificate'));
    });
  }
  if (record.archive !== undefined) {
    ARCHIVE_CLAUSES.forEach((c) => checked.add(c));
    const archive = isRecord(record.archive) ? record.archive : {};
    issues.push(...under(['archive', 'documents'], checkArchive(archive.documents as readonly ArchiveDocument[]).issues, 'documents'));
  }
  if (record.findings !== undefined) {
    SUPERVISION_CLAUSES.forEach((c) => checked.add(c));
    issues.push(...under(['findings'], checkSupervision(record.findings as readonly Violation[]).issues, 'findings'));
  }
  for (const issue of issues) checked.add(issue.clause);

  const clauses: AuditClause[] = [];
  for (const clause of Object.values(CLAUSES)) {
    if (!checked.has(clause.id)) continue;
    const own = issues.filter((i) => i.clause === clause.id);
    clauses.push({
      clause: clause.id,
      section: clause.section,
      title: clause.title,
      titleEn: clause.titleEn,
      ok: !own.some((i) => i.severity === 'error'),
      issues: own,
    });
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  let passRate: AuditReport['passRate'];
  if (Array.isArray(record.scores)) {
    try {
      passRate = summarizeResults(record.scores as readonly (number | string)[]);
    } catch {
      // an invalid score is the checks' business; the report then has no pass rate
    }
  }
  const violations = minimalViolations(record.findings);
  return {
    ok: errors === 0,
    clauses,
    errors,
    warnings: issues.length - errors,
    ...(passRate === undefined ? {} : { passRate }),
    batch: minimalIdentity(batch, record.certificates),
    timeline: minimalTimeline(batch, record.registrations, issues),
    violations,
    resultsRecognised: violations.length === 0,
  };
}

// A minimal filling of the report's batch, timeline and violations (the fields of the contract of
// src/audit/types.ts), so that the report can be rendered; the linked audit of issue 13 replaces it.
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function minimalIdentity(batch: unknown, certificates: unknown): AuditBatchIdentity {
  const b = isRecord(batch) ? batch : {};
  const names = Array.isArray(certificates) ? [...new Set(certificates.map((c: unknown) => (isRecord(c) ? text(c.institution) : undefined)))] : [];
  const institution = names.length === 1 ? names[0] : undefined;
  const identity: { -readonly [K in keyof AuditBatchIdentity]: AuditBatchIdentity[K] } = {};
  if (institution !== undefined) identity.institution = institution;
  const code = text(b.institutionCode);
  if (code !== undefined) identity.institutionCode = code;
  const item = text(b.item);
  if (item !== undefined) identity.item = item;
  const district = text(b.district);
  if (district !== undefined) identity.district = district;
  return identity;
}

function minimalTimeline(batch: unknown, registrations: unknown, issues: readonly RuleIssue[]): AuditTimelineStep[] {
  const b = isRecord(batch) ? batch : {};
  const at = (key: string, field: string) => (isRecord(b[key]) ? text(b[key][field]) : undefined);
  const days = Array.isArray(registrations) ? registrations.flatMap((r: unknown) => (isRecord(r) && text(r.registeredOn) !== undefined ? [r.registeredOn as string] : [])).sort() : [];
  const steps: [AuditTimelineStep['step'], ClauseId, string | undefined, string | undefined][] = [
    ['announcement', 'announcement.contents', undefined, undefined],
    ['registration', 'registration.eligible', days[0], days[days.length - 1]],
    ['plan', 'plan.deadline', at('plan', 'filedOn'), undefined],
    ['exam', 'exam.site', at('exam', 'startDate'), at('exam', 'endDate')],
    ['results_publicity', 'results.publicity', at('resultsPublicity', 'start'), at('resultsPublicity', 'end')],
    ['certificates', 'certificate.issuance', at('certificates', 'issuedOn'), undefined],
  ];
  return steps.map(([step, clause, from, to]) => ({
    step,
    clause,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined || to === from ? {} : { to }),
    ok: !issues.some((i) => i.clause === clause && i.severity === 'error'),
  }));
}

function minimalViolations(findings: unknown): AuditViolation[] {
  if (!Array.isArray(findings)) return [];
  return findings.flatMap((f: unknown, index) =>
    typeof f === 'string' ? [{ violation: f, source: 'finding' as const, path: ['findings', index], clause: 'supervision.violations' as const }] : [],
  );
}
