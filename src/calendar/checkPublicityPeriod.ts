import { PUBLICITY_PERIOD_FIELDS } from './labels.js';
import type { DateInput } from '../core/dates.js';
import { describe, zhDate } from '../core/dates.js';
import { missingIssue, labelIssues } from '../core/evidence.js';
import { guardCheck, isRecord, notAnObjectIssue, valueOrIssues } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { countOffsets, nthWorkingDayFrom } from './counting.js';
import type { CalendarInternals, WorkdayCalendar } from './internals.js';
import { CALENDAR_MESSAGES } from './messages.js';
import { optionsRecord } from './options.js';
import type { PublicityKind } from './publicityEndDate.js';
import { dayOffset, isoAt, offsetOrIssues, resolveCalendar } from './resolve.js';

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
 * reaches 5. Never throws.
 *
 * Issues, citing `selection.publicity` or `results.publicity` by `kind`:
 * `missing_field` (kind, start, end), `invalid_input` (kind), `invalid_date` (start, end), `calendar_out_of_range`
 * (a day the calendar does not cover: never guessed), `publicity_end_before_start`,
 * `publicity_too_short` (with the count as `received`, the number asked for as `expected`, and the
 * earliest possible end in the message), `invalid_option` (a bad policy or calendar).
 *
 * @param period - `{ kind, start, end }`.
 * @param options - `policy`, `calendar`.
 * @returns `{ ok, issues }`: ok when the publicity is long enough.
 * @example
 * checkPublicityPeriod({ kind: 'selection', start: '2024-03-11', end: '2024-03-15' }) // { ok: true, issues: [] }
 * checkPublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-08' })
 * // { ok: false, issues: [{ code: 'publicity_too_short', clause: 'results.publicity', expected: 5, received: 2,
 * //   message: '公示期应不少于5个工作日，2024年9月30日至2024年10月8日实为2个工作日，最早可于2024年10月11日结束', … }] }
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
      issues.push(missingIssue(clause, ['kind']));
    } else if (!known) {
      issues.push(
        issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
          path: ['kind'],
          expected: "'selection' | 'results'",
          received: describe(kind),
          params: { reasonZh: '公示事项应为“selection”（考核机构遴选公示）或“results”（考核结果公示）', reasonEn: "kind must be 'selection' or 'results'" },
        }),
      );
    }
    const from = dateOrIssues(c, period.start, 'start', clause, issues);
    const to = dateOrIssues(c, period.end, 'end', clause, issues);
    if (from !== undefined && to !== undefined) issues.push(...lengthIssues(c, known ? n : undefined, clause, from, to, []));
    return resultOf(labelIssues(issues, PUBLICITY_PERIOD_FIELDS));
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
  const from = valueOrIssues(issues, () => dayOffset(c, start, clause, 'start', [...prefix, 'start']));
  const to = valueOrIssues(issues, () => dayOffset(c, end, clause, 'end', [...prefix, 'end']));
  if (from !== undefined && to !== undefined) issues.push(...lengthIssues(c, n, clause, from, to, prefix));
  return issues;
}

type PublicityClause = 'selection.publicity' | 'results.publicity';

// The calendar and the number of working days asked for (0 for an unknown kind); throws invalid_option.
function periodRule(options: unknown, kind: unknown, clause: PublicityClause): { readonly c: CalendarInternals; readonly n: number } {
  const known = kind === 'selection' || kind === 'results';
  const opts = optionsRecord(options, clause);
  const c = resolveCalendar(opts.calendar, clause);
  if (!known) return { c, n: 0 };
  const key = kind === 'results' ? 'resultsPublicityWorkingDays' : 'selectionPublicityWorkingDays';
  return { c, n: readPolicy(opts, [key], clause)[key] };
}

// The end before the start, or too few working days from offset `from` to `to` (none checked when `n` is undefined).
function lengthIssues(
  c: CalendarInternals,
  n: number | undefined,
  clause: PublicityClause,
  from: number,
  to: number,
  prefix: readonly (string | number)[],
): RuleIssue[] {
  const start = isoAt(c, from);
  const end = isoAt(c, to);
  const path = [...prefix, 'end'];
  if (to < from) return [issueFrom(CALENDAR_MESSAGES, 'publicity_end_before_start', clause, { path, params: { start, end } })];
  if (n === undefined) return [];
  const count = countOffsets(c, from, to);
  return count < n ? [tooShort(clause, { start, end, path }, n, count, nthWorkingDayFrom(c, from, n), c)] : [];
}

function dateOrIssues(
  c: CalendarInternals,
  value: unknown,
  name: 'start' | 'end',
  clause: PublicityClause,
  issues: RuleIssue[],
): number | undefined {
  if (value !== undefined) return offsetOrIssues(c, value, name, clause, issues);
  issues.push(missingIssue(clause, [name]));
  return undefined;
}

function tooShort(
  clause: PublicityClause,
  period: { readonly start: string; readonly end: string; readonly path: readonly (string | number)[] },
  n: number,
  count: number,
  earliest: number | undefined,
  c: CalendarInternals,
): RuleIssue {
  const earliestEnd = earliest === undefined ? undefined : isoAt(c, earliest);
  return issueFrom(CALENDAR_MESSAGES, 'publicity_too_short', clause, {
    path: period.path,
    expected: n,
    received: count,
    params: {
      start: period.start,
      end: period.end,
      earliestZh: earliestEnd === undefined ? '' : `，最早可于${zhDate(earliestEnd)}结束`,
      earliestEn: earliestEnd === undefined ? '' : ` (it may end on ${earliestEnd} at the earliest)`,
    },
  });
}
