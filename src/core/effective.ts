import { isoDayNumber, isoOfDayNumber, partsOfDayNumber, zhDateOfDayNumber } from './dates.js';
import { issueFrom } from './issues.js';
import type { RuleIssue } from './issues.js';
import { EFFECTIVE_MESSAGES } from './messages.js';

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
