import type { ClauseId } from '../core/clauses.js';
import { dayNumberOrThrow, describe, isoOfDayNumber } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { valueOrIssues } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { MessagePair, RuleIssue } from '../core/issues.js';
import { CHINA_MAINLAND_CALENDAR } from './chinaMainland.js';
import { internalsOf } from './internals.js';
import type { CalendarInternals } from './internals.js';
import { CALENDAR_RANGE_MESSAGES } from './messages.js';

/**
 * The wording of the core `invalid_option` for a `calendar` not made by createWorkdayCalendar
 * (written out, without the reason's parameters: isWorkingDay's bundle carries it). Not an
 * issue code of its own, so not in ISSUE_CODES or docs/issue-codes.md.
 */
const CALENDAR_OPTION_MESSAGES = {
  invalid_option: ['“{name}”应为“createWorkdayCalendar”所建的日历', '{name} must be made by createWorkdayCalendar'],
} as const satisfies Record<string, MessagePair>;

/**
 * The internals of a `calendar` parameter: {@link CHINA_MAINLAND_CALENDAR} when `undefined`;
 * anything not made by {@link createWorkdayCalendar} throws `SvaError` `invalid_option`. @internal
 */
export function resolveCalendar(calendar: unknown, clause: ClauseId, name = 'calendar'): CalendarInternals {
  const found = internalsOf(calendar === undefined ? CHINA_MAINLAND_CALENDAR : calendar);
  if (found === undefined) {
    // The issue invalidOptionIssue builds, in a wording of its own: isWorkingDay's bundle (2 KB
    // with all the calendar data, issue 15) cannot carry that builder too (31 B more, measured).
    throw new SvaError(issueFrom(CALENDAR_OPTION_MESSAGES, 'invalid_option', clause, { path: [name], received: describe(calendar), params: { name } }));
  }
  return found;
}

/** The IsoDate of an offset of the calendar. @internal */
export function isoAt(c: CalendarInternals, offset: number): IsoDate {
  return isoOfDayNumber(c.first + offset);
}

/**
 * The `calendar_out_of_range` issue: `name` and `received` name the day (a parameter and its
 * value, or the result being computed, e.g. `addWorkingDays` and `(2026-12-01, 250)`). @internal
 */
export function outOfRangeIssue(c: CalendarInternals, clause: ClauseId, name: string, received: string, path: readonly (string | number)[]): RuleIssue {
  // A day given (a date string, quoted by `describe`: a valid one, since it was read): its year;
  // else (a Date, or a result being computed) 该年.
  return issueFrom(CALENDAR_RANGE_MESSAGES, 'calendar_out_of_range', clause, {
    path,
    expected: c.range,
    received,
    params: { name, year: received[0] === '"' ? received.slice(1, 5) : '该', first: c.range.slice(0, 4), last: c.range.slice(11, 15) },
  });
}

/**
 * The offset of a date parameter in the calendar. Throws `SvaError` `invalid_date` for a bad
 * date and `calendar_out_of_range` for a day the calendar does not cover. @internal
 */
export function coveredOffset(c: CalendarInternals, input: unknown, name: string, clause: ClauseId): number {
  const offset = dayNumberOrThrow(input, name, clause) - c.first;
  if (offset < 0 || offset >= c.size) throw new SvaError(outOfRangeIssue(c, clause, name, describe(input), [name]));
  return offset;
}

/**
 * {@link coveredOffset} of a day number, for the day-number twins: throws `SvaError`
 * `calendar_out_of_range` citing `clause`, naming the day `name`, at `path`, for a day the
 * calendar does not cover. `input` is the day as the caller wrote it, for `received` (by default
 * the day as an IsoDate). @internal
 */
export function dayOffset(c: CalendarInternals, day: number, clause: ClauseId, name: string, path: readonly (string | number)[], input?: unknown): number {
  const offset = day - c.first;
  if (offset < 0 || offset >= c.size) throw new SvaError(outOfRangeIssue(c, clause, name, describe(input ?? isoOfDayNumber(day)), path));
  return offset;
}

/**
 * The clause the generic working-day functions cite (isWorkingDay, addWorkingDays,
 * countWorkingDays, createWorkdayCalendar, the calendar data readers): `calendar.working_days`,
 * the State Council notices. The functions tied to one rule of the scheme cite that rule. @internal
 */
export const WORKING_DAYS_CLAUSE = 'calendar.working_days' satisfies ClauseId;

/**
 * Like {@link coveredOffset}, but pushes the issues onto `issues` and answers `undefined`, so that
 * a function can report every bad parameter at once. @internal
 */
export function offsetOrIssues(c: CalendarInternals, input: unknown, name: string, clause: ClauseId, issues: RuleIssue[]): number | undefined {
  return valueOrIssues(issues, () => coveredOffset(c, input, name, clause));
}
