import type { ClauseId } from '../core/clauses.js';
import { dayNumberOrUndefined, describe, partsOfDayNumber, weekdayOf } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
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

type Path = readonly (string | number)[];

/** A year as read from the data: its table, and where each of its days came from. @internal */
export interface ReadYear {
  readonly year: number;
  readonly table: YearTable;
  /** Day number → whether the entry is a rest day, and its path in the data. */
  readonly entries: ReadonlyMap<number, { readonly off: boolean; readonly path: Path }>;
}

const WEEKDAYS_ZH = '日一二三四五六';
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHAPES_ZH = '应为 { years: { 年份: { offDays, workDays } } }、holiday-cn 的年度文件 { year, days } 或其数组';
const SHAPES_EN = 'expected { years: { [year]: { offDays, workDays } } }, a holiday-cn year file { year, days }, or an array of them';

class Reader {
  readonly issues: RuleIssue[] = [];
  readonly years: ReadYear[] = [];
  /** Every valid year the data names, read or not (so a malformed year is not also reported as a gap). */
  readonly named = new Set<number>();

  constructor(private readonly clause: ClauseId) {}

  invalid(path: Path, reasonZh: string, reasonEn: string, received?: unknown): void {
    const details = received === undefined ? {} : { received: describe(received) };
    this.issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_invalid', this.clause, { path, ...details, params: { reasonZh, reasonEn } }));
  }

  missing(path: Path): void {
    this.issues.push(issueFrom(CORE_MESSAGES, 'missing_field', this.clause, { path, params: { name: path.join('.') } }));
  }

  badYear(path: Path, value: unknown): void {
    this.issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_year', this.clause, { path, expected: '1000–9999', received: describe(value) }));
  }

  /** Reads `{ years: { '2027': { offDays, workDays } } }`. */
  own(years: unknown): void {
    if (!isRecord(years)) return this.invalid(['years'], 'years 应为以年份为键的对象', 'years must be an object keyed by year', years);
    for (const key of Object.keys(years)) {
      const path = ['years', key];
      const year = /^[1-9]\d{3}$/.test(key) ? Number(key) : undefined;
      if (year === undefined) this.badYear(path, key);
      else this.named.add(year);
      const entry = years[key];
      if (!isRecord(entry)) {
        this.invalid(path, '每一年应为 { offDays, workDays } 对象', 'each year must be an object { offDays, workDays }', entry);
        continue;
      }
      const days: { date: unknown; off: boolean; path: Path }[] = [];
      for (const [field, off] of [['offDays', true], ['workDays', false]] as const) {
        const list = entry[field];
        if (list === undefined) this.missing([...path, field]);
        else if (!Array.isArray(list)) this.invalid([...path, field], `${field} 应为日期数组`, `${field} must be an array of dates`, list);
        else for (let i = 0; i < list.length; i++) days.push({ date: list[i], off, path: [...path, field, i] });
      }
      if (year !== undefined) this.year(year, days);
    }
  }

  /** Reads one holiday-cn year file `{ year, days: [{ name, date, isOffDay }] }`. */
  holidayCn(file: unknown, path: Path): void {
    if (!isRecord(file)) return this.invalid(path, SHAPES_ZH, SHAPES_EN, file);
    const value = file.year;
    const year = typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined;
    if (value === undefined) this.missing([...path, 'year']);
    else if (year === undefined) this.badYear([...path, 'year'], value);
    else this.named.add(year);
    const list = file.days;
    if (list === undefined) return this.missing([...path, 'days']);
    if (!Array.isArray(list)) return this.invalid([...path, 'days'], 'days 应为数组', 'days must be an array', list);
    const days: { date: unknown; off: boolean; path: Path }[] = [];
    for (let i = 0; i < list.length; i++) {
      const day: unknown = list[i];
      const at = [...path, 'days', i];
      if (!isRecord(day)) {
        this.invalid(at, '每一天应为 { name, date, isOffDay } 对象', 'each day must be an object { name, date, isOffDay }', day);
      } else if (day.isOffDay === undefined) {
        this.missing([...at, 'isOffDay']);
      } else if (typeof day.isOffDay !== 'boolean') {
        this.invalid([...at, 'isOffDay'], 'isOffDay 应为 true 或 false', 'isOffDay must be true or false', day.isOffDay);
      } else {
        days.push({ date: day.date, off: day.isOffDay, path: [...at, 'date'] });
      }
    }
    if (year !== undefined) this.year(year, days);
  }

  /** Checks and records the days of one notice year. */
  year(year: number, days: readonly { date: unknown; off: boolean; path: Path }[]): void {
    const entries = new Map<number, { off: boolean; path: Path }>();
    const offDays: number[] = [];
    const workDays: number[] = [];
    for (const { date, off, path } of days) {
      const day = typeof date === 'string' ? dayNumberOrUndefined(date) : undefined;
      if (day === undefined) {
        this.issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_date', this.clause, { path, expected: 'YYYY-MM-DD', received: describe(date) }));
        continue;
      }
      const iso = date as string;
      const parts = partsOfDayNumber(day);
      // A notice names days of its own year, and may name the last week of the year before: the
      // 元旦 holiday can start on 31 December (the 2023 notice names 2022-12-31).
      if (!(parts.year === year || (parts.year === year - 1 && parts.month === 12 && parts.day >= 25))) {
        this.issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_wrong_year', this.clause, { path, received: iso, params: { year } }));
        continue;
      }
      const weekday = weekdayOf(day);
      if (!off && weekday % 6 !== 0) {
        this.issues.push(
          issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_weekday_workday', this.clause, {
            path,
            received: iso,
            params: { weekdayZh: WEEKDAYS_ZH[weekday] as string, weekdayEn: WEEKDAYS_EN[weekday] as string },
          }),
        );
        continue;
      }
      const seen = entries.get(day);
      if (seen !== undefined) {
        // The same day twice in one list is harmless; in both lists it is a contradiction.
        if (seen.off !== off) this.issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_conflict', this.clause, { path, received: iso }));
        continue;
      }
      entries.set(day, { off, path });
      (off ? offDays : workDays).push(day);
    }
    if (this.years.some((y) => y.year === year)) {
      this.issues.push(issueFrom(CALENDAR_DATA_MESSAGES, 'calendar_data_duplicate_year', this.clause, { received: String(year), params: { year } }));
      return;
    }
    this.years.push({ year, table: { offDays, workDays }, entries });
  }
}

/**
 * Reads calendar data in any of the three accepted shapes and checks every entry: the years that
 * could be read, and every issue found, each with the path of its entry. @internal
 */
export function readCalendarData(
  data: unknown,
  clause: ClauseId,
): { readonly years: readonly ReadYear[]; readonly named: ReadonlySet<number>; readonly issues: readonly RuleIssue[] } {
  const reader = new Reader(clause);
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) reader.holidayCn(data[i], [i]);
  } else if (isRecord(data) && data.years !== undefined) {
    reader.own(data.years);
  } else if (isRecord(data) && data.days !== undefined) {
    reader.holidayCn(data, []);
  } else {
    reader.invalid([], SHAPES_ZH, SHAPES_EN, data);
  }
  return { years: reader.years, named: reader.named, issues: reader.issues };
}
