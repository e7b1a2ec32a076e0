import type { Policy } from './policy.js';

/**
 * The severity of a limit the policy qualifies with 一般 ("generally"): a warning, or an error
 * when the policy's `generalLimits` is `'error'`. @internal
 */
export function generalSeverity(policy: Pick<Policy, 'generalLimits'>): 'error' | 'warning' {
  return policy.generalLimits === 'error' ? 'error' : 'warning';
}
