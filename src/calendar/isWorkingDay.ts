import type { DateInput } from '../core/dates.js';
import type { WorkdayCalendar } from './internals.js';
import { coveredOffset, resolveCalendar, WORKING_DAYS_CLAUSE } from './resolve.js';

/**
 * Whether a day is a working day in the official mainland-China calendar (or the one given).
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」.
 * A working day follows the State Council notices: weekends and public holidays are rest days,
 * make-up days (调休上班) are working days. Constant time.
 *
 * @param date - an IsoDate, or a `Date` read as its day in UTC+8.
 * @param calendar - defaults to {@link CHINA_MAINLAND_CALENDAR}.
 * @returns `true` for a working day, `false` for a rest day.
 * @throws {@link SvaError} `invalid_date` for a bad date; `calendar_out_of_range` for a day the
 * calendar does not cover (never guessed as Monday–Friday); `invalid_option` for a calendar not
 * made by {@link createWorkdayCalendar}. Errors cite `calendar.working_days`.
 * @example
 * isWorkingDay('2024-03-18') // true: a Monday
 * isWorkingDay('2024-10-01') // false: National Day
 * isWorkingDay('2024-09-29') // true: a Sunday made a working day (调休上班)
 * isWorkingDay('2027-01-04') // throws SvaError calendar_out_of_range
 */
export function isWorkingDay(date: DateInput, calendar?: WorkdayCalendar): boolean {
  // No guard: reading a calendar or a date never throws (internalsOf, dayNumberOrUndefined and
  // describe catch what a proxy or a getter throws), so only SvaError can escape.
  const c = resolveCalendar(calendar, WORKING_DAYS_CLAUSE);
  return c.working[coveredOffset(c, date, 'date', WORKING_DAYS_CLAUSE)] === '1';
}
