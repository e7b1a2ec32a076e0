import { checkArchive } from '../archive/checkArchive.js';
import type { ArchiveDocument } from '../archive/documents.js';
import { checkBatch } from '../batches/checkBatch.js';
import { checkCertificate } from '../batches/checkCertificate.js';
import { checkRegistrations } from '../batches/checkRegistrations.js';
import { labelIssues, underPath } from '../core/evidence.js';
import { fieldLabels, joinFields, prefixFields } from '../core/labels.js';
import { ASSESSMENT_BATCH_FIELDS, CERTIFICATE_FIELDS, REGISTRATIONS_FIELDS } from '../batches/labels.js';
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

/** What `sva-rules audit` reads: one batch and what came of it. Only `batch` is required. */
export interface AuditInput {
  readonly batch: AssessmentBatch;
  /** 考核人数 of the batch plan, for registration.eligible. */
  readonly planCandidateCount?: number;
  readonly registrations?: readonly Registration[];
  /** Every candidate's score, for the pass rate of the report. */
  readonly scores?: readonly (number | string)[];
  readonly certificates?: readonly Certificate[];
  readonly archive?: { readonly documents: readonly ArchiveDocument[] };
  /** Findings of the supervising bureau (六(四)). */
  readonly findings?: readonly Violation[];
}

/** One clause of the report: whether it held, and its issues. */
export interface AuditClause {
  readonly clause: ClauseId;
  readonly section: string;
  readonly title: string;
  readonly titleEn: string;
  readonly ok: boolean;
  readonly issues: readonly RuleIssue[];
}

/** The audit of a batch: every clause checked, in the order of the policy. */
export interface AuditReport {
  readonly ok: boolean;
  readonly clauses: readonly AuditClause[];
  readonly errors: number;
  readonly warnings: number;
  readonly passRate?: { readonly candidates: number; readonly passed: number; readonly passRate: string };
}

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
  return labelIssues(underPath(own, prefix), AUDIT_FIELDS);
}

// The fields of an audit file, for the messages of the issues placed under its keys.
const AUDIT_FIELDS = /* @__PURE__ */ joinFields(
  fieldLabels({ batch: ['考核批次', 'assessment batch'], registrations: ['报名信息', 'registrations'], certificates: ['专项职业能力证书', 'certificates'] }),
  prefixFields('batch.', ASSESSMENT_BATCH_FIELDS),
  prefixFields('registrations', REGISTRATIONS_FIELDS),
  prefixFields('certificates[].', CERTIFICATE_FIELDS),
);

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
  return {
    ok: errors === 0,
    clauses,
    errors,
    warnings: issues.length - errors,
    ...(passRate === undefined ? {} : { passRate }),
  };
}
