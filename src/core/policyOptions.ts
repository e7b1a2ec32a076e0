import type { ClauseId } from './clauses.js';
import { describe } from './dates.js';
import { SvaError } from './errors.js';
import { isRecord } from './guard.js';
import { issueFrom } from './issues.js';
import { CORE_MESSAGES } from './messages.js';
import { ZAOZHUANG_2023 } from './policy.js';
import type { Policy } from './policy.js';

/** The policy of an `options` argument (`options.policy ?? ZAOZHUANG_2023`); SvaError when unreadable. @internal */
export function policyOf(options: unknown, clause: ClauseId): Policy {
  if (options === undefined) return ZAOZHUANG_2023;
  if (!isRecord(options)) throw new SvaError(optionIssue('options', clause, '应为对象', 'must be an object', options));
  const policy = options.policy;
  if (policy === undefined) return ZAOZHUANG_2023;
  if (!isRecord(policy)) throw new SvaError(optionIssue('policy', clause, '应为 Policy 对象', 'must be a Policy object', policy));
  return policy as unknown as Policy;
}

/** A whole number `min`–`max` read from the policy; SvaError `invalid_option` naming it otherwise. @internal */
export function policyInteger(policy: Policy, key: keyof Policy, clause: ClauseId, min: number, max: number): number {
  const value = (policy as unknown as Record<string, unknown>)[key];
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new SvaError(
    optionIssue(`policy.${key}`, clause, `应为 ${min} 至 ${max} 的整数`, `must be a whole number from ${min} to ${max}`, value),
  );
}

function optionIssue(name: string, clause: ClauseId, reasonZh: string, reasonEn: string, received: unknown) {
  return issueFrom(CORE_MESSAGES, 'invalid_option', clause, {
    path: name.split('.'),
    received: describe(received),
    params: { name, reasonZh, reasonEn },
  });
}
