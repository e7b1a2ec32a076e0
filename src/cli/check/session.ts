import type { RuleIssue } from '../../core/issues.js';
import type { Checker } from './checker.js';
import { KEY_FIELDS } from './fields.js';
import type { RecordType } from './fields.js';
import { joinProblems } from './problems.js';
import type { InputRecord } from './records.js';
import { count, newTally, recordJson, recordLine } from './report.js';
import type { Language, Tally } from './report.js';

/** How a session prints: the language, JSON lines, or nothing per record. */
export interface SessionOptions {
  readonly lang: Language;
  readonly json: boolean;
  readonly quiet: boolean;
}

/** What names a record in the output: its code, ID number, … (see {@link KEY_FIELDS}). */
export function keyOf(type: RecordType, value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  for (const group of KEY_FIELDS[type]) {
    const parts = group.map((f) => record[f]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (parts.length > 0) return parts.join(' ');
  }
  return '';
}

/**
 * One run of `sva-rules check` without its I/O: records in, the output text of those with an
 * issue out, and the counts kept. Records that could not be read fail with their reading
 * problem; the others are checked by the type's {@link Checker}.
 */
export class CheckSession {
  readonly tally: Tally = newTally();

  constructor(
    private readonly type: RecordType,
    private readonly checker: Checker,
    private readonly options: SessionOptions,
  ) {}

  /** The output for a batch of records (records of a list type wait for {@link finish}). */
  take(records: readonly InputRecord[]): string {
    let text = '';
    for (const record of records) {
      if (record.value === undefined) {
        text += this.result(record.line, undefined, joinProblems(this.type, record.problems, []));
        continue;
      }
      const issues = this.checker.check(record.value, record.line);
      if (issues === undefined) {
        if (record.problems.length > 0) this.deferred.set(record.line, record.problems);
        continue;
      }
      text += this.result(record.line, record.value, joinProblems(this.type, record.problems, issues));
    }
    return text;
  }

  /** The output of the records whose rules needed the whole file. */
  finish(): string {
    let text = '';
    for (const r of this.checker.finish()) {
      text += this.result(r.line, r.value, joinProblems(this.type, this.deferred.get(r.line) ?? [], r.issues));
    }
    return text;
  }

  private readonly deferred = new Map<number, InputRecord['problems']>();

  // Counts a record; its line of output, named by its key, when it has an issue.
  private result(line: number, value: unknown, issues: readonly RuleIssue[]): string {
    count(this.tally, issues);
    if (issues.length === 0 || this.options.quiet) return '';
    const key = keyOf(this.type, value);
    return this.options.json ? recordJson(line, key, issues) : recordLine(line, key, issues, this.options.lang);
  }
}
