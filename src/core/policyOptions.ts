import type { ClauseId } from './clauses.js';
import { describe } from './dates.js';
import { SvaError } from './errors.js';
import { invalidOptionIssue, isRecord } from './guard.js';
import { ZAOZHUANG_2023 } from './policy.js';
import type { Policy } from './policy.js';

/** The policy of an `options` argument (`options.policy ?? ZAOZHUANG_2023`); SvaError when unreadable. @internal */
export function policyOf(options: unknown, clause: ClauseId): Policy {
  if (options === undefined) return ZAOZHUANG_2023;
  if (!isRecord(options)) {
    throw new SvaError(invalidOptionIssue(clause, ['options'], '应为对象', 'must be an object', { received: describe(options) }));
  }
  const policy = options.policy;
  if (policy === undefined) return ZAOZHUANG_2023;
  if (!isRecord(policy)) {
    throw new SvaError(invalidOptionIssue(clause, ['policy'], '应为 Policy 对象', 'must be a Policy object', { received: describe(policy) }));
  }
  return policy as unknown as Policy;
}

/** A whole number `min`–`max` read from the policy; SvaError `invalid_option` naming it otherwise. @internal */
export function policyInteger(policy: Policy, key: keyof Policy, clause: ClauseId, min: number, max: number): number {
  const value = (policy as unknown as Record<string, unknown>)[key];
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new SvaError(
    invalidOptionIssue(clause, ['policy', key], `应为 ${min} 至 ${max} 的整数`, `must be a whole number from ${min} to ${max}`, {
      received: describe(value),
    }),
  );
}
