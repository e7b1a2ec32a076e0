import type { DateInput } from '../core/dates.js';
import { dayNumberOrThrow, isoOfDayNumber, zhDateOfDayNumber } from '../core/dates.js';
import { invalidIssue, missingIssue } from '../core/evidence.js';
import { guardCheck, isRecord, notAnObjectIssue, valueOrIssues } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { addOffsets, workingDayBounds } from './counting.js';
import type { CalendarInternals, WorkdayCalendar } from './internals.js';
import { CALENDAR_BOUND_MESSAGES, CALENDAR_MESSAGES } from './messages.js';
import { optionsRecord, readWindows } from './options.js';
import type { PublicityKind } from './publicityEndDate.js';
import { dayOffset, isoAt, resolveCalendar } from './resolve.js';

/** A publicity period to check. */
export interface PublicityPeriod {
  /** `'selection'`: the selection result, 三3(2); `'results'`: the assessment results, 四2(5). */
  readonly kind: PublicityKind;
  /** The first day of the publicity. */
  readonly start: DateInput;
  /** The last day of the publicity, included. */
  readonly end: DateInput;
}

/** Options of {@link checkPublicityPeriod}. */
export interface CheckPublicityPeriodOptions {
  /** Default {@link ZAOZHUANG_2023}: `selectionPublicityWorkingDays` or `resultsPublicityWorkingDays` (5). */
  readonly policy?: Policy;
  /** Default {@link CHINA_MAINLAND_CALENDAR}. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * Checks that a publicity lasts at least the working days the policy asks for.
 *
 * Policy, 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日」; 四2(5): 「考核机构对考核结果予以
 * 公示，公示时间不少于5个工作日」. Reading: a publicity from S to E covers the working days from S
 * (S counts when it is a working day) through E, both included; it is long enough when that count
 * reaches 5. A publicity that runs past the calendar's end (or starts before its first day) is
 * answered when the days the calendar covers decide it: 2026-12-21 to 2027-01-08 already holds 9
 * working days in 2026, so it is long enough whatever 2027 brings; 2026-12-31 to 2027-01-02 holds
 * at most 3 even if both days of 2027 are working days, so it is too short whatever 2027 brings.
 * `calendar_out_of_range` is reported only when the answer depends on days the calendar does not
 * cover. Never throws.
 *
 * Issues, citing `selection.publicity` or `results.publicity` by `kind`:
 * `missing_field` (kind, start, end), `invalid_input` (kind), `invalid_date` (start, end), `calendar_out_of_range`
 * (a day the calendar does not cover, when the covered days hold too few working days: never
 * guessed), `publicity_end_before_start`,
 * `publicity_too_short` (with the count as `received`, the number asked for as `expected`, and the
 * earliest possible end in the message; for a period the calendar covers in part, the most it may
 * hold as `received`, 「至多为N个」), `invalid_option` (a bad policy or calendar).
 *
 * @param period - `{ kind, start, end }`.
 * @param options - `policy`, `calendar`.
 * @returns `{ ok, issues }`: ok when the publicity is long enough.
 * @example
 * checkPublicityPeriod({ kind: 'selection', start: '2024-03-11', end: '2024-03-15' }) // { ok: true, issues: [] }
 * checkPublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-08' })
 * // { ok: false, issues: [{ code: 'publicity_too_short', clause: 'results.publicity', expected: 5, received: 2,
 * //   message: '公示期应不少于5个工作日，2024年9月30日至2024年10月8日实为2个工作日，最早可于2024年10月11日结束', … }] }
 * checkPublicityPeriod({ kind: 'results', start: '2026-12-21', end: '2027-01-08' }) // { ok: true, issues: [] }
 * checkPublicityPeriod({ kind: 'results', start: '2026-12-31', end: '2027-01-02' }).issues[0].message
 * // '公示期应不少于5个工作日，至多为3个'
 */
export function checkPublicityPeriod(period: PublicityPeriod, options?: CheckPublicityPeriodOptions): RuleResult {
  return guardCheck('selection.publicity', () => {
    if (!isRecord(period)) return resultOf([notAnObjectIssue('selection.publicity', 'period')]);
    const kind: unknown = period.kind;
    const known = kind === 'selection' || kind === 'results';
    const clause = kind === 'results' ? 'results.publicity' : 'selection.publicity';
    const { c, n } = periodRule(options, kind, clause);
    const issues: RuleIssue[] = [];
    if (kind === undefined) {
      issues.push(missingIssue(clause, ['kind'], 'error', '公示事项'));
    } else if (!known) {
      issues.push(
        invalidIssue(clause, ['kind'], kind, '“selection”或“results”', "'selection' or 'results'", "'selection' | 'results'", '公示事项'),
      );
    }
    const { start, end } = period;
    const from = dateOrIssues(start, 'start', clause, issues);
    const to = dateOrIssues(end, 'end', clause, issues);
    if (from !== undefined && to !== undefined) issues.push(...lengthIssues(c, known ? n : undefined, clause, from, to, [], [start, end]));
    return resultOf(issues);
  });
}

/**
 * {@link checkPublicityPeriod} on day numbers, for the other areas: the issues of a publicity of
 * `kind` from day `start` to day `end`, each placed under `prefix`. An `invalid_option` keeps the
 * option's own path. Never throws an SvaError. @internal
 */
export function publicityPeriodDayIssues(
  kind: PublicityKind,
  start: number,
  end: number,
  options: unknown,
  prefix: readonly (string | number)[] = [],
): RuleIssue[] {
  const clause: PublicityClause = kind === 'results' ? 'results.publicity' : 'selection.publicity';
  const issues: RuleIssue[] = [];
  const rule = valueOrIssues(issues, () => periodRule(options, kind, clause));
  if (rule === undefined) return issues;
  const { c, n } = rule;
  return lengthIssues(c, n, clause, start, end, prefix);
}

type PublicityClause = 'selection.publicity' | 'results.publicity';

// The calendar and the number of working days asked for (0 for an unknown kind); throws invalid_option.
function periodRule(options: unknown, kind: unknown, clause: PublicityClause): { readonly c: CalendarInternals; readonly n: number } {
  const known = kind === 'selection' || kind === 'results';
  const opts = optionsRecord(options, clause);
  const c = resolveCalendar(opts.calendar, clause);
  if (!known) return { c, n: 0 };
  const key = kind === 'results' ? 'resultsPublicityWorkingDays' : 'selectionPublicityWorkingDays';
  return { c, n: readWindows(opts, [key], clause)[key] };
}

// The end before the start, or too few working days from day `start` to day `end` (none checked
// when `n` is undefined). A period the calendar covers only in part is answered when its covered
// days decide it: long enough when they hold `n` working days, too short when even with every
// uncovered day a working day it holds fewer; otherwise the uncovered days are reported, since the
// answer depends on them (`inputs`: as the caller wrote them).
function lengthIssues(
  c: CalendarInternals,
  n: number | undefined,
  clause: PublicityClause,
  start: number,
  end: number,
  prefix: readonly (string | number)[],
  inputs: readonly unknown[] = [],
): RuleIssue[] {
  const path = [...prefix, 'end'];
  const params = { start: isoOfDayNumber(start), end: isoOfDayNumber(end), startZh: zhDateOfDayNumber(start), endZh: zhDateOfDayNumber(end) };
  if (end < start) return [issueFrom(CALENDAR_MESSAGES, 'publicity_end_before_start', clause, { path, params })];
  if (n === undefined) return [];
  const [least, most] = workingDayBounds(c, start, end);
  if (least >= n) return [];
  if (most < n) {
    // Too short. Covered whole: with the earliest end, when the calendar covers it. Covered in
    // part: even with every uncovered day a working day it holds fewer than n, "at most" `most`.
    const earliest = least === most ? addOffsets(c, start - c.first - 1, n) : undefined;
    const earliestEnd = earliest === undefined ? '' : isoAt(c, earliest);
    const earliestZh = earliest === undefined ? '' : zhDateOfDayNumber(c.first + earliest);
    return [
      issueFrom(least === most ? CALENDAR_MESSAGES : CALENDAR_BOUND_MESSAGES, 'publicity_too_short', clause, {
        path,
        expected: n,
        received: most,
        params: {
          ...params,
          earliestZh: earliestZh && `，最早可于${earliestZh}结束`,
          earliestEn: earliestEnd && ` (it may end on ${earliestEnd} at the earliest)`,
        },
      }),
    ];
  }
  const issues: RuleIssue[] = [];
  valueOrIssues(issues, () => dayOffset(c, start, clause, 'start', [...prefix, 'start'], inputs[0]));
  valueOrIssues(issues, () => dayOffset(c, end, clause, 'end', path, inputs[1]));
  return issues;
}

function dateOrIssues(value: unknown, name: 'start' | 'end', clause: PublicityClause, issues: RuleIssue[]): number | undefined {
  const words = name === 'start' ? '公示开始日期' : '公示结束日期';
  if (value !== undefined) return valueOrIssues(issues, () => dayNumberOrThrow(value, name, clause, words));
  issues.push(missingIssue(clause, [name], 'error', words));
  return undefined;
}
