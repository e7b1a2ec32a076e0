import type { CalendarInternals, CountingIndex } from './internals.js';

/**
 * The counting index of a calendar: built once, in one pass over the days covered, the first time
 * it is needed (at once by createWorkdayCalendar; on the first count or add for the built-in
 * calendar, so that a bundle that only asks isWorkingDay does not carry this code). Every count
 * and add is then constant time. @internal
 */
export function indexOf(c: CalendarInternals): CountingIndex {
  if (c.index === undefined) {
    const prefix = new Int32Array(c.size + 1);
    const workdays = new Int32Array(c.size);
    let count = 0;
    for (let i = 0; i < c.size; i++) {
      if (c.working[i] === '1') workdays[count++] = i;
      prefix[i + 1] = count;
    }
    c.index = { prefix, workdays: workdays.subarray(0, count) };
  }
  return c.index;
}

/** Working days among offsets `from` … `to`, both included; 0 when `to` < `from`. @internal */
export function countOffsets(c: CalendarInternals, from: number, to: number): number {
  const { prefix } = indexOf(c);
  return to < from ? 0 : (prefix[to + 1] as number) - (prefix[from] as number);
}

/**
 * The offset of the n-th working day after `offset` (n > 0), the |n|-th before it (n < 0), or
 * `offset` itself (n = 0); `undefined` when that day is outside the calendar. The n-th working day
 * counted from `offset` itself (`offset` counting when it is a working day) is
 * `addOffsets(c, offset - 1, n)` (n ≥ 1; `offset - 1` may be −1). @internal
 */
export function addOffsets(c: CalendarInternals, offset: number, n: number): number | undefined {
  if (n === 0) return offset;
  const { prefix, workdays } = indexOf(c);
  const k = n > 0 ? (prefix[offset + 1] as number) + n - 1 : (prefix[offset] as number) + n;
  // An Int32Array answers undefined for an index outside 0 … length − 1 (k is an integer).
  return workdays[k];
}

/**
 * The fewest and the most working days from day `from` to day `to` (day numbers, both included)
 * under any calendar that agrees with `c` on the days it covers: its working days among them, and
 * those plus every day of the span it does not cover (such a day is never guessed a working day or
 * a rest day). Equal when `c` covers the whole span; `[0, 0]` when `to` is `from` − 1 (an empty
 * span; `to` < `from` − 1 is not asked). @internal
 */
export function workingDayBounds(c: CalendarInternals, from: number, to: number): readonly [least: number, most: number] {
  const a = Math.max(from - c.first, 0);
  const b = Math.min(to - c.first, c.size - 1);
  const least = countOffsets(c, a, b);
  // The days of the span, less those covered (b − a + 1, or none).
  return [least, least + to - from - Math.max(b - a, -1)];
}
