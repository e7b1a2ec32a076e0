import { isoOfDayNumber } from '../core/dates.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import { readDate, readSection } from '../core/evidence.js';
import { effectiveDayOf, pushBeforeEffective } from '../core/effective.js';

/** What every step of {@link checkBatch} shares. @internal */
export interface BatchContext {
  /** The options passed on to the calendar functions. */
  readonly options: { readonly policy: Policy; readonly calendar?: WorkdayCalendar };
  readonly policy: Policy;
  /** The exam section; `undefined` when it is not an object. */
  readonly exam: Record<string, unknown> | undefined;
  /** The exam's first day (day number), when it is a real date. */
  readonly start: number | undefined;
  /** The same, as an IsoDate. */
  readonly startIso: string | undefined;
}

/**
 * Reads the exam section and its first day. Its issues (not an object, no start date, a bad
 * start date) cite `plan.deadline`, the first rule that counts from the exam's first day; a first
 * day before the scheme took effect (`policy.effectiveFrom`) is `before_policy_effective`, citing
 * `policy.effective`: the batch is outside the scheme.
 * @internal
 */
export function readExam(batch: Record<string, unknown>, policy: Policy, calendar: unknown, issues: RuleIssue[]): BatchContext {
  const options = calendar === undefined ? { policy } : { policy, calendar: calendar as WorkdayCalendar };
  const exam = readSection(batch.exam, ['exam'], 'plan.deadline', issues);
  const start = exam === undefined ? undefined : readDate(exam.startDate, ['exam', 'startDate'], 'plan.deadline', issues);
  pushBeforeEffective(start, effectiveDayOf(policy.effectiveFrom), ['exam', 'startDate'], ['考试开始日期', 'first day of the exam'], issues);
  return { options, policy, exam, start, startIso: start === undefined ? undefined : isoOfDayNumber(start) };
}
