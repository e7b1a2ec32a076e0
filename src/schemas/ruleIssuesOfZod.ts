import type { ClauseId } from '../core/clauses.js';
import { unreadableIssue } from '../core/guard.js';
import { resultOf } from '../core/issues.js';
import type { RuleResult } from '../core/issues.js';
import { joinIssues, parseWith } from './schemaIssues.js';
import type { Path, SafeParser } from './schemaIssues.js';

export type { Path, SafeParser } from './schemaIssues.js';

/** What {@link validateWithSchema} runs. @internal */
export interface Validation {
  /** The schema in Chinese and in English (the same schema, two locales). */
  readonly zh: SafeParser;
  readonly en: SafeParser;
  /** The clause a field belongs to. */
  readonly clauseOf: (path: Path) => ClauseId;
  /** The name of the whole input in messages (`batch`). */
  readonly root: string;
  /** The rules, run on the parsed value (or on the input when the shape is wrong). */
  readonly check: (value: unknown) => RuleResult;
}

/**
 * The schema first, then the rules, in one {@link RuleResult} (see `parseWith` and `joinIssues`
 * of schemaIssues.ts): a rule's issue at a field the schema already reported is left out, so
 * that one mistake is told once. Never throws. Used by the batch, registration and certificate
 * validators. @internal
 */
export function validateWithSchema(input: unknown, v: Validation): RuleResult {
  try {
    const { value, issues } = parseWith(v.zh, v.en, input, v.clauseOf, v.root);
    return joinIssues(issues, v.check(value).issues);
  } catch {
    return resultOf([unreadableIssue(v.clauseOf([]))]);
  }
}
