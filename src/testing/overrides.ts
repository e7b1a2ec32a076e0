import type { ClauseId } from '../core/clauses.js';
import { SvaError } from '../core/errors.js';
import { guardValue, isRecord, notAnObjectIssue } from '../core/guard.js';

/**
 * Applies `overrides` to a freshly built `sample`, shallowly: a key given replaces the sample's
 * value, a key given as `undefined` removes the field. A key such as `'__proto__'` (from parsed
 * JSON) is written as a field of its own, never taken as the sample's prototype. @internal
 */
export function applyOverrides(sample: Record<string, unknown>, overrides: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete sample[key];
    else Object.defineProperty(sample, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

/**
 * A sample with `overrides` applied ({@link applyOverrides}): a nested section is replaced whole.
 * The sample is built fresh on every call, so callers may change what they get. Throws SvaError
 * when `overrides` is not an object. @internal
 */
export function withOverrides<T>(clause: ClauseId, build: () => Record<string, unknown>, overrides: unknown): T {
  return guardValue(clause, () => {
    if (!isRecord(overrides)) throw new SvaError(notAnObjectIssue(clause, 'overrides'));
    const sample = build();
    applyOverrides(sample, overrides);
    return sample as T;
  });
}
