import { dayNumberOrUndefined, isoOfDayNumber } from '../core/dates.js';
import { isSvaError } from '../core/errors.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { planFilingDeadline } from '../calendar/planFilingDeadline.js';
import type { BatchContext } from './context.js';
import { BATCH_MESSAGES } from './messages.js';
import { checkComplete, readDate, readSection } from './read.js';
import { PLAN_FIELDS } from './vocabulary.js';

/** The filing deadline as a day number; a calendar or policy failure becomes issues. */
function deadlineOf(ctx: BatchContext, startIso: string, issues: RuleIssue[]): number | undefined {
  try {
    return dayNumberOrUndefined(planFilingDeadline(startIso, ctx.options));
  } catch (error) {
    if (!isSvaError(error)) throw error;
    // planFilingDeadline names its parameter examStart: point at the batch's field instead.
    issues.push(...error.issues.map((i) => (i.code === 'calendar_out_of_range' ? { ...i, path: ['exam', 'startDate'] } : i)));
    return undefined;
  }
}

/**
 * 四2(3): the plan filed by the 5th working day before the exam (`plan.deadline`), its contents
 * (`plan.contents`), and its review before the exam's first day (`plan.review`). @internal
 */
export function checkPlan(batch: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[]): void {
  const plan = readSection(batch.plan, ['plan'], 'plan.deadline', issues);
  const filed = plan === undefined ? undefined : readDate(plan.filedOn, ['plan', 'filedOn'], 'plan.deadline', issues);
  const deadline = ctx.startIso === undefined ? undefined : deadlineOf(ctx, ctx.startIso, issues);
  if (filed !== undefined && deadline !== undefined && filed > deadline) {
    issues.push(
      issueFrom(BATCH_MESSAGES, 'plan_filed_late', 'plan.deadline', {
        path: ['plan', 'filedOn'],
        expected: isoOfDayNumber(deadline),
        received: isoOfDayNumber(filed),
        params: { days: ctx.policy.planFilingWorkingDays },
      }),
    );
  }
  if (plan === undefined) return;
  checkComplete(plan.contents, ['plan', 'contents'], 'plan.contents', PLAN_FIELDS, 'plan_field_lacking', issues);

  const approved = readDate(plan.approvedOn, ['plan', 'approvedOn'], 'plan.review', issues);
  if (approved === undefined) return;
  // 审核后实施: approved before the exam's first day; approval on that day itself is too late.
  if (ctx.start !== undefined && approved >= ctx.start) {
    issues.push(
      issueFrom(BATCH_MESSAGES, 'plan_approved_late', 'plan.review', {
        path: ['plan', 'approvedOn'],
        expected: isoOfDayNumber(ctx.start),
        received: isoOfDayNumber(approved),
      }),
    );
  }
  if (filed !== undefined && approved < filed) {
    issues.push(
      issueFrom(BATCH_MESSAGES, 'plan_approved_before_filed', 'plan.review', {
        path: ['plan', 'approvedOn'],
        expected: isoOfDayNumber(filed),
        received: isoOfDayNumber(approved),
      }),
    );
  }
}
