import { isoDayNumber, isoOfDayNumber, partsOfDayNumber, zhDateOfDayNumber } from './dates.js';
import { issueFrom } from './issues.js';
import type { MessagePair, RuleIssue } from './issues.js';

/**
 * Issue codes of the scheme's own date (`policy.effective`): a record dated before the scheme took
 * effect is outside it. Its own table, so that only the checks that read that date carry it.
 */
export const EFFECTIVE_MESSAGES = {
  before_policy_effective: [
    '{field}为{day}，早于本方案施行之日（{effective}），不适用本方案',
    'The {fieldEn} ({received}) is before the scheme took effect on {expected}: the scheme does not apply to it',
  ],
  year_before_policy_effective: [
    '{field}为{received}年，早于本方案施行的{effectiveYear}年（{effective}施行），不适用本方案',
    'The {fieldEn} is {received}, before the year the scheme took effect ({expected}): the scheme does not apply to it',
  ],
} as const satisfies Record<string, MessagePair>;

/** A label of a field, in Chinese and in English, for the messages. @internal */
export type FieldLabel = readonly [zh: string, en: string];

/** The day number of a policy's `effectiveFrom`, already checked by the policy door. @internal */
export function effectiveDayOf(effectiveFrom: string): number {
  return isoDayNumber(effectiveFrom) as number;
}

/**
 * Pushes `before_policy_effective` (citing `policy.effective`, at `path`) when `day` is before
 * `effective` (a day number). Nothing for an unread day. @internal
 */
export function pushBeforeEffective(day: number | undefined, effective: number, path: readonly (string | number)[], field: FieldLabel, issues: RuleIssue[]): void {
  if (day === undefined || day >= effective) return;
  issues.push(
    issueFrom(EFFECTIVE_MESSAGES, 'before_policy_effective', 'policy.effective', {
      path,
      expected: isoOfDayNumber(effective),
      received: isoOfDayNumber(day),
      params: { field: field[0], fieldEn: field[1], day: zhDateOfDayNumber(day), effective: zhDateOfDayNumber(effective) },
    }),
  );
}

/**
 * Pushes `year_before_policy_effective` (citing `policy.effective`, at `path`) when `year` is
 * before the year of `effective` (a day number). @internal
 */
export function pushYearBeforeEffective(year: number, effective: number, path: readonly (string | number)[], field: FieldLabel, issues: RuleIssue[]): void {
  const effectiveYear = partsOfDayNumber(effective).year;
  if (year >= effectiveYear) return;
  issues.push(
    issueFrom(EFFECTIVE_MESSAGES, 'year_before_policy_effective', 'policy.effective', {
      path,
      expected: effectiveYear,
      received: year,
      params: { field: field[0], fieldEn: field[1], effectiveYear, effective: zhDateOfDayNumber(effective) },
    }),
  );
}
