import type { ClauseId } from './clauses.js';
import { dayNumberOrUndefined, describe, invalidDateIssue } from './dates.js';
import { isRecord } from './guard.js';
import { issueFrom } from './issues.js';
import type { MessagePair, RuleIssue, Severity } from './issues.js';
import { CORE_MESSAGES } from './messages.js';
import type { Term } from './terms.js';
import { pathWords } from './labels.js';
import type { FieldLabel, Label } from './labels.js';

// The input readers every area uses. Each is a plain function
// `(value, path, clause, issues) → value | undefined`: it returns the value when it can be read,
// and otherwise pushes one issue citing `clause` at `path` and returns `undefined`. Missing is not
// false: an absent field is `missing_field`, never read as `false`, `0` or empty.

/** A place in an input: `['items', 0, 'trainingSince']`. @internal */
export type Path = readonly (string | number)[];

/** `items[0].trainingSince` for `['items', 0, 'trainingSince']`. @internal */
export function pathName(path: Path): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name === '' ? part : `${name}.${part}`), '');
}

/** The `missing_field` issue: evidence not given, never read as false. @internal */
export function missingIssue(clause: ClauseId, path: Path, severity: Severity = 'error', nameZh = pathName(path)): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'missing_field', clause, { severity, path, params: { name: nameZh, nameEn: pathName(path) } });
}

/**
 * The `invalid_input` issue for a field or argument of the wrong type or value: 「{nameZh}应为
 * {expectedZh}」 / "{path} must be {expectedEn}", with the value received; `expected`, when given,
 * is the issue's `expected` (`'array'`); `nameZh` names the field in words (the path by default,
 * which {@link labelIssues} puts in words at a check's boundary). @internal
 */
export function invalidIssue(clause: ClauseId, path: Path, value: unknown, expectedZh: string, expectedEn: string, expected?: unknown, nameZh = pathName(path)): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
    path,
    ...(expected === undefined ? {} : { expected }),
    received: describe(value),
    params: { reasonZh: `${nameZh}应为${expectedZh}`, reasonEn: `${pathName(path)} must be ${expectedEn}` },
  });
}

/** A text field: absent or blank → `missing_field`; not a string → `invalid_input`. @internal */
export function readText(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  issues.push(value === undefined || typeof value === 'string' ? missingIssue(clause, path) : invalidIssue(clause, path, value, '文字', 'a string'));
  return undefined;
}

/** A yes/no field: absent → `missing_field`; not a boolean → `invalid_input`. @internal */
export function readFlag(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '“true”或“false”', 'a boolean'));
  return undefined;
}

/** A count: absent → `missing_field`; not a whole number ≥ 0 → `invalid_input`. @internal */
export function readCount(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '不小于0的整数', 'a whole number, 0 or more'));
  return undefined;
}

/** A date field, as a day number: absent → `missing_field`; not a real date → `invalid_date`. @internal */
export function readDate(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): number | undefined {
  if (value === undefined) {
    issues.push(missingIssue(clause, path));
    return undefined;
  }
  const day = dayNumberOrUndefined(value);
  if (day === undefined) issues.push(invalidDateIssue(value, pathName(path), clause, path, pathName(path)));
  return day;
}

/** A nested object: absent → `missing_field`; not an object → `invalid_input`. @internal */
export function readObject(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '对象', 'an object'));
  return undefined;
}

/**
 * A section of an input whose fields are each evidence: absent → `{}` (so that each of its
 * fields is reported missing); not an object → `invalid_input` and `undefined` (its fields are
 * not read). @internal
 */
export function readSection(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): Record<string, unknown> | undefined {
  if (value === undefined) return {};
  if (isRecord(value)) return value;
  issues.push(invalidIssue(clause, path, value, '对象', 'an object'));
  return undefined;
}

/**
 * A list: absent → `missing_field`; not an array → `invalid_input` (that names what it should
 * be: by default 数组, an array). Returns the array as it is. @internal
 */
export function readList(
  value: unknown,
  path: Path,
  clause: ClauseId,
  issues: RuleIssue[],
  expectedZh = '列表',
  expectedEn = 'an array',
): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, expectedZh, expectedEn));
  return undefined;
}

/** What {@link readWords} read: the named words found and the other entries, as typed. @internal */
export interface OpenWords<K extends string> {
  readonly words: Set<K>;
  /** The non-empty strings that are not named words, in their order, each once. */
  readonly extras: readonly string[];
}

/**
 * An open list of words (a list the text closes with 等, 增加 or 附加): absent → `missing_field`;
 * not an array → `invalid_input`; an entry that is not a non-empty string → `invalid_input` at
 * its index. A string outside `allowed` is accepted without an issue and kept in `extras`, so
 * that the issue of a lacking word can show it (a misspelling then stands beside the word it
 * misspells). @internal
 */
