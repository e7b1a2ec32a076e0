import { dayNumberOf } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';

/**
 * A working-day calendar: which days are working days, from {@link WorkdayCalendar.firstDay} to
 * {@link WorkdayCalendar.lastDay}. Made only by {@link createWorkdayCalendar} (or the built-in
 * {@link CHINA_MAINLAND_CALENDAR}); the object is frozen. A calendar made by either build of the
 * package (ES module or CommonJS), or by another copy of it, works with all of them.
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
 * What a calendar knows, private to each copy of the library. Offsets count days from `first`
 * (0 = firstDay). @internal
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
   * The notice tables the calendar was built from, by year, to build larger calendars from it: set
   * by createWorkdayCalendar, with the calendar or the first time it serves as a base (see
   * `baseTables`).
   */
  tables?: ReadonlyMap<number, YearTable>;
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

// The brand of every calendar, in the global symbol registry: the same symbol in the ES module
// build, the CommonJS build and any other copy of the package, so that a calendar made by one
// works with the others. Its value is a string, so immutable and without getters: the first and
// the last year (4 digits each), one flag per day covered (`'1'` a working day), then, for a
// calendar made by createWorkdayCalendar, its notices as JSON (see `noticesOfBrand`). Whoever
// reads it checks it (internalsFrom here, and the notices as createWorkdayCalendar checks its
// data): an object with the brand but no valid calendar is refused.
const BRAND = /* @__PURE__ */ Symbol.for('sva-rules.calendar');

// The internals of the calendars this copy of the library has read, keyed by the calendar object
// and read from its brand the first time it is used (whichever copy made it). Later, only the
// notice tables and the counting index are added, and neither ever changes an answer.
const INTERNALS = /* @__PURE__ */ new WeakMap<object, CalendarInternals>();

/**
 * The internals a brand describes, or `undefined` when it is no calendar: two years 1000–9999,
 * the last not before the first, then a `'0'` or `'1'` for every day of those years. @internal
 */
function internalsFrom(brand: unknown): CalendarInternals | undefined {
  if (typeof brand !== 'string' || !/^[1-9]\d{3}[1-9]\d{3}/.test(brand)) return undefined;
  const firstYear = brand.slice(0, 4);
  const lastYear = brand.slice(4, 8);
  const first = dayNumberOf(Number(firstYear), 1, 1);
  const size = dayNumberOf(Number(lastYear) + 1, 1, 1) - first;
  const working = brand.slice(8, 8 + size);
  // A last year before the first leaves no day; a brand cut short, too few flags.
  if (size < 1 || working.length !== size || !/^[01]*$/.test(working)) return undefined;
  return { first, size, working, range: `${firstYear}-01-01/${lastYear}-12-31` };
}

/**
 * Makes the frozen calendar object for the years `firstYear` … `lastYear`, whose days are
 * `working` (one flag per day from 1 January of `firstYear`), branded; `notices` (JSON) follows
 * the flags in the brand. @internal
 */
export function registerCalendar(firstYear: number, lastYear: number, working: string, notices = ''): WorkdayCalendar {
  // Years are 1000–9999 (createWorkdayCalendar refuses others), so no padding is needed.
  const brand = `${firstYear}${lastYear}${working}${notices}`;
  return Object.freeze(Object.defineProperty({ firstDay: `${firstYear}-01-01`, lastDay: `${lastYear}-12-31` }, BRAND, { value: brand }));
}

/**
 * The internals of a calendar made by any copy of this library (either build), else `undefined`.
 * Never throws. @internal
 */
export function internalsOf(calendar: unknown): CalendarInternals | undefined {
  try {
    // WeakMap#get answers undefined for a key that is not an object; reading the brand of null
    // throws, as may a proxy's trap: neither is a calendar.
    let c = INTERNALS.get(calendar as object);
    if (c === undefined && (c = internalsFrom((calendar as Record<symbol, unknown>)[BRAND])) !== undefined) INTERNALS.set(calendar as object, c);
    return c;
  } catch {
    return undefined;
  }
}

/**
 * The JSON of the notices a calendar's brand carries after its flags (`''` for the built-in
 * calendar, whose notices are the library's own), for createWorkdayCalendar to check and read.
 * `c` is the calendar's internals, read from the same brand. @internal
 */
export function noticesOfBrand(calendar: WorkdayCalendar, c: CalendarInternals): string {
  return String((calendar as unknown as Record<symbol, unknown>)[BRAND]).slice(8 + c.size);
}
