import { describe } from './dates.js';
import { SvaError } from './errors.js';
import { deepFreeze } from './freeze.js';
import { guardValue, invalidOptionIssue, isRecord, notAnObjectIssue } from './guard.js';
import type { RuleIssue } from './issues.js';
import { POLICY_RULES, policyFault, ZAOZHUANG_2023 } from './policy.js';
import type { Policy, PolicyKey } from './policy.js';

const CLAUSE = 'policy.definition';

/**
 * A policy with some numbers changed, e.g. `definePolicy({ generalLimits: 'error' })` for the
 * strict reading of every 一般 limit. The result is frozen; `overrides` and `base` are not
 * touched.
 *
 * Every number of the result is checked, as each rule checks the numbers it reads (see
 * {@link Policy}): a pass mark above the full mark or below 1, a limit, count or working-day
 * window below 1, a retention or evaluation interval of 0 years, a number that is not whole, a
 * `generalLimits` other than `'warning'` or `'error'`, an impossible `annualSummaryDue` is refused,
 * and so is a key the policy does not have.
 *
 * @param overrides - the numbers to change.
 * @param base - the policy they change; {@link ZAOZHUANG_2023} by default.
 * @returns the new policy, deep-frozen, with the `clauses` of `base`.
 * @throws {@link SvaError} `invalid_option` naming each refused key, with the path
 *   `['overrides', key]`, or `['base', key]` for a number of `base` that the overrides make
 *   impossible (a `fullMark` below the base's `passMark`) or that `base` lacks; `invalid_input`
 *   for `overrides` or `base` that is not an object. Every issue cites `policy.definition`, as the
 *   rules do for a bad policy: the message names the number, and `ZAOZHUANG_2023.clauses[key]` the
 *   clause it comes from.
 * @example
 * definePolicy({ generalLimits: 'error' }).generalLimits // 'error'
 * definePolicy({ minQuestionSets: 3 }).minQuestionSets // 3
 * definePolicy({ passMark: 101 }) // throws SvaError invalid_option: 「选项 passMark 无效：应为整数 1–100 (fullMark)」
 * definePolicy({ maxInstitutionsPerItemInDistrict: 0 }) // throws SvaError invalid_option
 */
export function definePolicy(overrides: Partial<Omit<Policy, 'clauses'>>, base: Policy = ZAOZHUANG_2023): Policy {
  return guardValue(CLAUSE, () => {
    if (!isRecord(overrides)) throw new SvaError(notAnObjectIssue(CLAUSE, 'overrides'));
    if (!isRecord(base) || !isRecord(base.clauses)) throw new SvaError(notAnObjectIssue(CLAUSE, 'base'));
    const merged: Record<string, unknown> = { ...base, ...overrides };
    // The overrides in the order of their keys, then whatever of the base they make impossible.
    const issues = [
      ...Object.keys(overrides).flatMap((key) => entryIssues(key, merged, 'overrides')),
      ...Object.keys(POLICY_RULES).flatMap((key) => (Object.hasOwn(overrides, key) ? [] : entryIssues(key, merged, 'base'))),
    ];
    if (issues.length > 0) throw new SvaError(issues);
    const annualSummaryDue = { ...(merged.annualSummaryDue as object) };
    return deepFreeze({ ...merged, annualSummaryDue, clauses: { ...base.clauses } }) as unknown as Policy;
  });
}

function entryIssues(key: string, policy: Record<string, unknown>, from: 'overrides' | 'base'): RuleIssue[] {
  const value = policy[key];
  // Own keys only: 'toString' or '__proto__' (from parsed JSON) are not numbers of the policy.
  if (!Object.hasOwn(POLICY_RULES, key)) {
    return [invalidOptionIssue(CLAUSE, [from, key], '不是政策参数', 'is not a number of the policy', { received: describe(value) }, key)];
  }
  const fault = policyFault(POLICY_RULES[key as PolicyKey], value, policy);
  if (fault === undefined) return [];
  return [invalidOptionIssue(CLAUSE, [from, key], fault[0], fault[1], { received: describe(value) }, key)];
}
