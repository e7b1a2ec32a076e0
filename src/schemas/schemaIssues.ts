import type { ClauseId } from '../core/clauses.js';
import { isSvaError } from '../core/errors.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { SCHEMAS_MESSAGES } from './messages.js';
import { pathWords } from '../core/labels.js';
import type { FieldLabel, Label } from '../core/labels.js';
import { LABELS } from '../labels.js';

/** A path in an input. @internal */
export type Path = readonly (string | number)[];

/** What the validators need of a zod schema (classic or mini). @internal */
export interface SafeParser {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly ZodIssueLike[] } };
}

interface ZodIssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const CODE_OF_ZOD: Readonly<Record<string, keyof typeof SCHEMAS_MESSAGES>> = {
  invalid_type: 'schema_invalid_type',
  invalid_value: 'schema_invalid_value',
  invalid_format: 'schema_invalid_format',
  too_small: 'schema_too_small',
  too_big: 'schema_too_big',
};

// The input type of `LABELS` each validator's root names.
const TYPE_OF_ROOT: Readonly<Record<string, keyof typeof LABELS.inputs>> = {
  application: 'institutionApplication',
  assignments: 'assignmentList',
  bank: 'questionBank',
  batch: 'assessmentBatch',
  candidate: 'candidate',
  catalog: 'catalog',
  certificate: 'certificate',
  data: 'workdayCalendarData',
  documents: 'archiveDocuments',
  file: 'holidayCnYear',
  findings: 'violationFindings',
  parts: 'scoreParts',
  period: 'publicityPeriod',
  record: 'archiveRecord',
  registrations: 'registrations',
  score: 'score',
  scores: 'scoreList',
  state: 'certificateSerialState',
  summary: 'annualSummary',
};

/** The field tables and the input's own label for a validator's root. @internal */
export function labelsOfRoot(root: string): { readonly fields: Readonly<Record<string, FieldLabel>>; readonly input: Label; readonly list?: Label } {
  const type = TYPE_OF_ROOT[root] ?? 'audit';
  const fields: Readonly<Record<string, FieldLabel>> = LABELS.fields[type];
  const input = LABELS.inputs[type];
  // An input that is a list names its items by its own label (第5条报名信息).
  const isList = Object.keys(fields).some((key) => key.startsWith('[]')) || ['scoreList', 'scoreParts', 'archiveDocuments', 'violationFindings'].includes(type);
  return isList ? { fields, input, list: input } : { fields, input };
}

// 「第1个拟开展的考核项目的考核项目名称」 in words; the input's own label for the whole input.
function fieldName(path: Path, root: string): Label {
  const { fields, input, list } = labelsOfRoot(root);
  return path.length === 0 ? input : pathWords(fields, path, list);
}

function toRuleIssue(zh: ZodIssueLike, en: ZodIssueLike | undefined, clauseOf: (path: Path) => ClauseId, root: string): RuleIssue {
  const path = zh.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const field = fieldName(path, root);
  return issueFrom(SCHEMAS_MESSAGES, CODE_OF_ZOD[zh.code ?? ''] ?? 'schema_invalid', clauseOf(path), {
    path,
    params: { field: field.zh, fieldEn: field.en, zh: zh.message, en: en?.message ?? zh.message },
  });
}

/**
 * Parses `input` with a schema in Chinese (and, when it fails, again in English, for `messageEn`).
 * `value` is the parsed data, or the input itself when the shape is wrong, so that the rules can
 * still run on it; `issues` are the schema's issues, each with the clause of its field. @internal
 */
export function parseWith(
  zh: SafeParser,
  en: SafeParser,
  input: unknown,
  clauseOf: (path: Path) => ClauseId,
  root: string,
): { readonly value: unknown; readonly issues: readonly RuleIssue[] } {
  const parsed = zh.safeParse(input);
  if (parsed.success) return { value: parsed.data, issues: [] };
  const english = en.safeParse(input);
  const enIssues = english.success ? [] : english.error.issues;
  return { value: input, issues: parsed.error.issues.map((issue, i) => toRuleIssue(issue, enIssues[i], clauseOf, root)) };
}

// A path holds strings and numbers only, so a longer `outer` fails at `path[path.length]` (undefined).
function samePathOrInside(path: Path, outer: Path): boolean {
  return outer.every((part, i) => part === path[i]);
}

/**
 * The schema's issues, then the rules' issues except those at a field the schema already
 * reported (or inside it), so that one mistake is told once. @internal
 */
export function joinIssues(schemaIssues: readonly RuleIssue[], ruleIssues: readonly RuleIssue[]): RuleResult {
  const rules = ruleIssues.filter((rule) => !schemaIssues.some((s) => samePathOrInside(rule.path ?? [], s.path ?? [])));
  return resultOf([...schemaIssues, ...rules]);
}

/** The issues of a value function: none when it returns, those of its `SvaError` when it throws. @internal */
export function issuesOfValue(run: () => unknown): readonly RuleIssue[] {
  try {
    run();
    return [];
  } catch (error) {
    if (isSvaError(error)) return error.issues;
    throw error;
  }
}
