import type { ClauseId } from '../core/clauses.js';
import { dayNumberOrUndefined, invalidDateIssue } from '../core/dates.js';
import { isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { invalidIssue, missingIssue, pathName, readWords } from '../institutions/evidence.js';
import type { Path } from '../institutions/evidence.js';
import type { Term } from '../institutions/vocabulary.js';
import { BATCH_MESSAGES } from './messages.js';

/** A date field: absent → `missing_field`; not a real date → `invalid_date`. @internal */
export function readDate(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): number | undefined {
  if (value === undefined) {
    issues.push(missingIssue(clause, path));
    return undefined;
  }
  const day = dayNumberOrUndefined(value);
  if (day === undefined) issues.push(invalidDateIssue(value, pathName(path), clause, path));
  return day;
}

/**
 * A section of the batch: absent → `{}` (so that each of its fields is reported missing); not an
 * object → `invalid_input` and `undefined` (its fields are not read). @internal
 */
export function readSection(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): Record<string, unknown> | undefined {
  if (value === undefined) return {};
  if (isRecord(value)) return value;
  issues.push(invalidIssue(clause, path, value, '对象', 'an object'));
  return undefined;
}

/** A yes/no field: absent → `missing_field`; not a boolean → `invalid_input`; false → `fail`. @internal */
export function readFlag(value: unknown, path: Path, clause: ClauseId, fail: keyof typeof BATCH_MESSAGES, issues: RuleIssue[]): void {
  if (value === undefined) issues.push(missingIssue(clause, path));
  else if (typeof value !== 'boolean') issues.push(invalidIssue(clause, path, value, '布尔值', 'a boolean'));
  else if (!value) issues.push(issueFrom(BATCH_MESSAGES, fail, clause, { path }));
}

/**
 * A list of known words that must hold every word of `table`: reads it as {@link readWords} does,
 * then reports each word lacking with `code`, `path` the list and `expected` the word. @internal
 */
export function checkComplete<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  table: Readonly<Record<K, Term>>,
  code: 'announcement_field_lacking' | 'plan_field_lacking' | 'exam_notice_lacking',
  issues: RuleIssue[],
): void {
  const words = readWords(value, path, clause, table, issues);
  if (words === undefined) return;
  for (const key of Object.keys(table) as K[]) {
    if (words.has(key)) continue;
    const { name, nameEn } = table[key];
    const params = code === 'exam_notice_lacking' ? { notice: `「${name}」`, noticeEn: nameEn } : { field: `「${name}」`, fieldEn: nameEn };
    issues.push(issueFrom(BATCH_MESSAGES, code, clause, { path, expected: key, params }));
  }
}

/**
 * The issues of another check, placed under `prefix`: paths are prefixed, a `missing_field`
 * message names the whole path, and `clause` (when given) replaces the clause cited. @internal
 */
export function underPath(issues: readonly RuleIssue[], prefix: Path, clause?: ClauseId): RuleIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path ?? [])];
    const cited = clause ?? issue.clause;
    // An option belongs to the call, not to the input: its path stays as it is.
    if (issue.code === 'invalid_option') return { ...issue, clause: cited };
    if (issue.code === 'missing_field') return missingIssue(cited, path, issue.severity);
    return { ...issue, clause: cited, path };
  });
}
