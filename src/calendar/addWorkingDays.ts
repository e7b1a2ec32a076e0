import type { DateInput, IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import { invalidIssue } from '../core/evidence.js';
import { addOffsets } from './counting.js';
import type { WorkdayCalendar } from './internals.js';
import { isoAt, offsetOrIssues, outOfRangeIssue, resolveCalendar, WORKING_DAYS_CLAUSE } from './resolve.js';

const CLAUSE = WORKING_DAYS_CLAUSE;

/**
 * Adds (or, with n < 0, subtracts) working days: the n-th working day after `date`.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」.
 * Working days follow the State Council notices (weekends and public holidays off, make-up days
 * on). Constant time, whatever n.
 *
 * - n > 0: the n-th working day strictly after `date` (`date` itself is never counted);
 * - n < 0: the |n|-th working day strictly before `date`;
 * - n = 0: `date` itself, even when it is a rest day.
 *
 * So for a working day `a`, `addWorkingDays(addWorkingDays(a, n), -n)` is `a`, and for n > 0
 * `countWorkingDays(a, addWorkingDays(a, n))` is n, plus 1 when `a` is a working day.
 *
 * @param date - an IsoDate, or a `Date` read as its day in UTC+8; must be inside the calendar.
 * @param n - a whole number (a safe integer).
 * @param calendar - defaults to {@link CHINA_MAINLAND_CALENDAR}.
 * @returns the IsoDate reached.
 * @throws {@link SvaError} `invalid_date`, `invalid_input` (n not a whole number),
 * `calendar_out_of_range` (for `date`, or when the day reached lies outside the calendar: it is
 * never guessed), `invalid_option` (a calendar not made by {@link createWorkdayCalendar}); every
 * issue found, citing `calendar.working_days`.
 * @example
 * addWorkingDays('2024-03-11', 5) // '2024-03-18': Monday to the next Monday
 * addWorkingDays('2024-09-30', 1) // '2024-10-08': over National Day
 * addWorkingDays('2024-03-18', -5) // '2024-03-11'
 * addWorkingDays('2026-12-31', 1) // throws SvaError calendar_out_of_range
 */
export function addWorkingDays(date: DateInput, n: number, calendar?: WorkdayCalendar): IsoDate {
  return guardValue(CLAUSE, () => {
    const c = resolveCalendar(calendar, CLAUSE);
    const issues: RuleIssue[] = [];
    const offset = offsetOrIssues(c, date, 'date', CLAUSE, issues);
    // Number.isSafeInteger is false for anything that is not a number (no coercion).
    if (!Number.isSafeInteger(n)) {
      issues.push(
        invalidIssue(CLAUSE, ['n'], n, '整数', 'a whole number', 'a whole number', '工作日天数'),
      );
    }
    if (offset === undefined || issues.length > 0) throw new SvaError(issues);
    const reached = addOffsets(c, offset, n);
    if (reached === undefined) {
      throw new SvaError(outOfRangeIssue(c, CLAUSE, 'addWorkingDays', `(${isoAt(c, offset)}, ${n})`, ['n']));
    }
    return isoAt(c, reached);
  });
}
