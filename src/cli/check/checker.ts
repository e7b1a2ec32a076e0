import type { RuleIssue } from '../../core/issues.js';

/** The outcome of one record: its line, what names it, and its issues (none when it passed). */
export interface RecordResult {
  readonly line: number;
  readonly key: string;
  readonly issues: readonly RuleIssue[];
}

/**
 * The rules of one record type over a whole file: `check` gives each record's issues as it is
 * read (the record's own rules and those across the records read so far), or `undefined` when
 * the type is checked as a whole list at the end; `finish` gives the results left to the end.
 */
export interface Checker {
  check(value: unknown, line: number): readonly RuleIssue[] | undefined;
  finish(): readonly { readonly line: number; readonly value: unknown; readonly issues: readonly RuleIssue[] }[];
}
