import type { ClauseId } from '../core/clauses.js';
import { lackingWordIssue, lackingWords, readFlag } from '../core/evidence.js';
import type { Path } from '../core/evidence.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Term } from '../core/terms.js';
import { BATCH_MESSAGES } from './messages.js';

/** A yes/no fact of the batch, read as {@link readFlag} reads it; `false` → `fail`. @internal */
export function checkFlag(value: unknown, path: Path, clause: ClauseId, fail: keyof typeof BATCH_MESSAGES, issues: RuleIssue[]): void {
  if (readFlag(value, path, clause, issues) === false) issues.push(issueFrom(BATCH_MESSAGES, fail, clause, { path }));
}

/**
 * An open list that must hold every word of `table`: reads it as {@link lackingWords}
 * does, then reports each word lacking with `code`, `path` the list, `expected` the word and the
 * list's other entries in `received`. @internal
 */
export function checkComplete<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  table: Readonly<Record<K, Term>>,
  code: 'announcement_field_lacking' | 'plan_field_lacking' | 'exam_notice_lacking',
  issues: RuleIssue[],
): void {
  const read = lackingWords(value, path, clause, table, issues);
  for (const key of read?.lacking ?? []) {
    const { name, nameEn } = table[key];
    const params = code === 'exam_notice_lacking' ? { notice: `「${name}」`, noticeEn: nameEn } : { field: `「${name}」`, fieldEn: nameEn };
    issues.push(lackingWordIssue(BATCH_MESSAGES, code, clause, path, key, read?.extras ?? [], params));
  }
}
