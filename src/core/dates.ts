import type { ClauseId } from './clauses.js';
import { SvaError } from './errors.js';
import { issueFrom } from './issues.js';
import { DATE_MESSAGES } from './messages.js';

/** A calendar day in China, written `'YYYY-MM-DD'` (ISO 8601, four-digit year, zero-padded). */
export type IsoDate = string;

/**
 * A date parameter: an {@link IsoDate}, or a `Date` read as its calendar day in UTC+8
 * (Asia/Shanghai, which has no daylight saving), whatever the host's time zone.
 */
export type DateInput = IsoDate | Date;

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). @internal */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Whether `year` is a Gregorian leap year. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12). @internal */
export function daysInMonth(year: number, month: number): number {
  // 31 in odd months up to July and even months from August; 30 in the others; February apart.
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The {@link IsoDate} of a day number (days since 1970-01-01). @internal */
export function isoOfDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = partsOfDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. @internal */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

// The days an IsoDate can name: 0001-01-01 … 9999-12-31.
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

/** Whether year, month and day name a day that exists (years 0001–9999). @internal */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number the ASCII digits of `s` from `from` to `to` (excluded) write, or −1 when one is not a digit. @internal */
export function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    // A digit's value; any other character gives one outside 0–9 (a negative one is large under `>>> 0`).
    const digit = s.charCodeAt(i) - 48;
    if (digit >>> 0 > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The day number of a string that is a real `YYYY-MM-DD` date (years 0001–9999), else `undefined`.
 * Reads character codes, without a regular expression or an allocation: every date parameter
 * of every call comes through here, and the calendar's speed depends on it. @internal
 */
export function isoDayNumber(input: string): number | undefined {
  if (input.length !== 10 || input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(input, 0, 4);
  const month = digitsAt(input, 5, 7);
  const day = digitsAt(input, 8, 10);
  // isRealDate refuses the −1 of a part that is not all digits.
  return isRealDate(year, month, day) ? dayNumberOf(year, month, day) : undefined;
}

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * The year of a string that is a real `YYYY-MM-DD` date, else `undefined`. Accepts exactly the
 * strings {@link isoDayNumber} accepts (a test holds the two together); it is written with a regular
 * expression and `Date.parse` because that is smaller, and the code validators' bundles carry it. @internal
 */
export function isoYear(input: string): number | undefined {
  if (!ISO_DATE.test(input)) return undefined;
  // Date.parse reads a real YYYY-MM-DD as a day in UTC (ECMA-262 §21.4.3.2); it rolls 30 February
  // over to 2 March, and may read what is no date at all (0001-13-13) with the host's legacy
  // parser, as another day: a year, month or day other than those written shows both (an invalid
  // time gives NaN, equal to nothing). Year 0000 is no IsoDate.
  // eslint-disable-next-line no-restricted-properties -- a date-only ISO string is read in UTC, never in local time (ECMA-262 §21.4.3.2).
  const date = new Date(Date.parse(input));
  const year = Number(input.slice(0, 4));
  return year > 0 && date.getUTCFullYear() === year && date.getUTCMonth() + 1 === Number(input.slice(5, 7)) && date.getUTCDate() === Number(input.slice(8))
    ? year
    : undefined;
}

/**
 * The day number of a {@link DateInput}, or `undefined` when it is not a real date:
 * a string must be exactly `YYYY-MM-DD` (years 0001–9999) naming a day that exists;
 * a `Date` must be valid and is read in UTC+8.
 * @internal
 */
export function dayNumberOrUndefined(input: unknown): number | undefined {
  if (typeof input === 'string') {
    return isoDayNumber(input);
  }
  try {
    if (input instanceof Date) {
      // The day in UTC+8; an invalid Date gives NaN, which no comparison accepts.
      const n = Math.floor((input.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY);
      if (n >= FIRST_DAY && n <= LAST_DAY) return n;
    }
  } catch {
    // A proxy whose trap throws, or a Date whose getTime throws, is not a date.
  }
  return undefined;
}

/**
 * The year of a {@link DateInput} (in UTC+8 for a `Date`), or `undefined` when it is not a real
 * date. Lighter than {@link dayNumberOrUndefined}, for the code validators' bundles. @internal
 */
export function yearOfDateInput(input: unknown): number | undefined {
  if (typeof input === 'string') return isoYear(input);
  if (!(input instanceof Date)) return undefined;
  const time = input.getTime();
  // An invalid Date gives NaN; a year far outside 2000–2099 simply fails to match a code.
  return Number.isNaN(time) ? undefined : new Date(time + CHINA_OFFSET_MS).getUTCFullYear();
}

/**
 * The day number of a {@link DateInput}; throws {@link SvaError} `invalid_date` citing `clause`.
 * @internal
 */
export function dayNumberOrThrow(input: unknown, name: string, clause: ClauseId, nameZh?: string): number {
  const n = dayNumberOrUndefined(input);
  if (n === undefined) {
    throw new SvaError(invalidDateIssue(input, name, clause, [name], nameZh));
  }
  return n;
}

/** The `invalid_date` issue for a bad date parameter or field. @internal */
export function invalidDateIssue(input: unknown, name: string, clause: ClauseId, path: readonly (string | number)[], nameZh = `“${name}”`) {
  return issueFrom(DATE_MESSAGES, 'invalid_date', clause, {
    path,
    expected: 'YYYY-MM-DD',
    received: describe(input),
    params: { name, nameZh },
  });
}

/** A short, safe description of any value for `received`; never throws (a throwing proxy or getter is described by its typeof). @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '');
  try {
    if (value instanceof Date) {
      const t = value.getTime();
      return Number.isNaN(t) ? 'Invalid Date' : `Date(${t})`;
    }
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
  } catch {
    // A proxy whose trap throws (a revoked one), or a Date whose getTime throws: its typeof says it.
  }
  // undefined, a symbol, an object and a function fall through: their typeof is the description.
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

/** Whether a value is a real date written `'YYYY-MM-DD'`. Never throws. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayNumberOrUndefined(value) !== undefined;
}

/**
 * The year, month and day of a day number (H. Hinnant's civil_from_days), without a string: the
 * age rules and the checks of the scheme's date call this on every record. @internal
 */
export function partsOfDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/**
 * The same month and day `years` later; 29 February becomes 28 February in a common year.
 * @internal
 */
export function addYearsToDayNumber(dayNumber: number, years: number): number {
  const { year, month, day } = partsOfDayNumber(dayNumber);
  const target = year + years;
  return dayNumberOf(target, month, Math.min(day, daysInMonth(target, month)));
}

/** A day number as officials write it in a Chinese message (issue 16): 2024年3月1日. @internal */
export function zhDateOfDayNumber(dayNumber: number): string {
  const { year, month, day } = partsOfDayNumber(dayNumber);
  return `${year}年${month}月${day}日`;
}
