import type { ClauseId } from '../core/clauses.js';
import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { invalidOptionIssue, isRecord } from '../core/guard.js';
import { WINDOW_DEFAULTS, WINDOW_RULES } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';

function invalidOption(clause: ClauseId, name: string, received: unknown, reasonZh: string, reasonEn: string): SvaError {
  return new SvaError(invalidOptionIssue(clause, name.split('.'), reasonZh, reasonEn, { received: describe(received) }));
}

/** An options argument as a record: `{}` when `undefined`; anything else throws `invalid_option`. @internal */
export function optionsRecord(options: unknown, clause: ClauseId): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isRecord(options)) throw invalidOption(clause, 'options', options, '应为对象', 'must be an object');
  return options;
}

/** Whether a value is a whole number of working days, 1 or more. @internal */
export function isWorkingDayCount(value: unknown): value is number {
  // Number.isSafeInteger is false for anything not a number.
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/** A working-day count given as an option; throws `invalid_option` unless a whole number ≥ 1. @internal */
export function workingDayCountOption(value: unknown, name: string, clause: ClauseId): number {
  if (!isWorkingDayCount(value)) throw invalidOption(clause, name, value, '应为不小于1的整数', 'must be a whole number, 1 or more');
  return value;
}

/**
 * `readPolicy` for the working-day windows: the same checks, with the rules of the windows only
 * (`WINDOW_RULES`) and ZAOZHUANG_2023's windows as the default (`WINDOW_DEFAULTS`), so that the
 * calendar's bundles carry neither the whole table of rules nor the whole policy.
 */
export function readWindows<K extends keyof typeof WINDOW_RULES>(options: unknown, keys: readonly K[], clause: ClauseId): Pick<Policy, K> {
  return readPolicyFrom(options, keys, clause, WINDOW_DEFAULTS, WINDOW_RULES);
}
