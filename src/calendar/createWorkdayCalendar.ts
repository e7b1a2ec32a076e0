import { dayNumberOf, describe, isoOfDayNumber, weekdayOf, zhDateOfDayNumber } from '../core/dates.js';
import { isSvaError, SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { calendarOf } from './build.js';
import { CHINA_MAINLAND_CALENDAR } from './chinaMainland.js';
import { NOTICES } from './data.js';
import { internalsOf, noticesOfBrand } from './internals.js';
import type { CalendarInternals, WorkdayCalendar, YearTable } from './internals.js';
import { CALENDAR_DATA_MESSAGES } from './messages.js';
import { OPTION_MESSAGES } from '../core/messages.js';
import { readCalendarData } from './readCalendarData.js';

import type { HolidayCnYear, ReadYear, WorkdayCalendarData } from './readCalendarData.js';
import { resolveCalendar, WORKING_DAYS_CLAUSE } from './resolve.js';

const CLAUSE = WORKING_DAYS_CLAUSE;

/** The tables of the built-in calendar, decoded from the generated `NOTICES`. */
function noticeTables(): Map<number, YearTable> {
  const tables = new Map<number, YearTable>();
  for (const [year, offRuns, workDays] of NOTICES) {
    const jan1 = dayNumberOf(year, 1, 1);
    const offDays: number[] = [];
    for (let i = 0; i < offRuns.length; i += 2) {
      for (let d = 0; d < (offRuns[i + 1] as number); d++) offDays.push(jan1 + (offRuns[i] as number) + d);
    }
    tables.set(year, { offDays, workDays: workDays.map((o) => jan1 + o) });
  }
  return tables;
}

/** The tables of a calendar's days as they are: each year's weekdays off and weekend days on. */
function tablesOfDays(c: CalendarInternals): Map<number, YearTable> {
  const tables = new Map<number, YearTable>();
  for (let i = 0; i < c.size; i++) {
    const day = c.first + i;
    const year = Number(isoOfDayNumber(day).slice(0, 4));
    const table = tables.get(year) ?? { offDays: [], workDays: [] };
    tables.set(year, table);
    const weekend = weekdayOf(day) % 6 === 0;
    if (weekend && c.working[i] === '1') (table.workDays as number[]).push(day);
    if (!weekend && c.working[i] === '0') (table.offDays as number[]).push(day);
  }
  return tables;
}

/**
 * The notice tables of a calendar made by another copy of the library (the other build): the
 * notices its brand carries, checked as `data` is and required to give its very days. A built-in
 * calendar carries none: its tables are this copy's notices when its days are the same, else its
 * days as they are (exact on every day it covers; only a day a notice names outside them, such as
 * 2022-12-31 in the 2023 notice, is not carried over).
 */
function tablesOfBrand(calendar: WorkdayCalendar, c: CalendarInternals): ReadonlyMap<number, YearTable> {
  const notices = noticesOfBrand(calendar, c);
  if (notices === '') {
    const own = internalsOf(CHINA_MAINLAND_CALENDAR) as CalendarInternals;
    return c.first === own.first && c.working === own.working ? noticeTables() : tablesOfDays(c);
  }
  let rebuilt: CalendarInternals | undefined;
  try {
    rebuilt = internalsOf(createWorkdayCalendar(JSON.parse(notices) as WorkdayCalendarData, null));
  } catch (error) {
    if (!(error instanceof SyntaxError) && !isSvaError(error)) throw error;
  }
  if (rebuilt?.tables === undefined || rebuilt.first !== c.first || rebuilt.working !== c.working) {
    throw new SvaError(
      issueFrom(OPTION_MESSAGES, 'invalid_option', CLAUSE, {
        path: ['base'],
        received: describe(calendar),
        params: { name: 'base', reasonZh: '其节假日通知与日历本身不符', reasonEn: 'its notices do not give its days' },
      }),
    );
  }
  return rebuilt.tables;
}

/** The notice tables of the `base` calendar (see tablesOfBrand), read once per calendar. */
function baseTables(base: WorkdayCalendar | undefined): ReadonlyMap<number, YearTable> {
  const calendar = base ?? CHINA_MAINLAND_CALENDAR;
  const c = resolveCalendar(calendar, CLAUSE, 'base');
  c.tables ??= tablesOfBrand(calendar, c);
  return c.tables;
}

/** The years missing between the first and the last, as `'2027'` or `'2027–2029'` runs. */
function gapIssues(years: readonly number[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (let i = 1; i < years.length; i++) {
    const from = (years[i - 1] as number) + 1;
    const to = (years[i] as number) - 1;
    if (to >= from) {
      const missing = to === from ? String(from) : `${from}–${to}`;
      issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_gap', CLAUSE, { received: missing, params: { missing } }));
    }
  }
  return issues;
}

/** Days named as a rest day by one table and as a working day by another (e.g. 31 December). */
function conflictIssues(tables: ReadonlyMap<number, YearTable>, read: readonly ReadYear[]): RuleIssue[] {
  const status = new Map<number, boolean>();
  const conflicts = new Set<number>();
  for (const table of tables.values()) {
    for (const [days, off] of [[table.offDays, true], [table.workDays, false]] as const) {
      for (const day of days) {
        if (status.get(day) === !off) conflicts.add(day);
        status.set(day, off);
      }
    }
  }
  return [...conflicts].map((day) => {
    const path = read.map((y) => y.entries.get(day)?.path).find((p) => p !== undefined);
    return issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_conflict', CLAUSE, {
      ...(path === undefined ? {} : { path }),
      received: isoOfDayNumber(day),
      params: { day: zhDateOfDayNumber(day) },
    });
  });
}

