import type { ClauseId } from './clauses.js';
import { dayNumberOrUndefined, describe, invalidDateIssue } from './dates.js';
import { isRecord } from './guard.js';
import { issueFrom } from './issues.js';
import type { RuleIssue, Severity } from './issues.js';
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
export function missingIssue(clause: ClauseId, path: Path, severity: Severity = 'error'): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'missing_field', clause, { severity, path, params: { name: pathName(path), nameEn: pathName(path) } });
}

/** The `invalid_input` issue for a field of the wrong type or value. @internal */
export function invalidIssue(clause: ClauseId, path: Path, value: unknown, expectedZh: string, expectedEn: string): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
    path,
    received: describe(value),
    params: { reasonZh: `${pathName(path)}应为${expectedZh}`, reasonEn: `${pathName(path)} must be ${expectedEn}` },
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
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '“是”或“否”（填写“true”或“false”）', 'a boolean'));
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
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '一组内容（对象）', 'an object'));
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
  issues.push(invalidIssue(clause, path, value, '一组内容（对象）', 'an object'));
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
  expectedZh = '列表（数组）',
  expectedEn = 'an array',
): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, expectedZh, expectedEn));
  return undefined;
}

/**
 * A list of known words: absent → `missing_field`; not an array → `invalid_input`; each word not
 * in `allowed` → `invalid_input` at its index. Returns the known words found. @internal
 */
export function readWords<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  allowed: Readonly<Record<K, Term>>,
  issues: RuleIssue[],
): Set<K> | undefined {
  const list = readList(value, path, clause, issues);
  if (list === undefined) return undefined;
  const words = new Set<K>();
  const keys = Object.keys(allowed) as K[];
  const knownZh = keys.map((key) => `“${allowed[key].name}”`).join('、');
  const knownEn = keys.join(', ');
  list.forEach((word: unknown, index) => {
    if (typeof word === 'string' && Object.prototype.hasOwnProperty.call(allowed, word)) words.add(word as K);
    else issues.push(invalidIssue(clause, [...path, index], word, `${knownZh}之一`, `one of ${knownEn}`));
  });
  return words;
}

/**
 * A list of known words that should hold every word of `table`, read as {@link readWords} reads
 * it: the words of `table` it lacks, in the table's order, or `undefined` when the list cannot be
 * read. The area reports each lacking word with its own code. @internal
 */
export function lackingWords<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  table: Readonly<Record<K, Term>>,
  issues: RuleIssue[],
): K[] | undefined {
  const words = readWords(value, path, clause, table, issues);
  return words === undefined ? undefined : (Object.keys(table) as K[]).filter((key) => !words.has(key));
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
