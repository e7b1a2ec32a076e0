import { dayNumberOf } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';

/**
 * A working-day calendar: which days are working days, from {@link WorkdayCalendar.firstDay} to
 * {@link WorkdayCalendar.lastDay}. Made only by {@link createWorkdayCalendar} (or the built-in
 * {@link CHINA_MAINLAND_CALENDAR}); the object is frozen and its tables are private.
 */
export interface WorkdayCalendar {
  /** The first day the calendar knows: 1 January of its first notice year. */
  readonly firstDay: IsoDate;
  /** The last day the calendar knows: 31 December of its last notice year. */
  readonly lastDay: IsoDate;
}

/** One notice year: the days it names as rest days and as make-up working days (day numbers). @internal */
export interface YearTable {
  readonly offDays: readonly number[];
  readonly workDays: readonly number[];
}

/**
 * What a calendar knows, private to the library. Offsets count days from `first` (0 = firstDay).
 * @internal
 */
export interface CalendarInternals {
  /** Day number of firstDay. */
  readonly first: number;
  /** Number of days covered. */
  readonly size: number;
  /** One character per day covered: `'1'` a working day, `'0'` a rest day (as `WORKING_FLAGS`). */
  readonly working: string;
  /** `'firstDay/lastDay'` (an ISO 8601 interval), for messages. */
  readonly range: string;
  /**
   * The notice tables the calendar was built from, by year, to build larger calendars from it;
   * `undefined` for the built-in calendar, whose tables are `NOTICES` (see createWorkdayCalendar).
   */
  readonly tables: ReadonlyMap<number, YearTable> | undefined;
  /** The counting index, built once by `indexOf` (see counting.ts). */
  index?: CountingIndex;
}

/** Prefix counts and the list of working days, for constant-time counting and adding. @internal */
export interface CountingIndex {
  /** `prefix[i]`: working days among offsets 0 … i−1; `size + 1` entries. */
  readonly prefix: Int32Array;
  /** `workdays[k]`: the offset of the (k+1)-th working day. */
  readonly workdays: Int32Array;
}

// Keyed by the frozen calendar object, so that its tables (typed arrays, which cannot be frozen,
// and the memo of dates read) stay out of callers' reach. An entry is made with its calendar; only
// the lazily built index and the memo are added to later, and neither ever changes an answer.
const INTERNALS = /* @__PURE__ */ new WeakMap<object, CalendarInternals>();

/**
 * Makes the frozen calendar object for the years `firstYear` … `lastYear`, whose days are
 * `working` (one flag per day from 1 January of `firstYear`), and keeps its internals out of
 * callers' reach.
 * `tables` is left out only for the built-in calendar (see createWorkdayCalendar). @internal
 */
export function registerCalendar(firstYear: number, lastYear: number, working: string, tables?: ReadonlyMap<number, YearTable>): WorkdayCalendar {
  // Years are 1000–9999 (createWorkdayCalendar refuses others), so no padding is needed.
  const firstDay = `${firstYear}-01-01`;
  const lastDay = `${lastYear}-12-31`;
  const calendar: WorkdayCalendar = Object.freeze({ firstDay, lastDay });
  const first = dayNumberOf(firstYear, 1, 1);
  INTERNALS.set(calendar, { first, size: working.length, working, tables, range: `${firstDay}/${lastDay}` });
  return calendar;
}

/** The internals of a calendar made by this library, else `undefined`. @internal */
export function internalsOf(calendar: unknown): CalendarInternals | undefined {
  // WeakMap#get answers undefined for a key that is not an object; it never throws.
  return INTERNALS.get(calendar as object);
}
