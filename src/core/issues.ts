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

/** A value as a Chinese message writes it: an ISO date as 2024年3月1日, a quoted text in “”, a type in words. */
function zhValue(value: string): string {
  const date = /^"?(\d{4})-(\d\d)-(\d\d)"?$/.exec(value);
  const day = date && new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!));
  if (day && day.getUTCMonth() === +date[2]! - 1 && day.getUTCDate() === +date[3]!) return `${+date[1]!}年${+date[2]!}月${+date[3]!}日`;
  if (value.startsWith('Date(')) return '日期对象';
  const word = ZH_WORDS[value];
  return /^".*"…?$/s.test(value) ? `“${value.replace(/^"|"(…?)$/g, '$1')}”` : typeof word === 'string' ? word : value;
}

const ZH_WORDS: Readonly<Record<string, string>> = { null: '空值', undefined: '空值', array: '数组', object: '对象', function: '函数', symbol: '符号', number: '数字', boolean: '布尔值', bigint: '大整数', 'Invalid Date': '无效日期', NaN: '非数字', Infinity: '无穷大', '-Infinity': '负无穷大', true: '“是”', false: '“否”' };

function fill(template: string, details: IssueDetails, zh?: boolean): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value =
      details.params?.[name] ??
      (name === 'expected' ? details.expected : name === 'received' ? details.received : undefined);
    return value === undefined ? whole : zh ? zhValue(String(value)) : String(value);
  });
}

/**
 * Builds a {@link RuleIssue} from a message table.
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
    message: fill(zh, details, true),
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
