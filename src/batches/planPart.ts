import { isoOfDayNumber, zhDateOfDayNumber } from '../core/dates.js';
import { zhDate } from '../core/zhDate.js';
import { valueOrIssues } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { planFiling } from '../calendar/planFilingDeadline.js';
import type { PlanFiling } from '../calendar/planFilingDeadline.js';
import type { BatchContext } from './context.js';
import { BATCH_BOUND_MESSAGES, BATCH_MESSAGES } from './messages.js';
import { readDate, readSection } from '../core/evidence.js';
import { checkComplete } from './evidence.js';
import { PLAN_FIELDS } from './vocabulary.js';

/**
 * 四2(3): the plan filed after the announcement (`published`, 四2(1)) and by the 5th working day
 * before the exam (`'deadline'` reading) or within the 5 working days before it (`'window'`
 * reading) (`plan.deadline`), its contents (`plan.contents`), and its review before the exam's
 * first day (`plan.review`). @internal
 */
export function checkPlan(batch: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[], published?: number): void {
  const plan = readSection(batch.plan, ['plan'], 'plan.deadline', issues);
  const filed = plan === undefined ? undefined : readDate(plan.filedOn, ['plan', 'filedOn'], 'plan.deadline', issues);
  if (filed !== undefined && published !== undefined && filed < published) {
    const [expected, received] = [isoOfDayNumber(published), isoOfDayNumber(filed)];
    issues.push(
      issueFrom(BATCH_MESSAGES, 'plan_filed_before_announcement', 'plan.deadline', {
        path: ['plan', 'filedOn'],
        expected,
        received,
        params: { expectedZh: zhDate(expected), receivedZh: zhDate(received) },
      }),
    );
  }
  const { start } = ctx;
  const filing = start === undefined ? undefined : valueOrIssues(issues, () => planFiling(start, filed, ctx.options, ['exam', 'startDate']));
  // Nothing to compare when the filing day or the exam's first day is missing or unreadable, or
  // when the calendar's issue is reported.
  if (filing !== undefined && filed !== undefined && start !== undefined) {
    if (filing.days === undefined) boundIssues(filing, filed, start, ctx, issues);
    else dayIssues(filing.days, filed, ctx, issues);
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

// The filing compared with the days it may be filed on, when the calendar decides them.
function dayIssues([first, deadline]: readonly [number | undefined, number], filed: number, ctx: BatchContext, issues: RuleIssue[]): void {
  if (first !== undefined && (filed < first || filed > deadline)) {
    issues.push(
      issueFrom(BATCH_MESSAGES, 'plan_filed_outside_window', 'plan.deadline', {
        path: ['plan', 'filedOn'],
        expected: `${isoOfDayNumber(first)}/${isoOfDayNumber(deadline)}`,
        received: isoOfDayNumber(filed),
        params: {
          days: ctx.policy.planFilingWorkingDays,
          first: zhDateOfDayNumber(first),
          last: zhDateOfDayNumber(deadline),
          filed: zhDateOfDayNumber(filed),
          from: isoOfDayNumber(first),
          to: isoOfDayNumber(deadline),
        },
      }),
    );
  } else if (filed > deadline) {
    issues.push(
      issueFrom(BATCH_MESSAGES, 'plan_filed_late', 'plan.deadline', {
        path: ['plan', 'filedOn'],
        expected: isoOfDayNumber(deadline),
        received: isoOfDayNumber(filed),
        params: { days: ctx.policy.planFilingWorkingDays },
      }),
    );
  }
}

// The filing of an exam past the calendar, decided by the days it covers as a bound (planFiling):
// late (at most `late` working days left, or under 'window' filed on or after the exam's first
// day) or, under 'window', too early (at least `early` working days left).
function boundIssues({ late, early }: PlanFiling, filed: number, start: number, ctx: BatchContext, issues: RuleIssue[]): void {
  if (late === undefined && early === undefined) return;
  const [whyZh, whyEn] =
    early === undefined ? ['，不在考试开始之前', ', not before the exam'] : [`，距考试开始已有至少${early}个工作日`, `, at least ${early} working days before it`];
  issues.push(
    issueFrom(BATCH_BOUND_MESSAGES, ctx.policy.planFilingReading === 'window' ? 'plan_filed_outside_window' : 'plan_filed_late', 'plan.deadline', {
      path: ['plan', 'filedOn'],
      received: isoOfDayNumber(filed),
      params: {
        days: ctx.policy.planFilingWorkingDays,
        most: late ?? 0,
        start: isoOfDayNumber(start),
        startZh: zhDateOfDayNumber(start),
        filedZh: zhDateOfDayNumber(filed),
        whyZh,
        whyEn,
      },
    }),
  );
}
