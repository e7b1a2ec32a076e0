import type { RuleIssue, RuleResult } from '../../core/issues.js';
import type { Checker } from './checker.js';

/**
 * A type whose rules hold only over the whole list (allocation rows: the limits count rows
 * across the file): the records are kept, and `finish` runs the library's list validator once,
 * giving each record the issues whose path starts with its index (without it). An issue of the
 * list itself goes to the first record.
 */
export class ListChecker implements Checker {
  private readonly values: unknown[] = [];
  private readonly lines: number[] = [];

  constructor(private readonly validate: (list: readonly unknown[]) => RuleResult) {}

  check(value: unknown, line: number): undefined {
    this.values.push(value);
    this.lines.push(line);
    return undefined;
  }

  finish(): { line: number; value: unknown; issues: RuleIssue[] }[] {
    const results = this.values.map((value, i) => ({ line: this.lines[i] as number, value, issues: [] as RuleIssue[] }));
    if (results.length === 0) return results;
    for (const issue of this.validate(this.values).issues) {
      const index = issue.path?.[0];
      const result = typeof index === 'number' ? results[index] : undefined;
      if (result === undefined) (results[0] as { issues: RuleIssue[] }).issues.push(issue);
      else result.issues.push({ ...issue, path: (issue.path ?? []).slice(1) });
    }
    return results;
  }
}
