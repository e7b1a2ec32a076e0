import { dayNumberOrThrow, isoOfDayNumber } from '../core/dates.js';
import type { DateInput, IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import type { Policy } from '../core/policy.js';
import { addOffsets, workingDayBounds } from './counting.js';
import type { CalendarInternals, WorkdayCalendar } from './internals.js';
import { optionsRecord, readWindows } from './options.js';
import { dayOffset, outOfRangeIssue, resolveCalendar } from './resolve.js';

const CLAUSE = 'plan.deadline';

/** Options of {@link planFilingDeadline}. */
export interface PlanFilingDeadlineOptions {
  /** Default {@link ZAOZHUANG_2023}: `planFilingWorkingDays` (5), `planFilingReading` (`'deadline'`). */
  readonly policy?: Policy;
  /** Default {@link CHINA_MAINLAND_CALENDAR}. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * The last day the batch plan may be filed on the platform: the 5th working day before the exam's
 * first day (`'deadline'` reading), or the day before the exam (`'window'` reading).
 *
 * Policy, 四2(3): 「考核机构在考试开始前5个工作日内，通过“山东省职业技能综合评价信息管理平台”编制本批次
 * 考核计划」. Two readings, chosen by `policy.planFilingReading`:
 * - `'deadline'` (the default): filed at least 5 working days before the exam, no later than the
 *   5th working day before its first day (the exam day itself is not counted, and need not be a
 *   working day);
 * - `'window'`: filed within the 5 working days before the exam, from the 5th working day before
 *   its first day to the day before it; the last day is the day before the exam.
 *
 * Constant time.
 *
 * @param examStart - the exam's first day, an IsoDate or a `Date` read in UTC+8.
 * @param options - `policy` (its `planFilingWorkingDays` and `planFilingReading`), `calendar`.
 * @returns the deadline, an IsoDate: under `'deadline'` always a working day.
 * @throws {@link SvaError} `invalid_date`, `calendar_out_of_range` (under `'deadline'`, when the
 * days the calendar covers do not decide the deadline: an exam after the day that follows the
 * calendar's last, or a deadline before its first day; never guessed), `invalid_option`; citing
 * `plan.deadline`. An exam on the day after the calendar's last is answered (its own day is not
 * counted); under `'window'` the last day is the day before the exam, whatever the calendar.
 * @example
 * planFilingDeadline('2024-03-18') // '2024-03-11': Monday a week before
 * planFilingDeadline('2024-10-08') // '2024-09-25': the exam follows National Day
 * planFilingDeadline('2024-03-16') // '2024-03-11': a Saturday exam
 * planFilingDeadline('2027-01-01') // '2026-12-25': the calendar's last five working days
 * planFilingDeadline('2024-03-18', { policy: definePolicy({ planFilingReading: 'window' }) }) // '2024-03-17': the window 2024-03-11 … 2024-03-17
 */
export function planFilingDeadline(examStart: DateInput, options?: PlanFilingDeadlineOptions): IsoDate {
  return guardValue(CLAUSE, () => {
    const rule = filingRule(options);
    const day = dayNumberOrThrow(examStart, 'examStart', CLAUSE, '考试开始日期');
    return isoOfDayNumber(lastDay(rule, day, ['examStart'], examStart));
  });
}

/**
 * {@link planFilingDeadline} on day numbers, for the other areas: the deadline of an exam that
 * starts on day `examStart`. A `calendar_out_of_range` issue is placed at `path` (the caller's
 * field); an `invalid_option` at the option's own path. Throws only {@link SvaError}. @internal
 */
export function planFilingDeadlineDay(examStart: number, options: unknown, path: readonly (string | number)[] = ['examStart']): number {
  return lastDay(filingRule(options), examStart, path);
}

/**
 * How a plan filed on day `filed` for an exam on day `examStart` stands, for checkBatch:
 * - `{ days: [first, last] }` when the calendar decides the days it may be filed on: under
 *   `'deadline'` `[undefined, the 5th working day before]` (no first day), under `'window'` `[the
 *   5th working day before, the day before the exam]`; the caller compares `filed` with them;
 * - else, when the days the calendar covers decide the answer whatever the uncovered days are:
 *   `{}` on time; `{ late: m }` late, with at most `m` working days from the filing through the
 *   day before the exam (`'deadline'`; `m` = 0 when filed on or after the exam's first day, as
 *   under `'window'`); `{ early: l }` too early (`'window'`), with at least `l` working days
 *   between the filing and the exam.
 *
 * Throws `calendar_out_of_range` at `path` when the answer depends on days the calendar does not
 * cover (or `filed` is `undefined` and the days are not decided); `invalid_option` as
 * {@link planFilingDeadlineDay}. @internal
 */
export function planFiling(examStart: number, filed: number | undefined, options: unknown, path: readonly (string | number)[]): PlanFiling {
  const rule = filingRule(options);
  const { n, window, c } = rule;
  try {
    const fifth = deadlineIn(rule, examStart, path);
    return { days: window ? [fifth, examStart - 1] : [undefined, fifth] };
  } catch (error) {
    if (filed === undefined) throw error;
    if (filed >= examStart) return { late: 0 };
    // On time under 'deadline': n working days or more from the filing through the day before the
    // exam; too early under 'window': n or more strictly between the filing and the exam.
    const [least, most] = workingDayBounds(c, window ? filed + 1 : filed, examStart - 1);
    if (window ? most < n : least >= n) return {};
    if (least >= n) return { early: least };
    if (most < n) return { late: most };
    throw error;
  }
}

/** The answer of {@link planFiling}. @internal */
export interface PlanFiling {
  readonly days?: readonly [number | undefined, number];
  readonly late?: number;
  readonly early?: number;
}

interface FilingRule {
  readonly n: number;
  readonly window: boolean;
  readonly c: CalendarInternals;
}

// The options, in the order they are checked: the options object, the policy's numbers, the calendar.
function filingRule(options: unknown): FilingRule {
  const opts = optionsRecord(options, CLAUSE);
  const p = readWindows(opts, ['planFilingWorkingDays', 'planFilingReading'], CLAUSE);
  return { n: p.planFilingWorkingDays, window: p.planFilingReading === 'window', c: resolveCalendar(opts.calendar, CLAUSE) };
}

// The last filing day of an exam on day `start`: the deadline, or under 'window' the day before the exam.
function lastDay(rule: FilingRule, start: number, path: readonly (string | number)[], input?: unknown): number {
  return rule.window ? start - 1 : deadlineIn(rule, start, path, input);
}

// The n-th working day before an exam on day `start` (`input`: as the caller wrote it, for the
// issues). The exam's own day is not counted, so an exam on the day after the calendar's last is
// decided by the calendar too.
function deadlineIn({ n, c }: FilingRule, start: number, path: readonly (string | number)[], input?: unknown): number {
  const offset = start - c.first === c.size ? c.size : dayOffset(c, start, CLAUSE, 'examStart', path, input);
  const deadline = addOffsets(c, offset, -n);
  if (deadline === undefined) {
    throw new SvaError(outOfRangeIssue(c, CLAUSE, 'planFilingDeadline', `(${isoOfDayNumber(start)}, ${n})`, path));
  }
  return c.first + deadline;
}
