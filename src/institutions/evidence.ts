import type { ClauseId } from '../core/clauses.js';
import { readFlag } from '../core/evidence.js';
import type { Path } from '../core/evidence.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { INSTITUTION_MESSAGES } from './messages.js';

/** The code of a failed condition of the application. @internal */
export type FailCode = keyof typeof INSTITUTION_MESSAGES;

/**
 * A yes/no condition of the application, read as {@link readFlag} reads it; `false` → `fail`
 * (with `params`). Returns the value when it is a boolean. @internal
 */
export function checkFlag(
  value: unknown,
  path: Path,
  clause: ClauseId,
  fail: FailCode | undefined,
  issues: RuleIssue[],
  params?: Readonly<Record<string, string | number>>,
): boolean | undefined {
  const flag = readFlag(value, path, clause, issues);
  if (flag === false && fail !== undefined) issues.push(issueFrom(INSTITUTION_MESSAGES, fail, clause, params ? { path, params } : { path }));
  return flag;
}
