import { dayNumberOf, weekdayOf } from '../core/dates.js';
import { indexOf } from './counting.js';
import { internalsOf, registerCalendar } from './internals.js';
import type { CalendarInternals, WorkdayCalendar, YearTable } from './internals.js';

/**
 * Builds a calendar from notice tables that are already checked: non-empty, contiguous years, no
 * date both off and on. One pass over the days covered for the flags, one for the counting index;
 * every query is then constant time. @internal
 */
export function calendarOf(tables: ReadonlyMap<number, YearTable>): WorkdayCalendar {
  const years = [...tables.keys()].sort((a, b) => a - b);
  const first = dayNumberOf(years[0] as number, 1, 1);
  const size = dayNumberOf((years[years.length - 1] as number) + 1, 1, 1) - first;
  // Monday to Friday, then each notice's rest days and make-up days. A notice may name a day of
  // the year before (31 December in 元旦): it counts when that year is covered too.
  const working: string[] = [];
  for (let i = 0; i < size; i++) working.push(weekdayOf(first + i) % 6 === 0 ? '0' : '1');
  for (const table of tables.values()) {
    for (const day of table.offDays) if (day >= first && day - first < size) working[day - first] = '0';
    for (const day of table.workDays) if (day >= first && day - first < size) working[day - first] = '1';
  }
  const calendar = registerCalendar(years[0] as number, years[years.length - 1] as number, working.join(''), tables);
  indexOf(internalsOf(calendar) as CalendarInternals);
  return calendar;
}
