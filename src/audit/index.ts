/**
 * The audit of one assessment batch (`sva-rules/audit`): every check the policy asks of a batch
 * and what came of it (四2, 四1, 四2(7), 六), in one report by clause.
 * @module audit
 */
export { auditBatch } from './auditBatch.js';
export type { AuditBatchOptions } from './auditBatch.js';
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
} from './types.js';
export { renderAuditReport } from './renderAuditReport.js';
export type { RenderAuditReportOptions } from './renderAuditReport.js';
