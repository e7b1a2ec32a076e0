import type { ClauseId } from './clauses.js';
import { describe } from './dates.js';
import { SvaError } from './errors.js';
import { invalidOptionIssue, isRecord } from './guard.js';
import type { RuleIssue } from './issues.js';
import { POLICY_RULES, policyFault, ZAOZHUANG_2023 } from './policy.js';
import type { Policy, PolicyKey, PolicyRule } from './policy.js';

const POLICY = 'policy.definition';

/**
 * The one door through which a rule reads the policy: the numbers `keys` of `options.policy`
 * ({@link ZAOZHUANG_2023} when there is no options or no policy), each checked against
 * `POLICY_RULES` (see {@link Policy}), so that a rule never runs with a missing or impossible
 * number. What is checked is the numbers, not where the object came from: a policy spread from
 * `ZAOZHUANG_2023` with overrides is as good as one made by `definePolicy`.
 *
 * Returns the numbers read, copied once, so that the rule uses what was checked; the result's
 * type has only `keys`, so that a rule cannot read a number it did not ask for. Throws
 * {@link SvaError} `invalid_option`: for `options` that is not an object (citing `clause`, the
 * rule's), and for a `policy` that is not an object or each number of `keys` that is missing or
 * not sane (path `['policy', key]`), every one at once, citing `policy.definition`: the policy as
 * given is not a policy. The path and message name the number; `ZAOZHUANG_2023.clauses[key]`
 * gives the clause it comes from. A check runs this inside `guardCheck`, which turns the error
 * into its issues; a value function lets it escape.
 * @internal
 */
export function readPolicy<K extends PolicyKey>(options: unknown, keys: readonly K[], clause: ClauseId): Pick<Policy, K> {
  return readPolicyFrom(options, keys, clause, ZAOZHUANG_2023, POLICY_RULES);
}

/**
 * {@link readPolicy} with the default and the rules given: the score functions give the 100-point
 * scale (`SCORE_SCALE`) and its rules (`SCORE_RULES`), so that their bundles carry neither the
 * whole policy nor the whole table of rules.
 * @internal
 */
export function readPolicyFrom<K extends PolicyKey>(
  options: unknown,
  keys: readonly K[],
  clause: ClauseId,
  fallback: Pick<Policy, K>,
  rules: { readonly [P in K]: PolicyRule },
): Pick<Policy, K> {
  if (options === undefined) return fallback;
  if (!isRecord(options)) throw new SvaError(invalidOptionIssue(clause, ['options'], '应为对象', 'must be an object', { received: describe(options) }));
  const policy = options.policy;
  if (policy === undefined) return fallback;
  if (!isRecord(policy)) throw new SvaError(invalidOptionIssue(POLICY, ['policy'], '应为“definePolicy”所建的政策', 'must be a Policy object', { received: describe(policy) }));
  const read: Record<string, unknown> = {};
  const issues: RuleIssue[] = [];
  for (const key of keys) {
    const value = (read[key] = policy[key]);
    const fault = policyFault(rules[key], value, policy);
    if (fault !== undefined) issues.push(invalidOptionIssue(POLICY, ['policy', key], fault[0], fault[1], { received: describe(value) }));
  }
  if (issues.length > 0) throw new SvaError(issues);
  return read as Pick<Policy, K>;
}
