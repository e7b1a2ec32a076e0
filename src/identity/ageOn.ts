import { dayNumberOrUndefined, invalidDateIssue, isoOfDayNumber } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { completedYears } from './completedYears.js';
import { CANDIDATE_MESSAGES } from './messages.js';

/**
 * Age in completed years (周岁) on a day.
 *
 * Policy, 二: 「达到法定劳动年龄、具有相应技能的劳动者，均可申报专项职业能力考核」: legal working age
 * is counted in 周岁.
 *
 * A year is completed on the birthday itself. Someone born on 29 February completes a year on
 * 28 February in a common year: 民法典 第二百零二条 ends a period counted in years on the
 * corresponding day of the last month, or on that month's last day when it has none (the same
 * reading as the retention periods of 四2(7)).
 *
 * @param birthDate - the birth date.
 * @param on - the day the age is wanted for; not before `birthDate`.
 * @returns the completed years, 0 or more.
 * @throws {@link SvaError} `invalid_date` for a bad date (every bad one is listed),
 *   `age_before_birth` when `on` is before `birthDate`.
 * @example
 * ageOn('2008-06-15', '2024-06-14') // 15
 * ageOn('2008-06-15', '2024-06-15') // 16: the birthday counts
 * ageOn('2084-02-29', '2100-02-28') // 16: 2100 has no 29 February
 */
export function ageOn(birthDate: DateInput, on: DateInput): number {
  return guardValue('candidate.age', () => {
    const birth = dayNumberOrUndefined(birthDate);
    const day = dayNumberOrUndefined(on);
    const issues: RuleIssue[] = [];
    if (birth === undefined) issues.push(invalidDateIssue(birthDate, 'birthDate', 'candidate.age', ['birthDate'], '出生日期'));
    if (day === undefined) issues.push(invalidDateIssue(on, 'on', 'candidate.age', ['on'], '计算年龄的日期'));
    if (birth === undefined || day === undefined) throw new SvaError(issues);
    if (day < birth) {
      throw new SvaError(
        issueFrom(CANDIDATE_MESSAGES, 'age_before_birth', 'candidate.age', {
          path: ['on'],
          expected: isoOfDayNumber(birth),
          received: isoOfDayNumber(day),
        }),
      );
    }
    return completedYears(birth, day);
  });
}

