/**
 * Supervision of assessment institutions (六(四), 四2(7)): the yearly summary, the evaluation at
 * least every 3 years, and the violations that void results.
 * @module supervision
 */
export { annualSummaryDueDate } from './annualSummaryDueDate.js';
export type { AnnualSummaryDueDateOptions } from './annualSummaryDueDate.js';
export { checkAnnualSummary } from './checkAnnualSummary.js';
export type { AnnualSummary, CheckAnnualSummaryOptions } from './checkAnnualSummary.js';
export { nextEvaluationDueDate } from './nextEvaluationDueDate.js';
export type { NextEvaluationDueDateOptions } from './nextEvaluationDueDate.js';
export { isEvaluationOverdue } from './isEvaluationOverdue.js';
export type { IsEvaluationOverdueOptions } from './isEvaluationOverdue.js';
export { checkSupervision, VIOLATIONS } from './checkSupervision.js';
export type { SupervisionResult, Violation } from './checkSupervision.js';
