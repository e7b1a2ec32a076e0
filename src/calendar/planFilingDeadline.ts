import { dayNumberOrThrow, isoOfDayNumber } from '../core/dates.js';
import type { DateInput, IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { addOffsets } from './counting.js';
import type { CalendarInternals, WorkdayCalendar } from './internals.js';
import { optionsRecord } from './options.js';
import { dayOffset, isoAt, outOfRangeIssue, resolveCalendar } from './resolve.js';

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
 * @throws {@link SvaError} `invalid_date`, `calendar_out_of_range` (for `examStart`, or when the
 * deadline would lie before the calendar's first day: never guessed), `invalid_option`; citing
 * `plan.deadline`.
 * @example
 * planFilingDeadline('2024-03-18') // '2024-03-11': Monday a week before
 * planFilingDeadline('2024-10-08') // '2024-09-25': the exam follows National Day
 * planFilingDeadline('2024-03-16') // '2024-03-11': a Saturday exam
 * planFilingDeadline('2024-03-18', { policy: definePolicy({ planFilingReading: 'window' }) }) // '2024-03-17': the window 2024-03-11 … 2024-03-17
 */
export function planFilingDeadline(examStart: DateInput, options?: PlanFilingDeadlineOptions): IsoDate {
  return guardValue(CLAUSE, () => {
    const rule = filingRule(options);
    const day = dayNumberOrThrow(examStart, 'examStart', CLAUSE);
    return isoOfDayNumber(filingDays(rule, day, ['examStart'], examStart)[1]);
  });
}

/**
 * {@link planFilingDeadline} on day numbers, for the other areas: the deadline of an exam that
 * starts on day `examStart`. A `calendar_out_of_range` issue is placed at `path` (the caller's
 * field); an `invalid_option` at the option's own path. Throws only {@link SvaError}. @internal
 */
export function planFilingDeadlineDay(examStart: number, options: unknown, path: readonly (string | number)[] = ['examStart']): number {
  return planFilingDays(examStart, options, path)[1];
}

/**
 * The days the plan of an exam on day `examStart` may be filed on, `[first, last]`: under
 * `'deadline'` `[undefined, the 5th working day before]` (no first day), under `'window'` `[the 5th
 * working day before, the day before the exam]`. Throws as {@link planFilingDeadlineDay}. @internal
 */
export function planFilingDays(examStart: number, options: unknown, path: readonly (string | number)[]): readonly [number | undefined, number] {
  return filingDays(filingRule(options), examStart, path);
}

interface FilingRule {
  readonly n: number;
  readonly window: boolean;
  readonly c: CalendarInternals;
}

// The options, in the order they are checked: the options object, the policy's numbers, the calendar.
function filingRule(options: unknown): FilingRule {
  const opts = optionsRecord(options, CLAUSE);
  const p = readPolicy(opts, ['planFilingWorkingDays', 'planFilingReading'], CLAUSE);
  return { n: p.planFilingWorkingDays, window: p.planFilingReading === 'window', c: resolveCalendar(opts.calendar, CLAUSE) };
}

function filingDays({ n, window, c }: FilingRule, start: number, path: readonly (string | number)[], input?: unknown): readonly [number | undefined, number] {
  const fifth = deadlineIn(c, n, start, path, input);
  return window ? [fifth, start - 1] : [undefined, fifth];
}

// The deadline of an exam on day `start` (`input`: as the caller wrote it, for the issues).
function deadlineIn(c: CalendarInternals, n: number, start: number, path: readonly (string | number)[], input?: unknown): number {
  const offset = dayOffset(c, start, CLAUSE, 'examStart', path, input);
  const deadline = addOffsets(c, offset, -n);
  if (deadline === undefined) {
    throw new SvaError(outOfRangeIssue(c, CLAUSE, 'planFilingDeadline', `(${isoAt(c, offset)}, ${n})`, path));
  }
  return c.first + deadline;
}
