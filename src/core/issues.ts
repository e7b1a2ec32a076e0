import type { ClauseId } from './clauses.js';

/** How serious an issue is. `ok` is false as soon as one issue is an `'error'`. */
export type Severity = 'error' | 'warning';

/**
 * One finding of a rule: which rule (`clause`), what went wrong (`code`), in Chinese (`message`)
 * and English (`messageEn`), and where in the input (`path`).
 */
export interface RuleIssue {
  /** Stable snake_case id; see the issue-code table in `docs/issue-codes.md`. */
  readonly code: string;
  readonly severity: Severity;
  /** The clause id of the policy rule this issue applies (see {@link CLAUSES}). */
  readonly clause: ClauseId;
  /** Chinese message, for end users. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /** Where in the input the problem is: property names and array indexes. */
  readonly path?: readonly (string | number)[];
  readonly expected?: unknown;
  readonly received?: unknown;
}

/** The answer of every `check*` and `validate*` function. `ok` is true when no issue is an error. */
export interface RuleResult {
  readonly ok: boolean;
  readonly issues: readonly RuleIssue[];
}

/** The answer of every `parse*` function: a value with warnings only, or the issues that stop it. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly RuleIssue[] }
  | { readonly ok: false; readonly issues: readonly RuleIssue[] };

/** A message table entry: `[zh, en]`. `{name}` placeholders are filled from the issue's params. */
export type MessagePair = readonly [zh: string, en: string];

/** Extra facts of one issue. */
export interface IssueDetails {
  readonly severity?: Severity;
  readonly path?: readonly (string | number)[];
  readonly expected?: unknown;
  readonly received?: unknown;
  /** Values for the `{name}` placeholders of the message; `expected` and `received` are always available. */
  readonly params?: Readonly<Record<string, string | number>>;
}

// `zh`: how the Chinese message writes a value (a table's `$zh`, set by zhValues in core/zhValues.ts).
function fill(template: string, details: IssueDetails, zh: (value: string) => string = String): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    // A param, else the issue's own `expected` or `received` (no template names another detail).
    const value = details.params?.[name] ?? (details as Readonly<Record<string, unknown>>)[name];
    return value === undefined ? whole : zh(String(value));
  });
}

/**
 * Builds a {@link RuleIssue} from a message table. The Chinese message of a table made with
 * `zhValues` writes its values as officials do (2024年3月1日, “…”); the others as given.
 * @internal
 */
export function issueFrom<T extends Readonly<Record<string, MessagePair>>>(
  table: T,
  code: keyof T & string,
  clause: ClauseId,
  details: IssueDetails = {},
): RuleIssue {
  const [zh, en] = table[code] as MessagePair;
  const issue: {
    -readonly [K in keyof RuleIssue]: RuleIssue[K];
  } = {
    code,
    severity: details.severity ?? 'error',
    clause,
    message: fill(zh, details, (table as { $zh?: (value: string) => string }).$zh),
    messageEn: fill(en, details),
  };
  if (details.path !== undefined) issue.path = details.path;
  if ('expected' in details) issue.expected = details.expected;
  if ('received' in details) issue.received = details.received;
  return issue;
}

/** Wraps issues into a {@link RuleResult}: `ok` unless one is an error. @internal */
export function resultOf(issues: readonly RuleIssue[]): RuleResult {
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
}

/** Wraps a value or issues into a {@link ParseResult}. @internal */
export function parseResultOf<T>(value: T, issues: readonly RuleIssue[]): ParseResult<T> {
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, value, issues };
}
