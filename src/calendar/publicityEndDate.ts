import type { ClauseId } from '../core/clauses.js';
import type { DateInput, IsoDate } from '../core/dates.js';
import { dayNumberOrThrow, describe, isoOfDayNumber } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue, invalidOptionIssue } from '../core/guard.js';
import type { Policy } from '../core/policy.js';
import { addOffsets } from './counting.js';
import type { CalendarInternals, WorkdayCalendar } from './internals.js';
import { optionsRecord, readWindows, workingDayCountOption } from './options.js';
import { dayOffset, isoAt, outOfRangeIssue, resolveCalendar } from './resolve.js';

/** Which publicity of the policy: the selection result (三3(2)) or the assessment results (四2(5)). */
export type PublicityKind = 'selection' | 'results';

/** Options of {@link publicityEndDate}. */
export interface PublicityEndDateOptions {
  /** Which publicity; decides the policy number and the clause cited. Default `'selection'`. */
  readonly kind?: PublicityKind;
  /** Working days the publicity must cover; default the policy's number for `kind` (5). */
  readonly workingDays?: number;
  /** Default {@link ZAOZHUANG_2023}. */
  readonly policy?: Policy;
  /** Default {@link CHINA_MAINLAND_CALENDAR}. */
  readonly calendar?: WorkdayCalendar;
}

/** The clause and policy number of a publicity kind; throws `invalid_option` for another value. @internal */
export function publicityRule(kind: unknown, clause: ClauseId = 'selection.publicity') {
  if (kind === 'selection' || kind === undefined) return { clause: 'selection.publicity', key: 'selectionPublicityWorkingDays' } as const;
  if (kind === 'results') return { clause: 'results.publicity', key: 'resultsPublicityWorkingDays' } as const;
  throw new SvaError(
    invalidOptionIssue(clause, ['kind'], '应为“selection”或“results”', "must be 'selection' or 'results'", {
      expected: "'selection' | 'results'",
      received: describe(kind),
    }),
  );
}

/**
 * The earliest day a publicity that starts on `start` may end: the day its working-day count
 * reaches the number the policy asks for.
 *
 * Policy, 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日」; 四2(5): 「考核机构对考核结果予以
 * 公示，公示时间不少于5个工作日」. Reading: a publicity from S to E covers the working days from S
 * (S counts when it is a working day) through E; it is long enough when that count reaches 5. The
 * next step (the institution code, the certificates) may happen on the day after E. Constant time.
 *
 * @param start - the first day of the publicity, an IsoDate or a `Date` read in UTC+8.
 * @param options - `kind` (default `'selection'`), `workingDays` (default the policy's number),
 * `policy`, `calendar`.
 * @returns the earliest last day E, an IsoDate: always a working day.
 * @throws {@link SvaError} `invalid_date`, `calendar_out_of_range` (for `start`, or when E would lie
 * outside the calendar: never guessed), `invalid_option`; citing the clause of `kind`.
 * @example
 * publicityEndDate('2024-03-11') // '2024-03-15': Monday to Friday
 * publicityEndDate('2024-03-16') // '2024-03-22': a Saturday start counts from Monday
 * publicityEndDate('2024-09-30', { kind: 'results' }) // '2024-10-11': National Day is not counted
 */
export function publicityEndDate(start: DateInput, options?: PublicityEndDateOptions): IsoDate {
  return guardValue('selection.publicity', () => {
    const { clause, n, c } = endRule(options);
    const day = dayNumberOrThrow(start, 'start', clause, '公示开始日期');
    return isoOfDayNumber(endIn(c, n, clause, day, ['start'], start));
  });
}

/**
 * {@link publicityEndDate} on day numbers, for the other areas: the earliest last day of a
 * publicity that starts on day `start`. A `calendar_out_of_range` issue is placed at `path` (the
 * caller's field); an `invalid_option` at the option's own path. Throws only {@link SvaError}.
 * @internal
 */
export function publicityEndDay(start: number, options: unknown, path: readonly (string | number)[] = ['start']): number {
  const { clause, n, c } = endRule(options);
  return endIn(c, n, clause, start, path);
}

// The options, in the order they are checked: the options object, kind, the number of working days, the calendar.
function endRule(options: unknown): { readonly clause: ClauseId; readonly n: number; readonly c: CalendarInternals } {
  const opts = optionsRecord(options, 'selection.publicity');
  const { clause, key } = publicityRule(opts.kind);
  const n =
    opts.workingDays === undefined
      ? readWindows(opts, [key], clause)[key]
      : workingDayCountOption(opts.workingDays, 'workingDays', clause);
  const c = resolveCalendar(opts.calendar, clause);
  return { clause, n, c };
}

// The earliest end of a publicity from day `start` (`input`: as the caller wrote it, for the issues).
function endIn(c: CalendarInternals, n: number, clause: ClauseId, start: number, path: readonly (string | number)[], input?: unknown): number {
  const offset = dayOffset(c, start, clause, 'start', path, input);
  const end = addOffsets(c, offset - 1, n);
  if (end === undefined) throw new SvaError(outOfRangeIssue(c, clause, 'publicityEndDate', `(${isoAt(c, offset)}, ${n})`, path));
  return c.first + end;
}
