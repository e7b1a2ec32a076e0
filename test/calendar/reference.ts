// A naive, day-by-day reference calendar built straight from the notice data, sharing no code with
// the library: the tests compare every answer of the library with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface SourceJson {
  years: Record<string, { notice: string; offDays: string[]; workDays: string[] }>;
}

export const SOURCE: SourceJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/cn-holidays.json'), 'utf8')) as SourceJson;

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The day `step` days after (or before) d, by UTC milliseconds. */
export const nextDay = (d: string, step = 1): string => iso(ms(d) + step * DAY);

/** Day of the week of an ISO day, 0 Sunday … 6 Saturday. */
export const weekday = (d: string): number => new Date(ms(d)).getUTCDay();

/** A naive calendar over [first, last]: a listed make-up day works, a listed rest day does not, else Monday–Friday. */
export function naiveCalendar(offDays: Iterable<string>, workDays: Iterable<string>, first: string, last: string) {
  const off = new Set(offDays);
  const work = new Set(workDays);
  const isWorking = (d: string): boolean => {
    if (d < first || d > last) throw new Error(`reference: ${d} is not covered`);
    if (work.has(d)) return true;
    if (off.has(d)) return false;
    return weekday(d) !== 0 && weekday(d) !== 6;
  };
  /** The n-th working day after (n > 0) or before (n < 0) d, walking; undefined past the coverage. */
  const add = (d: string, n: number): string | undefined => {
    let left = Math.abs(n);
    let day = d;
    while (left > 0) {
      day = nextDay(day, Math.sign(n));
      if (day < first || day > last) return undefined;
      if (isWorking(day)) left--;
    }
    return day;
  };
  /** Working days in [a, b], walking. */
  const count = (a: string, b: string): number => {
    let n = 0;
    for (let d = a; d <= b; d = nextDay(d)) if (isWorking(d)) n++;
    return n;
  };
  const days: string[] = [];
  for (let d = first; d <= last; d = nextDay(d)) days.push(d);
  return { isWorking, add, count, days };
}

export const FIRST = '2023-01-01';
export const LAST = '2026-12-31';

const years = Object.values(SOURCE.years);
const REFERENCE = naiveCalendar(
  years.flatMap((y) => y.offDays),
  years.flatMap((y) => y.workDays),
  FIRST,
  LAST,
);

/** Every covered day of the shipped data, in order. */
export const ALL_DAYS: readonly string[] = REFERENCE.days;
export const refIsWorking = REFERENCE.isWorking;
export const refAdd = REFERENCE.add;
export const refCount = REFERENCE.count;
