import type { RuleIssue } from '../core/issues.js';
import { BufferedWriter, EXIT_INVALID, EXIT_OK } from './io.js';
import type { CliIo } from './io.js';
import type { InputValue } from './lines.js';

/** How one kind of value is checked: a fast boolean, then the issues of an invalid value. */
export interface ValueChecker {
  /** What is checked, for the summary line: `certificate codes`. */
  readonly what: string;
  readonly whatZh: string;
  readonly isValid: (value: string) => boolean;
  readonly issues: (value: string) => readonly RuleIssue[];
  /** What a valid value says, in words (`uscc check`: the unit's category and region). */
  readonly about?: (value: string) => { readonly zh: string; readonly en: string; readonly json: Readonly<Record<string, string>> } | undefined;
}

/** The line of a valid value that says what it is. */
function formatValid(input: InputValue, about: { readonly zh: string; readonly en: string }): string {
  const where = input.line > 0 ? ` (line ${input.line})` : '';
  return `✓ ${JSON.stringify(input.value)}${where}: ${about.zh} | ${about.en}\n`;
}

/** Human-readable lines for one invalid value. */
export function formatInvalid(input: InputValue, issues: readonly RuleIssue[]): string {
  const where = input.line > 0 ? ` (line ${input.line})` : '';
  let text = `✗ ${JSON.stringify(input.value)}${where}\n`;
  for (const issue of issues) {
    const severity = issue.severity === 'warning' ? 'warning ' : '';
    text += `    ${severity}${issue.code} [${issue.clause}]: ${issue.message} | ${issue.messageEn}\n`;
  }
  return text;
}

/**
 * Checks every value, printing each invalid one with its issues (or, with `json`, one JSON object
 * per value), then a summary. Returns the exit code: 0 when all are valid, 1 otherwise.
 */
export async function checkValues(
  batches: AsyncIterable<readonly InputValue[]>,
  checker: ValueChecker,
  io: CliIo,
  json: boolean,
): Promise<number> {
  const out = new BufferedWriter(io.stdout);
  let checked = 0;
  let invalid = 0;
  for await (const batch of batches) {
    let text = '';
    for (const input of batch) {
      const ok = checker.isValid(input.value);
      if (!ok) invalid++;
      const about = ok ? checker.about?.(input.value) : undefined;
      if (json) {
        const record = { line: input.line, value: input.value, ok, issues: ok ? [] : checker.issues(input.value), ...(about === undefined ? {} : { about: about.json }) };
        text += `${JSON.stringify(record)}\n`;
      } else if (!ok) {
        text += formatInvalid(input, checker.issues(input.value));
      } else if (about !== undefined) {
        text += formatValid(input, about);
      }
    }
    checked += batch.length;
    if (text.length > 0) await out.write(text);
  }
  const valid = checked - invalid;
  if (json) {
    await out.write(`${JSON.stringify({ summary: { what: checker.what, checked, valid, invalid } })}\n`);
  } else {
    await out.write(
      `${checker.what}: ${checked} checked, ${valid} valid, ${invalid} invalid` +
        ` (${checker.whatZh}：共 ${checked} 条，有效 ${valid} 条，无效 ${invalid} 条)\n`,
    );
  }
  await out.flush();
  return invalid === 0 ? EXIT_OK : EXIT_INVALID;
}
