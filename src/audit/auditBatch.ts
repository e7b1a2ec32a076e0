import { checkArchive } from '../archive/checkArchive.js';
import type { ArchiveDocument } from '../archive/documents.js';
import { checkBatch } from '../batches/checkBatch.js';
import { certificateContext, certificateResult } from '../batches/checkCertificate.js';
import type { CertificateContext } from '../batches/checkCertificate.js';
import { registrationsResult } from '../batches/checkRegistrations.js';
import type { AssessmentBatch } from '../batches/types.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import { nameKey } from '../core/districts.js';
import { labelIssues, underPath } from '../core/evidence.js';
import { fieldLabels, joinFields, prefixFields } from '../core/labels.js';
import { ASSESSMENT_BATCH_FIELDS, CERTIFICATE_FIELDS, REGISTRATIONS_FIELDS } from '../batches/labels.js';
import { asSvaError, guardCheck, isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import type { ScoreScale } from '../scoring/exact.js';
import { resultsSummary } from '../scoring/summarizeResults.js';
import { checkSupervision } from '../supervision/checkSupervision.js';
import type { Violation } from '../supervision/checkSupervision.js';
import { clauseReport, missingListIssues } from './clauseReport.js';
import { crossCheckCertificates } from './crossCheckCertificates.js';
import type { BatchItems } from './crossCheckCertificates.js';
import { findingViolations } from './findingViolations.js';
import { linkRecords } from './linkRecords.js';
import { AUDIT_MESSAGES } from './messages.js';
import { registrationOrderIssues } from './registrationOrder.js';
import { batchIdentity, batchTimeline } from './reportParts.js';
import type { AuditInput, AuditReport, AuditViolation } from './types.js';

/** Options of {@link auditBatch}. */
export interface AuditBatchOptions {
  /** Default {@link ZAOZHUANG_2023}; passed to every check. */
  readonly policy?: Policy;
  /** Default {@link CHINA_MAINLAND_CALENDAR}; every working day is counted with it. */
  readonly calendar?: WorkdayCalendar;
}

type Loose = Record<string, unknown>;

function under(prefix: readonly (string | number)[], issues: readonly RuleIssue[], inputName: string): RuleIssue[] {
  // A check names its whole input (`batch`, `documents`, …); here that is the prefix itself.
  const own = issues.map((issue) => (issue.path?.[0] === inputName ? { ...issue, path: issue.path.slice(1) } : issue));
  return labelIssues(underPath(own, prefix), AUDIT_FIELDS);
}

function policyOption(options: AuditBatchOptions): { policy?: Policy } {
  return options.policy === undefined ? {} : { policy: options.policy };
}

// Every number of the policy the audit and the checks it runs read.
// Written out, not spread from SCORE_POLICY: a spread at module level cannot be dropped by a
// bundler, and would put decimal.js into every bundle of the audit's subpath (renderAuditReport's).
const AUDIT_POLICY = [
  'fullMark',
  'passMark',
  'planFilingWorkingDays',
  'planFilingReading',
  'effectiveFrom',
  'resultsPublicityWorkingDays',
  'minQuestionSets',
  'generalLimits',
  'cityCode',
  'minCandidateAge',
] as const;

/** The score scale of the policy, or the `invalid_option` issues of an unusable policy. */
function scaleOf(options: AuditBatchOptions): ScoreScale | RuleIssue[] {
  try {
    return readPolicy(options, AUDIT_POLICY, 'score.pass');
  } catch (error) {
    return [...asSvaError(error, 'score.pass').issues];
  }
}

/** The batch's item and approved items, as the certificates are compared with them. */
function batchItems(batch: Loose): BatchItems {
  const scope = isRecord(batch.approvedScope) ? batch.approvedScope : {};
  const item = typeof batch.item === 'string' && batch.item.trim() !== '' ? batch.item : undefined;
  const approved = Array.isArray(scope.items) && scope.items.every((i) => typeof i === 'string') ? new Set((scope.items as string[]).map(nameKey)) : undefined;
  return { ...(item === undefined ? {} : { item: nameKey(item), itemName: item }), ...(approved === undefined ? {} : { approved }) };
}

/** checkBatch, and 在项目清单外考核 when the batch's own item lies outside the approved scope. */
function auditTheBatch(batch: unknown, options: AuditBatchOptions, issues: RuleIssue[], violations: AuditViolation[]): void {
  const own = under(['batch'], checkBatch(batch as AssessmentBatch, options).issues, 'batch');
  issues.push(...own);
  if (!own.some((i) => i.code === 'item_out_of_scope')) return;
  const path = ['batch', 'item'];
  const item = isRecord(batch) ? batch.item : undefined;
  issues.push(issueFrom(AUDIT_MESSAGES, 'derived_outside_item_list', 'supervision.violations', { path, received: item, params: { where: '本批次', whereEn: 'This batch' } }));
  violations.push({ violation: 'outside_item_list', source: 'derived', path, clause: 'supervision.violations' });
}

function auditCertificates(record: Loose, options: AuditBatchOptions, idChecked: readonly boolean[], issues: RuleIssue[]): void {
  const b = isRecord(record.batch) ? record.batch : {};
  const publicity = isRecord(b.resultsPublicity) ? b.resultsPublicity : {};
  const certificateOptions = {
    ...(typeof b.institutionCode === 'string' ? { institutionCode: b.institutionCode } : {}),
    ...(typeof publicity.end === 'string' ? { resultsPublicityEnd: publicity.end } : {}),
    ...policyOption(options),
  };
  // The options are read once for every certificate, as checkCertificate reads them for one: a
  // refused policy gives each certificate its issues, as a throwing getter gives its own.
  let context: CertificateContext | undefined;
  let refused: readonly RuleIssue[] = [];
  try {
    context = certificateContext(certificateOptions);
  } catch (error) {
    refused = asSvaError(error, 'certificate.contents').issues;
  }
  (record.certificates as readonly unknown[]).forEach((certificate, index) => {
    let own = refused;
    try {
      if (context !== undefined) own = certificateResult(certificate, context, idChecked[index] === true).issues;
    } catch (error) {
      own = asSvaError(error, 'certificate.contents').issues;
    }
    if (own.length > 0) issues.push(...under(['certificates', index], own, 'certificate'));
  });
}
// The fields of an audit file, for the messages of the issues placed under its keys.
const AUDIT_FIELDS = /* @__PURE__ */ joinFields(
  /* @__PURE__ */ fieldLabels({ batch: ['考核批次', 'assessment batch'], registrations: ['报名信息', 'registrations'], certificates: ['专项职业能力证书', 'certificates'] }),
  /* @__PURE__ */ prefixFields('batch.', ASSESSMENT_BATCH_FIELDS),
  /* @__PURE__ */ prefixFields('registrations', REGISTRATIONS_FIELDS),
  /* @__PURE__ */ prefixFields('certificates[].', CERTIFICATE_FIELDS),
);

/**
 * Audits one assessment batch and every record that came of it, linked by ID number: the batch
 * (checkBatch), its registrations (checkRegistrations, and the order of 四2), each result, each
 * certificate (checkCertificate) and the certificates against the registrations and the results,
 * the archive (checkArchive) and the bureau's findings (checkSupervision). The issues are grouped
 * by clause, in the policy's order, and the violations of 六(四) the records reveal are listed
 * beside the findings.
 *
 * Policy, 六(四): 「对在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规
 * 活动的，对其考核结果不予认可」; 四2: 「专项职业能力考核由考核机构在区（市）人力资源社会保障局评估同意的
 * 考核范围内组织实施」.
 *
 * The records are linked by ID number (trimmed, a final x upper-cased), indexed once: linear time.
 * - A certificate whose ID number never registered, or has no result: `supervision.violations`,
 *   derived violation `certificate_without_assessment`.
 * - A certificate whose holder's result is below the pass mark (exact decimals): `score.pass` and
 *   `supervision.violations`, derived `lowered_standard` (without a result, the certificate's own
 *   score decides).
 * - A certificate whose score is not the result on record (`'86.50'` equals `86.5`), the same ID
 *   number certified twice for one item, or a name other than the registered one (after NFKC and
 *   trimming): `certificate.contents`.
 * - A certificate for another item than the batch's, or outside `approvedScope.items`, and a batch
 *   whose own item lies outside the approved scope: `batch.scope` and `supervision.violations`,
 *   derived `outside_item_list`.
 * - Two certificates with one code, or a code of another institution or city: `certificate.code`;
 *   a certificate issued on or before the publicity's last day: `certificate.issuance`.
 * - A result for an ID number that never registered, an ID number given twice in the results, more
 *   results than registrations, a registration before the announcement or on or after the exam's
 *   first day: `registration.eligible`.
 *
 * An absent list is not an empty one: the clauses that need it are reported as not checked
 * (`checked: false`, `ok: false`, with a warning `audit_list_missing` naming the list), and the
 * report is then not `ok`. `resultsRecognised` is `false` when there is any violation, derived or
 * found, or when `supervision.violations` could not be checked. Pure; never throws.
 *
 * @param input - the batch and its records.
 * @param options - `policy`, `calendar`.
 * @returns the report: every clause checked, the violations, and whether the results stand.
 * @throws nothing: bad input becomes an issue.
 * @example
 * auditBatch(sampleAudit()).resultsRecognised // true
 * auditBatch({ ...sampleAudit(), results: [] }).violations.length // 3
 */
export function auditBatch(input: AuditInput, options: AuditBatchOptions = {}): AuditReport {
  try {
    return auditRecords(input, options);
  } catch (error) {
    // An input that cannot be read (a throwing getter, a revoked proxy) decides nothing.
    return { ...reportOf({}, asSvaError(error, 'batch.scope').issues, [], undefined), ok: false, resultsRecognised: false };
  }
}

function auditRecords(input: AuditInput, options: AuditBatchOptions): AuditReport {
  const record: Loose = isRecord(input) ? input : {};
  const scale = scaleOf(options);
  // An unusable policy is reported alone, as every check reports it: no rule runs without it.
  if (Array.isArray(scale)) return reportOf(record, scale, [], undefined);
  const issues: RuleIssue[] = [];
  const derived: AuditViolation[] = [];
  // The registrations whose ID number checkRegistrations found valid.
  const valid: boolean[] = [];
  auditTheBatch(record.batch, options, issues, derived);
  const registrations = Array.isArray(record.registrations) ? Array.from(record.registrations as readonly unknown[]) : undefined;
  if (record.registrations !== undefined) {
    const planCandidateCount = record.planCandidateCount as number | undefined;
    const registrationOptions = { ...(planCandidateCount === undefined ? {} : { planCandidateCount }), ...policyOption(options) };
    const result = guardCheck('registration.eligible', () => registrationsResult(record.registrations, registrationOptions, valid));
    // planCandidateCount is the audit input's own field, beside the registrations: its issues stay at the top.
    const count = result.issues.filter((i) => i.path?.[0] === 'planCandidateCount');
    issues.push(...under(['registrations'], result.issues.filter((i) => !count.includes(i)), 'registrations'), ...count);
    if (registrations !== undefined) issues.push(...registrationOrderIssues(registrations, record.batch));
  }
  const linked = linkRecords(registrations, record.results, scale, issues, valid);
  if (Array.isArray(record.certificates)) {
    // The cross-checks run first, to tell which certificates bear a registered ID number found
    // valid; their findings are listed after each certificate's own.
    const cross = crossCheckCertificates(Array.from(record.certificates as readonly unknown[]), linked, batchItems(isRecord(record.batch) ? record.batch : {}), scale);
    auditCertificates(record, options, cross.idChecked, issues);
    issues.push(...cross.issues);
    derived.push(...cross.violations);
  }
  if (record.archive !== undefined) {
    const archive = isRecord(record.archive) ? record.archive : {};
    issues.push(...under(['archive', 'documents'], checkArchive(archive.documents as readonly ArchiveDocument[]).issues, 'documents'));
  }
  if (record.findings !== undefined) {
    issues.push(...under(['findings'], checkSupervision(record.findings as readonly Violation[]).issues, 'findings'));
  }
  const absent = missingListIssues(record);
  issues.push(...absent);
  // summarizeResults on the scores read above, each once, exactly: counted as they were linked.
  const passRate = linked.scoresRead ? resultsSummary(linked.passed, (record.results as readonly unknown[]).length) : undefined;
  return reportOf(record, issues, derived, passRate, absent);
}

/** The report of the issues found: by clause, with the violations and the verdict. */
function reportOf(
  record: Loose,
  issues: readonly RuleIssue[],
  derived: readonly AuditViolation[],
  passRate: AuditReport['passRate'],
  absent: readonly RuleIssue[] = [],
): AuditReport {
  const { clauses, errors, allChecked } = clauseReport(issues, absent);
  const violations = [...derived, ...findingViolations(record.findings)];
  const supervision = clauses.find((c) => c.clause === 'supervision.violations');
  return {
    ok: errors === 0 && allChecked,
    clauses,
    errors,
    warnings: issues.length - errors,
    ...(passRate === undefined ? {} : { passRate }),
    batch: batchIdentity(record),
    timeline: batchTimeline(record, issues),
    violations,
    // An unusable option decides nothing: the results cannot be said to stand.
    resultsRecognised: violations.length === 0 && supervision?.ok === true && !issues.some((i) => i.code === 'invalid_option'),
  };
}
