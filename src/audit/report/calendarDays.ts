// The days of the timeline on the working-day calendar: rest days (weekends and holidays) and
// make-up working days (调休上班), and the working days a step spans. A day the calendar does not
// cover is never guessed. @internal
import { weekdayOf } from '../../core/dates.js';
import type { CalendarInternals } from '../../calendar/internals.js';

/** A day worth marking: a rest day, or a weekend day made a working day. */
export interface MarkedDay {
  readonly day: number;
  readonly kind: 'rest' | 'makeup';
}

/** The marked days from `first` to `last`, and whether some of those days are outside the calendar. */
export function markedDays(c: CalendarInternals, first: number, last: number): { readonly days: readonly MarkedDay[]; readonly uncovered: boolean } {
  const days: MarkedDay[] = [];
  let uncovered = false;
  for (let day = first; day <= last; day++) {
    const flag = c.working[day - c.first];
    if (flag === undefined) {
      uncovered = true;
      continue;
    }
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    if (flag === '0') days.push({ day, kind: 'rest' });
    else if (weekend) days.push({ day, kind: 'makeup' });
  }
  return { days, uncovered };
}

/** The working days from `from` to `to`, both included; `undefined` when the calendar does not cover them all. */
export function workingDaysIn(c: CalendarInternals, from: number, to: number): number | undefined {
  if (from - c.first < 0 || to - c.first >= c.size) return undefined;
  let n = 0;
  for (let day = from; day <= to; day++) if (c.working[day - c.first] === '1') n++;
  return n;
}
