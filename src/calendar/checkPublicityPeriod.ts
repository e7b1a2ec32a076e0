import type { DateInput } from '../core/dates.js';
import { describe } from '../core/dates.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
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
import { isoAt, offsetOrIssues, resolveCalendar } from './resolve.js';

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
 * //   message: '公示时间不少于 5 个工作日，2024-09-30 至 2024-10-08 只有 2 个工作日（最早可于 2024-10-11 结束）', … }] }
 */
export function checkPublicityPeriod(period: PublicityPeriod, options?: CheckPublicityPeriodOptions): RuleResult {
  return guardCheck('selection.publicity', () => {
    if (!isRecord(period)) return resultOf([notAnObjectIssue('selection.publicity', 'period')]);
    const kind: unknown = period.kind;
    const known = kind === 'selection' || kind === 'results';
    const clause = kind === 'results' ? 'results.publicity' : 'selection.publicity';
    const opts = optionsRecord(options, clause);
    const c = resolveCalendar(opts.calendar, clause);
    const key = kind === 'results' ? 'resultsPublicityWorkingDays' : 'selectionPublicityWorkingDays';
    const n = known ? readPolicy(opts, [key], clause)[key] : 0;
    const issues: RuleIssue[] = [];
    if (kind === undefined) {
      issues.push(issueFrom(CORE_MESSAGES, 'missing_field', clause, { path: ['kind'], params: { name: 'kind' } }));
    } else if (!known) {
      issues.push(
        issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
          path: ['kind'],
          expected: "'selection' | 'results'",
          received: describe(kind),
          params: { reasonZh: "kind 应为 'selection' 或 'results'", reasonEn: "kind must be 'selection' or 'results'" },
        }),
      );
    }
    const from = dateOrIssues(c, period.start, 'start', clause, issues);
    const to = dateOrIssues(c, period.end, 'end', clause, issues);
    if (from !== undefined && to !== undefined) {
      const start = isoAt(c, from);
      const end = isoAt(c, to);
      if (to < from) {
        issues.push(issueFrom(CALENDAR_MESSAGES, 'publicity_end_before_start', clause, { path: ['end'], params: { start, end } }));
      } else if (known) {
        const count = countOffsets(c, from, to);
        if (count < n) issues.push(tooShort(clause, start, end, n, count, nthWorkingDayFrom(c, from, n), c));
      }
    }
    return resultOf(issues);
  });
}

function dateOrIssues(
  c: CalendarInternals,
  value: unknown,
  name: 'start' | 'end',
  clause: 'selection.publicity' | 'results.publicity',
  issues: RuleIssue[],
): number | undefined {
  if (value !== undefined) return offsetOrIssues(c, value, name, clause, issues);
  issues.push(issueFrom(CORE_MESSAGES, 'missing_field', clause, { path: [name], params: { name } }));
  return undefined;
}

function tooShort(
  clause: 'selection.publicity' | 'results.publicity',
  start: string,
  end: string,
  n: number,
  count: number,
  earliest: number | undefined,
  c: CalendarInternals,
): RuleIssue {
  const earliestEnd = earliest === undefined ? undefined : isoAt(c, earliest);
  return issueFrom(CALENDAR_MESSAGES, 'publicity_too_short', clause, {
    path: ['end'],
    expected: n,
    received: count,
    params: {
      start,
      end,
      earliestZh: earliestEnd === undefined ? '' : `（最早可于 ${earliestEnd} 结束）`,
      earliestEn: earliestEnd === undefined ? '' : ` (it may end on ${earliestEnd} at the earliest)`,
    },
  });
}
