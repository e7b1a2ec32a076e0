import { expect } from 'vitest';
import type { RuleIssue, RuleResult } from '../../src/index.js';
import { codesOf } from '../helpers/expect.js';

/** One case of a validator: the input, and the codes (in order) and facts of the issues expected. */
export interface ValidateCase {
  readonly name: string;
  readonly input: unknown;
  readonly options?: unknown;
  readonly codes: readonly string[];
  readonly ok?: boolean;
  /** Facts of each issue, by position (clause, path, severity, …). */
  readonly issues?: readonly Partial<RuleIssue>[];
  /** Every issue in full, when given (`toEqual` on the whole list). */
  readonly exact?: readonly RuleIssue[];
}

/** Runs a case: the codes in order, `ok` (default: no code), the facts given, and the issues in full when given. */
export function expectCase(validate: (input: unknown, options?: never) => RuleResult, c: ValidateCase): void {
  const result = validate(c.input, c.options as never);
  expect(codesOf(result)).toEqual(c.codes);
  expect(result.ok).toBe(c.ok ?? c.codes.length === 0);
  c.issues?.forEach((facts, i) => expect(result.issues[i]).toMatchObject(facts));
  if (c.exact !== undefined) expect(result.issues).toEqual(c.exact);
}
