/**
 * sva-rules: the rules of the Zaozhuang pilot scheme for socialised special vocational ability
 * assessment (枣庄市专项职业能力考核社会化改革试点方案, 2023) as pure, typed functions.
 * @module sva-rules
 */
export * from './core/index.js';
export * from './codes/index.js';
export * from './archive/index.js';
export * from './supervision/index.js';
export * from './calendar/index.js';
export * from './identity/index.js';
export * from './institutions/index.js';
export * from './allocation/index.js';
export { ISSUE_CODES } from './issueCodes.js';
export { LABELS } from './labels.js';
export type { LabelledInput, Labels } from './labels.js';
export type { MessagePair } from './core/issues.js';
export * from './scoring/index.js';
export * from './question-bank/index.js';
export * from './batches/index.js';
// The audit, without its printable report (renderAuditReport: `sva-rules/audit` only, issue 16 §4),
// which would add 5.6 KB to the whole root entry's 64 KB.
export { auditBatch } from './audit/index.js';
export type {
  AuditBatchIdentity,
  AuditClause,
  AuditInput,
  AuditList,
  AuditReport,
  AuditResult,
  AuditStep,
  AuditTimelineStep,
  AuditViolation,
} from './audit/index.js';
export type { AuditBatchOptions } from './audit/index.js';
