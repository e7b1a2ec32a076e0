import { dayNumberOf, isoOfDayNumber, weekdayOf } from '../core/dates.js';
import { indexOf } from './counting.js';
import { internalsOf, registerCalendar } from './internals.js';
import type { CalendarInternals, WorkdayCalendar, YearTable } from './internals.js';
import type { WorkdayCalendarData } from './readCalendarData.js';

/**
 * The flags of the days notice tables cover: Monday to Friday, then each notice's rest days and
 * make-up days. A notice may name a day of the year before (31 December in 元旦): it counts when
 * that year is covered too. The tables are already checked: non-empty, contiguous years, no date
 * both off and on. @internal
 */
export function flagsOf(tables: ReadonlyMap<number, YearTable>): { firstYear: number; lastYear: number; working: string } {
  const years = [...tables.keys()].sort((a, b) => a - b);
  const firstYear = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  const first = dayNumberOf(firstYear, 1, 1);
  const size = dayNumberOf(lastYear + 1, 1, 1) - first;
  const working: string[] = [];
  for (let i = 0; i < size; i++) working.push(weekdayOf(first + i) % 6 === 0 ? '0' : '1');
  for (const table of tables.values()) {
    for (const day of table.offDays) if (day >= first && day - first < size) working[day - first] = '0';
    for (const day of table.workDays) if (day >= first && day - first < size) working[day - first] = '1';
  }
  return { firstYear, lastYear, working: working.join('') };
}

/** The notice tables as calendar data (`{ years: { '2027': { offDays, workDays } } }`), the shape createWorkdayCalendar reads. @internal */
export function dataOf(tables: ReadonlyMap<number, YearTable>): WorkdayCalendarData {
  const years: Record<string, { offDays: string[]; workDays: string[] }> = {};
  for (const [year, table] of tables) years[year] = { offDays: table.offDays.map(isoOfDayNumber), workDays: table.workDays.map(isoOfDayNumber) };
  return { years };
}

/**
 * Builds a calendar from notice tables that are already checked. One pass over the days covered
 * for the flags, one for the counting index; every query is then constant time. The calendar's
 * brand carries its notices, so that another copy of the library (the other build) can build on
 * it too. @internal
 */
export function calendarOf(tables: ReadonlyMap<number, YearTable>): WorkdayCalendar {
  const { firstYear, lastYear, working } = flagsOf(tables);
  const calendar = registerCalendar(firstYear, lastYear, working, JSON.stringify(dataOf(tables)));
  const c = internalsOf(calendar) as CalendarInternals;
  c.tables = tables;
  indexOf(c);
  return calendar;
}
