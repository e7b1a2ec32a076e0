import type { ClauseId } from '../core/clauses.js';
import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { invalidOptionIssue, isRecord } from '../core/guard.js';

/** The `invalid_option` SvaError of a factory's option. @internal */
export function invalidOption(clause: ClauseId, name: string, reasonZh: string, reasonEn: string, received: unknown): SvaError {
  return new SvaError(invalidOptionIssue(clause, [name], reasonZh, reasonEn, { received: describe(received) }));
}

/** A factory's options as a record (`{}` when left out); throws `invalid_option` for anything else. @internal */
export function optionsOf(options: unknown, clause: ClauseId, name = 'options'): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isRecord(options)) throw invalidOption(clause, name, '应为对象', 'must be an object', options);
  return options;
}

/** The `seed` option: a number, 1 by default. @internal */
export function seedOf(options: Record<string, unknown>, clause: ClauseId): number {
  const seed = options.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw invalidOption(clause, 'seed', '应为有限数字', 'must be a finite number', seed);
  return seed;
}
