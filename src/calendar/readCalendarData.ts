import type { ClauseId } from '../core/clauses.js';
import { dayNumberOf, dayNumberOrUndefined, describe, weekdayOf, zhDateOfDayNumber } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { missingIssue } from '../core/evidence.js';
import type { Path } from '../core/evidence.js';
import { isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { YearTable } from './internals.js';
import { CALENDAR_DATA_MESSAGES } from './messages.js';

/** One year of a State Council notice: the days it names as rest days and as make-up working days. */
export interface NoticeYear {
  /** Every day the notice names as a rest day (放假), weekends inside a holiday included. */
  readonly offDays: readonly IsoDate[];
  /** Every weekend day the notice names as a working day (调休上班). */
  readonly workDays: readonly IsoDate[];
}

/** Calendar data in this library's shape (that of `data/cn-holidays.json`), keyed by year. */
export interface WorkdayCalendarData {
  readonly years: Readonly<Record<string, NoticeYear>>;
}

/** One year file of the holiday-cn project, as published (`2027.json`). */
export interface HolidayCnYear {
  readonly year: number;
  readonly days: readonly { readonly name?: string; readonly date: IsoDate; readonly isOffDay: boolean }[];
}

/** A year as read from the data: its table, and where each of its days came from. @internal */
export interface ReadYear {
  readonly year: number;
  readonly table: YearTable;
  /** Day number → whether the entry is a rest day, and its path in the data. */
  readonly entries: ReadonlyMap<number, { readonly off: boolean; readonly path: Path }>;
}

const WEEKDAYS_ZH = '日一二三四五六';
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHAPES_ZH = '应为按年份列出的“offDays”和“workDays”，或“holiday-cn”的年度文件（或其列表）';
const SHAPES_EN = 'expected { years: { [year]: { offDays, workDays } } }, a holiday-cn year file { year, days }, or an array of them';

/** What the data has given so far: the years read, and every valid year it names. */
interface Found {
  readonly years: ReadYear[];
  /** Every valid year the data names, read or not (so a malformed year is not also reported as a gap). */
  readonly named: Set<number>;
}

type DayEntry = { readonly date: unknown; readonly off: boolean; readonly path: Path };

function invalidData(clause: ClauseId, path: Path, reasonZh: string, reasonEn: string, received?: unknown): RuleIssue {
  const details = received === undefined ? {} : { received: describe(received) };
  return issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_invalid', clause, { path, ...details, params: { reasonZh, reasonEn } });
}

function badYear(clause: ClauseId, path: Path, value: unknown): RuleIssue {
  return issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_year', clause, { path, expected: '1000–9999', received: describe(value) });
}

/** Reads `{ years: { '2027': { offDays, workDays } } }`. */
function readOwn(years: unknown, clause: ClauseId, found: Found, issues: RuleIssue[]): void {
  if (!isRecord(years)) {
    issues.push(invalidData(clause, ['years'], '“years”应以年份为键', 'years must be an object keyed by year', years));
    return;
  }
  for (const key of Object.keys(years)) {
    const path = ['years', key];
    const year = /^[1-9]\d{3}$/.test(key) ? Number(key) : undefined;
    if (year === undefined) issues.push(badYear(clause, path, key));
    else found.named.add(year);
    const entry = years[key];
    if (!isRecord(entry)) {
      issues.push(invalidData(clause, path, '每一年应有“offDays”和“workDays”', 'each year must be an object { offDays, workDays }', entry));
      continue;
    }
    const days: DayEntry[] = [];
    for (const [field, off] of [['offDays', true], ['workDays', false]] as const) {
      const list = entry[field];
      if (list === undefined) issues.push(missingIssue(clause, [...path, field], 'error', `“${key}”年的“${field}”`));
      else if (!Array.isArray(list)) issues.push(invalidData(clause, [...path, field], `“${field}”应为日期的列表`, `${field} must be an array of dates`, list));
      else for (let i = 0; i < list.length; i++) days.push({ date: list[i], off, path: [...path, field, i] });
    }
    if (year !== undefined) readYear(year, days, clause, found, issues);
  }
}

/** Reads one holiday-cn year file `{ year, days: [{ name, date, isOffDay }] }`. */
function readHolidayCn(file: unknown, path: Path, clause: ClauseId, found: Found, issues: RuleIssue[]): void {
  if (!isRecord(file)) {
    issues.push(invalidData(clause, path, SHAPES_ZH, SHAPES_EN, file));
    return;
  }
  const value = file.year;
  const year = typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined;
  if (value === undefined) issues.push(missingIssue(clause, [...path, 'year'], 'error', '“year”'));
  else if (year === undefined) issues.push(badYear(clause, [...path, 'year'], value));
  else found.named.add(year);
  const list = file.days;
  if (list === undefined) {
    issues.push(missingIssue(clause, [...path, 'days'], 'error', '“days”'));
    return;
  }
  if (!Array.isArray(list)) {
    issues.push(invalidData(clause, [...path, 'days'], '“days”应为日期的列表', 'days must be an array', list));
    return;
  }
  const days: DayEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const day: unknown = list[i];
    const at = [...path, 'days', i];
    if (!isRecord(day)) {
      issues.push(invalidData(clause, at, '每一天应有“name”“date”和“isOffDay”', 'each day must be an object { name, date, isOffDay }', day));
    } else if (day.isOffDay === undefined) {
      issues.push(missingIssue(clause, [...at, 'isOffDay'], 'error', `第${i + 1}天的“isOffDay”`));
    } else if (typeof day.isOffDay !== 'boolean') {
      issues.push(invalidData(clause, [...at, 'isOffDay'], '“isOffDay”应为“true”或“false”', 'isOffDay must be true or false', day.isOffDay));
    } else {
      days.push({ date: day.date, off: day.isOffDay, path: [...at, 'date'] });
    }
  }
  if (year !== undefined) readYear(year, days, clause, found, issues);
}

