// The types of the audit report: the contract shared by the audit (issue 13) and its rendering
// (issue 16 §4), kept verbatim by both.
import type { ArchiveDocument } from '../archive/documents.js';
import type { AssessmentBatch, Certificate, Registration } from '../batches/types.js';
import type { Violation } from '../supervision/checkSupervision.js';
import type { ClauseId } from '../core/clauses.js';
import type { IsoDate } from '../core/dates.js';
import type { RuleIssue } from '../core/issues.js';

/** One violation of 六(四) in the report: derived from the records, or found by the bureau. */
export interface AuditViolation {
  /** The kind: one of the five named (`outside_item_list`, `lowered_standard`, `certificate_without_assessment`, `false_advertising`, `disrupting_order`) or, for a finding, another text (等). */
  readonly violation: string;
  readonly source: 'derived' | 'finding';
  /** Where it was found, e.g. `['certificates', 2]` or `['findings', 0]`. */
  readonly path?: readonly (string | number)[];
  readonly clause: ClauseId;
}

/** Which batch the report is about, as the input gives it (absent fields stay absent). */
export interface AuditBatchIdentity {
  /** The institution's name (from the certificates' `institution`, when all agree). */
  readonly institution?: string;
  readonly institutionCode?: string;
  readonly item?: string;
  /** The district's code (370402 …) as given. */
  readonly district?: string;
}

/** The steps of 四2, in order. */
export type AuditStep = 'announcement' | 'registration' | 'plan' | 'exam' | 'results_publicity' | 'certificates';

/** One step of 四2 on the batch's timeline: its dates as read, the clause that orders it, and whether it held. */
export interface AuditTimelineStep {
  readonly step: AuditStep;
  /** First day (the only day for a one-day step); absent when the input gives no date. */
  readonly from?: IsoDate;
  /** Last day, for a step that lasts (registration: last registration; exam; results publicity; certificates: last issued). */
  readonly to?: IsoDate;
  readonly clause: ClauseId;
  /** False when an error of that clause is in the report; a step with no date is ok: false only if that is an error. */
  readonly ok: boolean;
}

/** The audit of a batch: every clause checked, in the order of the policy. */
export interface AuditReport {
  readonly ok: boolean;
  readonly clauses: readonly AuditClause[];
  readonly errors: number;
  readonly warnings: number;
  readonly passRate?: { readonly candidates: number; readonly passed: number; readonly passRate: string };
  readonly batch: AuditBatchIdentity;
  readonly timeline: readonly AuditTimelineStep[];
  readonly violations: readonly AuditViolation[];
  /** 考核结果予以认可 (true) / 不予认可 (false): false when there is any violation. */
  readonly resultsRecognised: boolean;
}

/** One clause of the report: whether it held, and its issues. (unchanged) */
export interface AuditClause {
  readonly clause: ClauseId;
  readonly section: string;
  readonly title: string;
  readonly titleEn: string;
  readonly ok: boolean;
  readonly issues: readonly RuleIssue[];
}

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
