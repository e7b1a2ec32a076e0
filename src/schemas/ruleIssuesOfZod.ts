import type { ClauseId } from '../core/clauses.js';
import { unreadableIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { SCHEMAS_MESSAGES } from './messages.js';

/** A place in an input. @internal */
export type Path = readonly (string | number)[];

interface ZodIssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** What the validators need of a zod schema (classic or mini). @internal */
export interface SafeParser {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly ZodIssueLike[] } };
}

const CODE_OF_ZOD: Readonly<Record<string, keyof typeof SCHEMAS_MESSAGES>> = {
  invalid_type: 'schema_invalid_type',
  invalid_value: 'schema_invalid_value',
  invalid_format: 'schema_invalid_format',
  too_small: 'schema_too_small',
  too_big: 'schema_too_big',
};

function fieldName(path: Path, root: string): string {
  return path.length === 0 ? root : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

function samePathOrInside(path: Path, outer: Path): boolean {
  return outer.length <= path.length && outer.every((part, i) => part === path[i]);
}

/** What {@link validateWithSchema} runs. @internal */
export interface Validation {
  /** The schema in Chinese and in English (the same schema, two locales). */
  readonly zh: SafeParser;
  readonly en: SafeParser;
  /** The clause a field belongs to. */
  readonly clauseOf: (path: Path) => ClauseId;
  /** The name of the whole input in messages (`batch`). */
  readonly root: string;
  /** The rules, run on the parsed value (or on the input when the shape is wrong). */
  readonly check: (value: unknown) => RuleResult;
}

/**
 * The schema first, then the rules, in one {@link RuleResult}: the schema's issues carry zod's
 * message in both languages and the clause of their field; a rule's issue at a field the schema
 * already reported (or inside it) is left out, so that one mistake is told once. Never throws.
 * The same steps as validateInstitutionApplication, shared by the batch, registration and
 * certificate validators. @internal
 */
export function validateWithSchema(input: unknown, v: Validation): RuleResult {
  try {
    const parsed = v.zh.safeParse(input);
    const schemaIssues: RuleIssue[] = [];
    if (!parsed.success) {
      const english = v.en.safeParse(input);
      const enIssues = english.success ? [] : english.error.issues;
      parsed.error.issues.forEach((zh, i) => {
        const path = zh.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
        schemaIssues.push(
          issueFrom(SCHEMAS_MESSAGES, CODE_OF_ZOD[zh.code ?? ''] ?? 'schema_invalid', v.clauseOf(path), {
            path,
            params: { field: fieldName(path, v.root), zh: zh.message, en: enIssues[i]?.message ?? zh.message },
          }),
        );
      });
    }
    const checked = v.check(parsed.success ? parsed.data : input);
    const ruleIssues = checked.issues.filter((rule) => !schemaIssues.some((s) => samePathOrInside(rule.path ?? [], s.path ?? [])));
    return resultOf([...schemaIssues, ...ruleIssues]);
  } catch {
    return resultOf([unreadableIssue(v.clauseOf([]))]);
  }
}