/** The day number of one day of a notice year, or its issue when it cannot be recorded. */
function dayIssue(year: number, date: unknown, off: boolean, path: Path, clause: ClauseId): RuleIssue | number {
  const day = typeof date === 'string' ? dayNumberOrUndefined(date) : undefined;
  if (day === undefined) return issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_date', clause, { path, expected: 'YYYY-MM-DD', received: describe(date) });
  // A notice names days of its own year, and may name the last week of the year before: the
  // 元旦 holiday can start on 31 December (the 2023 notice names 2022-12-31).
  if (day < dayNumberOf(year - 1, 12, 25) || day >= dayNumberOf(year + 1, 1, 1)) {
    return issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_wrong_year', clause, { path, received: date, params: { year, day: zhDateOfDayNumber(day) } });
  }
  const weekday = weekdayOf(day);
  if (!off && weekday % 6 !== 0) {
    return issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_weekday_workday', clause, {
      path,
      received: date,
      params: { day: zhDateOfDayNumber(day), weekdayZh: WEEKDAYS_ZH[weekday] as string, weekdayEn: WEEKDAYS_EN[weekday] as string },
    });
  }
  return day;
}

/** Checks the days of one notice year and records it in `found`. */
function readYear(year: number, days: readonly DayEntry[], clause: ClauseId, found: Found, issues: RuleIssue[]): void {
  const entries = new Map<number, { off: boolean; path: Path }>();
  const offDays: number[] = [];
  const workDays: number[] = [];
  for (const { date, off, path } of days) {
    const day = dayIssue(year, date, off, path, clause);
    if (typeof day !== 'number') {
      issues.push(day);
      continue;
    }
    const seen = entries.get(day);
    if (seen !== undefined) {
      // The same day twice in one list is harmless; in both lists it is a contradiction.
      if (seen.off !== off) issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_conflict', clause, { path, received: date as string, params: { day: zhDateOfDayNumber(day) } }));
      continue;
    }
    entries.set(day, { off, path });
    (off ? offDays : workDays).push(day);
  }
  if (found.years.some((y) => y.year === year)) {
    issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_duplicate_year', clause, { received: String(year), params: { year } }));
    return;
  }
  found.years.push({ year, table: { offDays, workDays }, entries });
}

/**
 * Reads calendar data in any of the three accepted shapes and checks every entry: the years that
 * could be read, and every issue found, each with the path of its entry. @internal
 */
export function readCalendarData(
  data: unknown,
  clause: ClauseId,
): { readonly years: readonly ReadYear[]; readonly named: ReadonlySet<number>; readonly issues: readonly RuleIssue[] } {
  const found: Found = { years: [], named: new Set() };
  const issues: RuleIssue[] = [];
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) readHolidayCn(data[i], [i], clause, found, issues);
  } else if (isRecord(data) && data.years !== undefined) {
    readOwn(data.years, clause, found, issues);
  } else if (isRecord(data) && data.days !== undefined) {
    readHolidayCn(data, [], clause, found, issues);
  } else {
    issues.push(invalidData(clause, [], SHAPES_ZH, SHAPES_EN, data));
  }
  return { years: found.years, named: found.named, issues };
}
