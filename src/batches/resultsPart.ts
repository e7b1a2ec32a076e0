import { isoOfDayNumber } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { publicityPeriodDayIssues } from '../calendar/checkPublicityPeriod.js';
import type { BatchContext } from './context.js';
import { BATCH_MESSAGES, ISSUANCE_MESSAGES } from './messages.js';
import { readDate, readSection } from '../core/evidence.js';

type OrderCode = 'results_publicity_too_early' | 'certificates_uploaded_too_early' | 'certificates_approved_before_upload'
  | 'certificates_issued_before_approval' | 'certificates_issued_too_early';

/** Pushes `code` when `day` is not after `bound` (`strict`) or before it (not `strict`). */
function order(
  day: number | undefined,
  bound: number | undefined,
  strict: boolean,
  code: OrderCode,
  path: readonly string[],
  issues: RuleIssue[],
): void {
  if (day === undefined || bound === undefined || (strict ? day > bound : day >= bound)) return;
  const clause = code === 'results_publicity_too_early' ? 'results.publicity' : 'certificate.issuance';
  const details = { path, expected: isoOfDayNumber(bound), received: isoOfDayNumber(day) };
  issues.push(
    code === 'certificates_issued_too_early' ? issueFrom(ISSUANCE_MESSAGES, code, clause, details) : issueFrom(BATCH_MESSAGES, code, clause, details),
  );
}

/** The exam's last day: `endDate`, else `startDate`; `undefined` when it cannot be told. */
function lastExamDay(ctx: BatchContext, issues: RuleIssue[]): number | undefined {
  const endInput = ctx.exam?.endDate;
  if (endInput === undefined) return ctx.start;
  const end = readDate(endInput, ['exam', 'endDate'], 'exam.dates', issues);
  if (end === undefined) return undefined;
  if (ctx.start !== undefined && end < ctx.start) {
    issues.push(
      issueFrom(BATCH_MESSAGES, 'exam_end_before_start', 'exam.dates', {
        path: ['exam', 'endDate'],
        expected: isoOfDayNumber(ctx.start),
        received: isoOfDayNumber(end),
      }),
    );
    return undefined;
  }
  return end;
}

/**
 * 四2(5): the results publicity starts after the exam's last day and lasts 5 working days or more
 * (`results.publicity`). Returns its last day when the period is readable. @internal
 */
function checkPublicity(batch: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[]): number | undefined {
  const last = lastExamDay(ctx, issues);
  const publicity = readSection(batch.resultsPublicity, ['resultsPublicity'], 'results.publicity', issues);
  if (publicity === undefined) return undefined;
  const { start: startInput, end: endInput } = publicity;
  const start = readDate(startInput, ['resultsPublicity', 'start'], 'results.publicity', issues);
  const end = readDate(endInput, ['resultsPublicity', 'end'], 'results.publicity', issues);
  order(start, last, true, 'results_publicity_too_early', ['resultsPublicity', 'start'], issues);
  if (start === undefined || end === undefined) return undefined;
  issues.push(...publicityPeriodDayIssues('results', start, end, ctx.options, ['resultsPublicity']));
  return end >= start ? end : undefined;
}

/**
 * 四2(5), 四2(6): the publicity, then the results uploaded after its last day, reviewed on or after
 * the upload, and certificates issued on or after the review and after the publicity's last day
 * (`certificate.issuance`). @internal
 */
export function checkResults(batch: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[]): void {
  const publicityEnd = checkPublicity(batch, ctx, issues);
  const certificates = readSection(batch.certificates, ['certificates'], 'certificate.issuance', issues);
  if (certificates === undefined) return;
  const path = (field: string) => ['certificates', field];
  const uploaded = readDate(certificates.uploadedOn, path('uploadedOn'), 'certificate.issuance', issues);
  const approved = readDate(certificates.approvedOn, path('approvedOn'), 'certificate.issuance', issues);
  const issued = readDate(certificates.issuedOn, path('issuedOn'), 'certificate.issuance', issues);
  order(uploaded, publicityEnd, true, 'certificates_uploaded_too_early', path('uploadedOn'), issues);
  order(approved, uploaded, false, 'certificates_approved_before_upload', path('approvedOn'), issues);
  order(issued, approved, false, 'certificates_issued_before_approval', path('issuedOn'), issues);
  order(issued, publicityEnd, true, 'certificates_issued_too_early', path('issuedOn'), issues);
}