/**
 * Makes a working-day calendar from State Council notices: adds years to a base calendar (by
 * default {@link CHINA_MAINLAND_CALENDAR}), or replaces them. This is how a caller uses the 2027
 * notice as soon as it is published (usually in November), without waiting for a release.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」:
 * working days follow the notices (weekends and public holidays off, make-up days on).
 *
 * `data` is one of:
 * - `{ years: { '2027': { offDays: [...], workDays: [...] } } }`, the shape of the repository's
 *   `data/cn-holidays.json` (other fields, such as `notice`, are ignored);
 * - one holiday-cn year file as published, `{ year: 2027, days: [{ name, date, isOffDay }] }`;
 * - an array of holiday-cn year files.
 *
 * Each year given replaces the base's table for that year whole. Coverage is then every day from
 * 1 January of the first year to 31 December of the last, and must be contiguous. A notice may
 * name days of the last week of the year before (the 2023 notice names 2022-12-31, in 元旦); such a
 * day counts once that year is covered too.
 *
 * Refused, with an `SvaError` listing every issue and the path of each entry: a malformed date
 * (`calendar_data_date`); a date outside its year's notice, that is other than that year or 25 to
 * 31 December of the year before (`calendar_data_wrong_year`); a make-up working day on Monday to
 * Friday (`calendar_data_weekday_workday`); a day both off and on, in one table or across two
 * (`calendar_data_conflict`); a year not 1000–9999 (`calendar_data_year`); a year given twice
 * (`calendar_data_duplicate_year`); a missing `offDays`, `workDays`, `year`, `days` or `isOffDay`
 * (`missing_field`: a missing list is not an empty one); a gap between years
 * (`calendar_data_gap`); no year at all (`calendar_data_empty`); anything else
 * (`calendar_data_invalid`). A date listed twice in the same list is accepted.
 *
 * Linear in the days covered; every query on the calendar is then constant time. The input is
 * never changed.
 *
 * @param data - the notices to add, in one of the shapes above.
 * @param base - the calendar to add to; default {@link CHINA_MAINLAND_CALENDAR}; `null` for none.
 * @returns a new frozen calendar.
 * @throws {@link SvaError} with the codes above, or `invalid_option` for a `base` not made by this
 * function (in either build of the package), or made by another copy whose notices do not give its
 * days; citing `calendar.working_days`.
 * @example
 * // A holiday-cn year file (an illustration: the 2027 notice is not out yet).
 * const calendar = createWorkdayCalendar({ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
 * calendar.lastDay // '2027-12-31'
 * isWorkingDay('2027-01-01', calendar) // false
 * createWorkdayCalendar({ years: { '2028': { offDays: [], workDays: [] } } })
 * // throws SvaError calendar_data_gap: the notice for 2027 is missing
 */
export function createWorkdayCalendar(
  data: WorkdayCalendarData | HolidayCnYear | readonly HolidayCnYear[],
  base?: WorkdayCalendar | null,
): WorkdayCalendar {
  return guardValue(CLAUSE, () => {
    const read = readCalendarData(data, CLAUSE);
    const tables = new Map(base === null ? undefined : baseTables(base));
    for (const { year, table } of read.years) tables.set(year, table);
    const years = [...new Set([...tables.keys(), ...read.named])].sort((a, b) => a - b);
    const issues = [...read.issues, ...gapIssues(years), ...conflictIssues(tables, read.years)];
    if (years.length === 0 && read.issues.length === 0) issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_empty', CLAUSE));
    if (issues.length > 0) throw new SvaError(issues);
    return calendarOf(tables);
  });
}
