import type { ClauseId } from '../core/clauses.js';
import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue, Severity } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import { INSTITUTION_MESSAGES } from './messages.js';

/** A place in the application. @internal */
export type Path = readonly (string | number)[];

/** `items[0].trainingSince` for `['items', 0, 'trainingSince']`. @internal */
export function pathName(path: Path): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name === '' ? part : `${name}.${part}`), '');
}

/** The `missing_field` issue: evidence not given, never read as false. @internal */
export function missingIssue(clause: ClauseId, path: Path, severity: Severity = 'error'): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'missing_field', clause, { severity, path, params: { name: pathName(path) } });
}

/** The `invalid_input` issue for a field of the wrong type or value. @internal */
export function invalidIssue(clause: ClauseId, path: Path, value: unknown, expectedZh: string, expectedEn: string): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
    path,
    received: describe(value),
    params: { reasonZh: `${pathName(path)} 应为${expectedZh}`, reasonEn: `${pathName(path)} must be ${expectedEn}` },
  });
}

/** The code of a failed condition. @internal */
export type FailCode = keyof typeof INSTITUTION_MESSAGES;

/**
 * Reads a yes/no piece of evidence: absent → `missing_field`; not a boolean → `invalid_input`;
 * false → `fail`. Returns the value when it is a boolean. @internal
 */
export function checkFlag(
  value: unknown,
  path: Path,
  clause: ClauseId,
  fail: FailCode | undefined,
  issues: RuleIssue[],
  params?: Readonly<Record<string, string | number>>,
): boolean | undefined {
  if (value === undefined) issues.push(missingIssue(clause, path));
  else if (typeof value !== 'boolean') issues.push(invalidIssue(clause, path, value, '布尔值', 'a boolean'));
  else {
    if (!value && fail !== undefined) issues.push(issueFrom(INSTITUTION_MESSAGES, fail, clause, params ? { path, params } : { path }));
    return value;
  }
  return undefined;
}

/** Reads a text field: absent or blank → `missing_field`; not a string → `invalid_input`. @internal */
export function readText(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  issues.push(value === undefined || typeof value === 'string' ? missingIssue(clause, path) : invalidIssue(clause, path, value, '字符串', 'a string'));
  return undefined;
}

/** Reads a count: absent → `missing_field`; not a whole number ≥ 0 → `invalid_input`. @internal */
export function readCount(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '不小于 0 的整数', 'a whole number, 0 or more'));
  return undefined;
}

/** Reads a nested object: absent → `missing_field`; not an object → `invalid_input`. @internal */
export function readObject(value: unknown, path: Path, clause: ClauseId, issues: RuleIssue[]): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  issues.push(value === undefined ? missingIssue(clause, path) : invalidIssue(clause, path, value, '对象', 'an object'));
  return undefined;
}

/**
 * Reads a list of known words: absent → `missing_field`; not an array, or a word not in
 * `allowed` → `invalid_input`. Returns the known words found. @internal
 */
export function readWords<K extends string>(
  value: unknown,
  path: Path,
  clause: ClauseId,
  allowed: Readonly<Record<K, unknown>>,
  issues: RuleIssue[],
): Set<K> | undefined {
  if (value === undefined) {
    issues.push(missingIssue(clause, path));
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push(invalidIssue(clause, path, value, '数组', 'an array'));
    return undefined;
  }
  const words = new Set<K>();
  const known = Object.keys(allowed).join(', ');
  value.forEach((word: unknown, index) => {
    if (typeof word === 'string' && Object.prototype.hasOwnProperty.call(allowed, word)) words.add(word as K);
    else issues.push(invalidIssue(clause, [...path, index], word, `以下之一：${known}`, `one of ${known}`));
  });
  return words;
}
