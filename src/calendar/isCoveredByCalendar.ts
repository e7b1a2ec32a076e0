import type { DateInput } from '../core/dates.js';
import { dayNumberOrUndefined } from '../core/dates.js';
import { CHINA_MAINLAND_CALENDAR } from './chinaMainland.js';
import { internalsOf } from './internals.js';
import type { WorkdayCalendar } from './internals.js';

/**
 * Whether the calendar knows a day, so that the working-day functions can answer for it. Never
 * throws: `false` for a bad date or a calendar not made by {@link createWorkdayCalendar}.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」: a day the notices do not cover is never
 * guessed as Monday to Friday; this tells, without a try/catch, whether a day is covered.
 *
 * @param date - any value; an IsoDate or a `Date` (read in UTC+8) may be covered.
 * @param calendar - default {@link CHINA_MAINLAND_CALENDAR}.
 * @returns `true` from the calendar's `firstDay` to its `lastDay`, both included.
 * @example
 * isCoveredByCalendar('2026-12-31') // true
 * isCoveredByCalendar('2027-01-01') // false: no notice for 2027 yet
 * isCoveredByCalendar('2022-12-31') // false
 */
export function isCoveredByCalendar(date: unknown, calendar?: WorkdayCalendar): boolean {
  try {
    const c = internalsOf(calendar === undefined ? CHINA_MAINLAND_CALENDAR : calendar);
    const day = dayNumberOrUndefined(date as DateInput);
    return c !== undefined && day !== undefined && day >= c.first && day - c.first < c.size;
  } catch {
    return false;
  }
}
