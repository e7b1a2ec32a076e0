import { REGISTRATIONS_FIELDS } from './labels.js';
import { describe } from '../core/dates.js';
import { guardCheck, invalidOptionIssue, isRecord } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { readPolicy } from '../core/policyOptions.js';
import type { Policy } from '../core/policy.js';
import { eligibilityIssues } from '../identity/checkCandidateEligibility.js';
import { invalidIssue, labelIssues, missingIssue, readDate, underPath } from '../core/evidence.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import { effectiveDayOf, pushBeforeEffective } from '../core/effective.js';
import type { Registration } from './types.js';

/** Options of {@link checkRegistrations}. */
export interface CheckRegistrationsOptions {
  /**
   * 考核人数 of the batch plan: no more candidates may register. Left out, the capacity is not
   * checked and that is reported (`missing_field`, an error): missing is not "no limit".
   */
  readonly planCandidateCount?: number;
  /** Default {@link ZAOZHUANG_2023}: `minCandidateAge`, `effectiveFrom`. */
  readonly policy?: Policy;
}

const CLAUSE = 'registration.eligible';

function countOption(value: unknown, issues: RuleIssue[]): number | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) return value;
  issues.push(
    invalidOptionIssue(CLAUSE, ['planCandidateCount'], '应为不小于0的整数', 'must be a whole number, 0 or more', { received: describe(value) }),
  );
  return undefined;
}

// A list of registrations, as its messages name it (第5条报名信息).
const LIST = { zh: '报名信息', en: 'registration' };

/** `s.toUpperCase()`, without building a new string (to be hashed again) for one that has no letter to change. */
function upperCased(s: string): string {
  // Below 'a' (97) no character has an upper case; an ID number as typed has none but a final x.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 96) return s.toUpperCase();
  return s;
}

/**
 * Checks a batch's registrations: every candidate of legal age on the day they register, no ID
 * number twice, and no more candidates than the plan's count.
 *
 * Policy, 四2(2): 「考核机构根据考核计划和考核能力，组织符合条件的人员报名参加考试」; 二: 「达到法定劳动
 * 年龄、具有相应技能的劳动者，均可申报专项职业能力考核」.
 *
 * - Each registration is checked by {@link checkCandidateEligibility} with `registeredOn` as the
 *   application day (16 周岁 on that day; the birthday counts); its issues keep their clause
 *   `candidate.age` and their paths start with the registration's index (`[2, 'idNumber']`).
 * - An ID number given twice (compared after upper-casing a final x): `registration_duplicate_id`
 *   at the later one.
 * - A `registeredOn` before the scheme took effect (`policy.effectiveFrom`, 2023-04-23):
 *   `before_policy_effective`, citing `policy.effective`.
 * - More registrations than `planCandidateCount`: `registration_over_capacity`. Without
 *   `planCandidateCount` the capacity cannot be checked: `missing_field` (an error, path
 *   `['planCandidateCount']`), never read as "no limit".
 *
 * Every failure is listed. Never throws.
 *
 * @param registrations - the registrations of one batch.
 * @param options - `planCandidateCount`, `policy`.
 * @returns `ok` when every candidate may sit the exam and the plan's count holds.
 * @throws nothing: bad input becomes an issue.
 * @example
 * checkRegistrations([{ idNumber: '370402200910150011', registeredOn: '2025-10-14' }], { planCandidateCount: 30 })
 * // { ok: false, issues: [{ code: 'candidate_under_age', clause: 'candidate.age', path: [0, 'idNumber'], … }] }
 * checkRegistrations([]).issues[0] // { code: 'missing_field', clause: 'registration.eligible', path: ['planCandidateCount'], … }
 * checkRegistrations([], { planCandidateCount: 0 }) // { ok: true, issues: [] }
 */
export function checkRegistrations(registrations: readonly Registration[], options?: CheckRegistrationsOptions): RuleResult {
  return guardCheck(CLAUSE, () => registrationsResult(registrations, options));
}

/**
 * {@link checkRegistrations} within its guard, setting `valid[i]` for each registration i whose ID
 * number is a valid resident ID number: auditBatch need not check a certificate bearing that very
 * number again. @internal
 */
export function registrationsResult(registrations: unknown, options: CheckRegistrationsOptions | undefined, valid: boolean[] = []): RuleResult {
  const issues: RuleIssue[] = [];
  const policy = readPolicy(options, ['minCandidateAge', 'effectiveFrom'], CLAUSE);
  const effective = effectiveDayOf(policy.effectiveFrom);
  const capacity = countOption(options?.planCandidateCount, issues);
  if (!Array.isArray(registrations)) return resultOf(labelIssues([...issues, invalidIssue(CLAUSE, ['registrations'], registrations, '列表', 'an array', undefined, LIST.zh)], REGISTRATIONS_FIELDS, LIST));
  const firstWithId = new Map<string, number>();
  const list = Array.from(registrations as readonly unknown[]);
  list.forEach((entry, index) => {
    if (!isRecord(entry)) {
      issues.push(invalidIssue(CLAUSE, [index], entry, '对象', 'an object'));
      return;
    }
    const { idNumber, birthDate, registeredOn } = entry;
    const registered = readDate(registeredOn, [index, 'registeredOn'], 'candidate.age', issues);
    pushBeforeEffective(registered, effective, [index, 'registeredOn'], ['报名日期', 'registration date'], issues);
    // checkCandidateEligibility with registeredOn, already read above, as the application day,
    // and the policy read once above.
    // Its issues, pushed here, are taken back to be placed under the registration's index.
    const before = issues.length;
    if (eligibilityIssues(idNumber, birthDate, registered, policy, issues)) valid[index] = true;
    if (issues.length > before) issues.push(...underPath(issues.splice(before), [index]));
    if (typeof idNumber !== 'string') return;
    const key = upperCased(idNumber);
    const first = firstWithId.get(key);
    if (first === undefined) firstWithId.set(key, index);
    else {
      issues.push(
        issueFrom(REGISTRATION_MESSAGES, 'registration_duplicate_id', CLAUSE, { path: [index, 'idNumber'], received: idNumber, params: { first: first + 1 } }),
      );
    }
  });
  // Missing is not "no limit": the capacity is reported as not checked, after the registrations.
  if (options?.planCandidateCount === undefined) issues.push(missingIssue(CLAUSE, ['planCandidateCount'], 'error', '考核计划的考核人数'));
  else if (capacity !== undefined && list.length > capacity) {
    issues.push(issueFrom(REGISTRATION_MESSAGES, 'registration_over_capacity', CLAUSE, { expected: capacity, received: list.length }));
  }
  return resultOf(labelIssues(issues, REGISTRATIONS_FIELDS, LIST));
}
