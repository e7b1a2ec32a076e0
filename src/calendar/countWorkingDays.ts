import type { DateInput } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import { countOffsets } from './counting.js';
import type { WorkdayCalendar } from './internals.js';
import { offsetOrIssues, resolveCalendar, WORKING_DAYS_CLAUSE } from './resolve.js';

const CLAUSE = WORKING_DAYS_CLAUSE;

/**
 * Counts the working days from `start` to `end`, both included.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」. Working days follow the State Council
 * notices (weekends and public holidays off, make-up days on). Constant time, whatever the span.
 *
 * @param start - the first day, an IsoDate or a `Date` read as its day in UTC+8.
 * @param end - the last day. Both must be inside the calendar, even when `end` < `start`.
 * @param calendar - defaults to {@link CHINA_MAINLAND_CALENDAR}.
 * @returns the number of working days in [start, end]; 0 when `end` < `start`.
 * @throws {@link SvaError} `invalid_date`, `calendar_out_of_range` (never guessed), or
 * `invalid_option`; every issue found, citing `calendar.working_days`.
 * @example
 * countWorkingDays('2024-03-11', '2024-03-15') // 5
 * countWorkingDays('2024-10-01', '2024-10-07') // 0: National Day
 * countWorkingDays('2023-01-01', '2026-12-31') // 996
 * countWorkingDays('2024-03-15', '2024-03-11') // 0: end before start
 */
export function countWorkingDays(start: DateInput, end: DateInput, calendar?: WorkdayCalendar): number {
  return guardValue(CLAUSE, () => {
    const c = resolveCalendar(calendar, CLAUSE);
    const issues: RuleIssue[] = [];
    const from = offsetOrIssues(c, start, 'start', CLAUSE, issues);
    const to = offsetOrIssues(c, end, 'end', CLAUSE, issues);
    if (from === undefined || to === undefined) throw new SvaError(issues);
    return countOffsets(c, from, to);
  });
}
