import type { ClauseId } from '../core/clauses.js';
import { SvaError } from '../core/errors.js';
import { guardValue, isRecord, notAnObjectIssue } from '../core/guard.js';

/**
 * A sample with `overrides` applied shallowly: a key given replaces the sample's value (a nested
 * section is replaced whole), a key given as `undefined` removes the field. The sample is built
 * fresh on every call, so callers may change what they get. Throws SvaError when `overrides` is
 * not an object. @internal
 */
export function withOverrides<T>(clause: ClauseId, build: () => Record<string, unknown>, overrides: unknown): T {
  return guardValue(clause, () => {
    if (!isRecord(overrides)) throw new SvaError(notAnObjectIssue(clause, 'overrides'));
    const sample = build();
    for (const [key, value] of Object.entries(overrides)) {
      if (value === undefined) delete sample[key];
      else sample[key] = value;
    }
    return sample as T;
  });
}