export function readWords<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  allowed: Readonly<Record<K, Term>>,
  issues: RuleIssue[],
): OpenWords<K> | undefined {
  const list = readList(value, path, clause, issues);
  if (list === undefined) return undefined;
  const words = new Set<K>();
  const extras: string[] = [];
  list.forEach((word: unknown, index) => {
    if (typeof word === 'string' && Object.prototype.hasOwnProperty.call(allowed, word)) words.add(word as K);
    else if (typeof word === 'string' && word.trim() !== '') {
      if (!extras.includes(word)) extras.push(word);
    } else issues.push(invalidIssue(clause, [...path, index], word, '非空的文字', 'a non-empty string'));
  });
  return { words, extras };
}

/**
 * An open list that should hold every word of `table`, read as {@link readWords} reads it: the
 * words of `table` it lacks, in the table's order, and the other entries given, or `undefined`
 * when the list cannot be read. The area reports each lacking word with its own code
 * through {@link lackingWordIssue}. @internal
 */
export function lackingWords<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  table: Readonly<Record<K, Term>>,
  issues: RuleIssue[],
): { readonly lacking: K[]; readonly extras: readonly string[] } | undefined {
  const read = readWords(value, path, clause, table, issues);
  return read === undefined ? undefined : { lacking: (Object.keys(table) as K[]).filter((key) => !read.words.has(key)), extras: read.extras };
}

/**
 * The issue of a word lacking from an open list, with `code` of `table`, `path` the list and
 * `expected` the word. The other entries of the list are in `received` and quoted as typed by
 * the `{extrasZh}` / `{extrasEn}` placeholders (empty when there are none), so that 「safty_notes」
 * is seen beside the missing 考场安全注意事项. @internal
 */
export function lackingWordIssue<T extends Readonly<Record<string, MessagePair>>>(
  table: T,
  code: keyof T & string,
  clause: ClauseId,
  path: Path,
  word: string,
  extras: readonly string[],
  params: Readonly<Record<string, string | number>>,
): RuleIssue {
  if (extras.length === 0) return issueFrom(table, code, clause, { path, expected: word, params: { ...params, extrasZh: '', extrasEn: '' } });
  const zh = extras.map((e) => `「${e}」`).join('、');
  const en = extras.map((e) => `"${e}"`).join(', ');
  return issueFrom(table, code, clause, {
    path,
    expected: word,
    received: extras,
    params: {
      ...params,
      extrasZh: `（另填有${zh}，不是所列名称，如为笔误请更正）`,
      extrasEn: ` (also given: ${en}, not a listed name; correct it if it is a misspelling)`,
    },
  });
}

/**
 * The issues of another check, placed under `prefix`: paths are prefixed, a `missing_field`
 * message names the whole path, and `clause` (when given) replaces the clause cited. An
 * `invalid_option` belongs to the call, not to the input: its path stays as it is. @internal
 */
export function underPath(issues: readonly RuleIssue[], prefix: Path, clause?: ClauseId): RuleIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path ?? [])];
    const cited = clause ?? issue.clause;
    if (issue.code === 'invalid_option') return { ...issue, clause: cited };
    if (issue.code === 'missing_field') return missingIssue(cited, path, issue.severity);
    return { ...issue, clause: cited, path };
  });
}

/**
 * The issues of a check with their fields named by the labels of `fields` (`LABELS.fields[type]`):
 * the path that a reader's message (`missing_field`, `invalid_input`, `invalid_date`) quotes is
 * replaced by its words (「第1个拟开展的考核项目的开展培训考核起始日期」). A reader placed under a
 * prefix by {@link underPath} quoted the path from where it read: the longest tail of the
 * issue's path that the message quotes is the one replaced. @internal
 */
export function labelIssues(issues: readonly RuleIssue[], fields: Readonly<Record<string, FieldLabel>>, list?: Label): RuleIssue[] {
  return issues.map((issue) => {
    const path = issue.path ?? [];
    if (!/^(missing_field|invalid_input|invalid_date)$/.test(issue.code)) return issue;
    for (let start = 0; start < path.length; start++) {
      const quoted = pathName(path.slice(start));
      if (quoted === '' || !['', '未填写', '输入有误：'].some((lead) => issue.message.startsWith(lead + quoted))) continue;
      const words = pathWords(fields, path, list);
      return { ...issue, message: issue.message.replace(quoted, words.zh), messageEn: issue.messageEn.replace(quoted, words.en) };
    }
    return issue;
  });
}
