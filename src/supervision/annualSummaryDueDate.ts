import { daysInMonth, dayNumberOf, describe, isoOfDayNumber } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { SUPERVISION_MESSAGES } from './messages.js';

/** Options of {@link annualSummaryDueDate}. */
export interface AnnualSummaryDueDateOptions {
  /** Defaults to `ZAOZHUANG_2023` (`annualSummaryDue`: 31 December). */
  readonly policy?: Policy;
}

const CLAUSE = 'annual.summary';

/** Whether a value is a whole year an IsoDate can name. @internal */
export function isSummaryYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= 1 && year <= 9999;
}

/** The `annual_summary_year_invalid` issue. @internal */
export function summaryYearIssue(year: unknown, path: readonly (string | number)[]): RuleIssue {
  return issueFrom(SUPERVISION_MESSAGES, 'annual_summary_year_invalid', CLAUSE, { path, expected: '1–9999', received: describe(year) });
}

/**
 * The day number of the due date of `year`'s summary under the policy of `options`; throws
 * SvaError on a bad policy. `year` must already be valid. @internal
 */
export function summaryDueDayNumber(year: number, options: unknown): number {
  return dueDayNumberOf(year, readPolicy(options, ['annualSummaryDue'], CLAUSE).annualSummaryDue);
}

/** The day number of the due date of `year`'s summary for a checked `annualSummaryDue`. @internal */
export function dueDayNumberOf(year: number, { month, day }: Policy['annualSummaryDue']): number {
  // A due day past the month's end (30 February) is the month's last day.
  return dayNumberOf(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * The last day on which an institution may submit its summary of `year`: 31 December of that year
 * under `ZAOZHUANG_2023`.
 *
 * Policy, 六(四): 「要建立年度报告和评估、退出机制，考核机构每年12月向所在区（市）人力资源社会保障部门报送
 * 本机构当年工作总结」 (read as: due by the end of December, `policy.annualSummaryDue`).
 *
 * @param year - the year the summary covers, a whole number 1–9999.
 * @param options - `policy` (`annualSummaryDue`, a month and a day; a day past the month's end is
 *   its last day).
 * @returns the due date, as an IsoDate.
 * @throws {@link SvaError} `annual_summary_year_invalid` for a year that is not a whole number
 *   1–9999; `invalid_option` for a bad policy (an `annualSummaryDue` that is not a month 1–12
 *   and a day 1–31, path `['policy', 'annualSummaryDue']`).
 * @example
 * annualSummaryDueDate(2024) // '2024-12-31'
 * annualSummaryDueDate(2024, { policy: definePolicy({ annualSummaryDue: { month: 12, day: 20 } }) }) // '2024-12-20'
 */
export function annualSummaryDueDate(year: number, options?: AnnualSummaryDueDateOptions): IsoDate {
  return guardValue(CLAUSE, () => {
    if (!isSummaryYear(year)) throw new SvaError(summaryYearIssue(year, ['year']));
    return isoOfDayNumber(summaryDueDayNumber(year, options));
  });
}
