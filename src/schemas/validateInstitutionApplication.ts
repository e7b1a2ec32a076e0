import type { ClauseId } from '../core/clauses.js';
import { unreadableIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { checkInstitutionApplication } from '../institutions/checkInstitutionApplication.js';
import type { Catalog, InstitutionApplication } from '../institutions/types.js';
import { createInstitutionApplicationSchema, InstitutionApplicationSchema } from './institutionApplicationSchema.js';
import { SCHEMAS_MESSAGES } from './messages.js';

/** Options of {@link validateInstitutionApplication}. */
export interface ValidateInstitutionApplicationOptions {
  readonly policy?: Policy;
  readonly catalog?: Catalog;
}

const ENGLISH = /* @__PURE__ */ createInstitutionApplicationSchema({ language: 'en' });

type Path = readonly (string | number)[];

// The clause a field of the application belongs to, for the schema's issues.
const CLAUSE_OF_FIELD: Readonly<Record<string, ClauseId>> = {
  kind: 'institution.registration',
  registrationDistrict: 'institution.registration',
  filedWithDistrict: 'selection.filing',
  applicationDate: 'eligibility.experience',
  legalPerson: 'eligibility.legal',
  goodCredit: 'eligibility.legal',
  violationRecords: 'eligibility.legal',
  rules: 'eligibility.rules',
  dedicatedUnit: 'eligibility.capacity',
  staff: 'eligibility.capacity',
  facilities: 'eligibility.capacity',
  stableFunding: 'eligibility.funding',
  nonProfit: 'eligibility.funding',
  acceptsSupervision: 'eligibility.supervision',
  materials: 'materials',
  workPlanSections: 'materials.work_plan',
  questionBank: 'eligibility.capacity',
  trainingSince: 'eligibility.experience',
  helpedWriteSpecification: 'eligibility.influence',
};

function clauseOf(path: Path): ClauseId {
  const field = path[0] === 'items' && typeof path[2] === 'string' ? path[2] : path[0];
  return (typeof field === 'string' ? CLAUSE_OF_FIELD[field] : undefined) ?? 'materials.form';
}

const CODE_OF_ZOD: Readonly<Record<string, keyof typeof SCHEMAS_MESSAGES>> = {
  invalid_type: 'schema_invalid_type',
  invalid_value: 'schema_invalid_value',
  invalid_format: 'schema_invalid_format',
  too_small: 'schema_too_small',
  too_big: 'schema_too_big',
};

function fieldName(path: Path): string {
  return path.length === 0 ? 'application' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

interface ZodIssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

function toRuleIssue(zh: ZodIssueLike, en: ZodIssueLike | undefined): RuleIssue {
  const path = zh.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  return issueFrom(SCHEMAS_MESSAGES, CODE_OF_ZOD[zh.code ?? ''] ?? 'schema_invalid', clauseOf(path), {
    path,
    params: { field: fieldName(path), zh: zh.message, en: en?.message ?? zh.message },
  });
}

function samePathOrInside(path: Path, outer: Path): boolean {
  return outer.length <= path.length && outer.every((part, i) => part === path[i]);
}

/**
 * Validates an application of unknown shape: the zod schema first, then every rule of
 * {@link checkInstitutionApplication}, in one {@link RuleResult}.
 *
 * Policy, 三: 「面向社会公开征集遴选考核机构」; 三1 申请条件; 三2 申请材料; 附件1 申请表; 附件2 工作方案.
 *
 * Every issue has a Chinese `message` and an English `messageEn` (the schema's issues carry zod's
 * message in both languages, e.g. `schema_invalid_type`). The rules run even when the shape is
 * wrong, and every failure is listed; a rule's issue at a field the schema already reported (or
 * inside it) is left out, so that one mistake is told once. Never throws.
 *
 * @param input - anything, e.g. parsed JSON from a form.
 * @param options - `policy`, `catalog`, as for {@link checkInstitutionApplication}.
 * @returns one result: `ok` when the shape is right and every condition holds.
 * @example
 * validateInstitutionApplication({ ...application, violationRecords: '0' }).issues[0]
 * // { code: 'schema_invalid_type', clause: 'eligibility.legal', path: ['violationRecords'],
 * //   message: '类型不符：字段 violationRecords：无效输入：期望 number，实际接收 字符串', … }
 */
export function validateInstitutionApplication(input: unknown, options?: ValidateInstitutionApplicationOptions): RuleResult {
  try {
    const parsed = InstitutionApplicationSchema.safeParse(input);
    const schemaIssues: RuleIssue[] = [];
    if (!parsed.success) {
      const english = ENGLISH.safeParse(input);
      const enIssues = english.success ? [] : english.error.issues;
      parsed.error.issues.forEach((issue, i) => schemaIssues.push(toRuleIssue(issue, enIssues[i])));
    }
    const application = (parsed.success ? parsed.data : input) as InstitutionApplication;
    const checked = checkInstitutionApplication(application, options);
    const ruleIssues = checked.issues.filter((rule) => !schemaIssues.some((s) => samePathOrInside(rule.path ?? [], s.path ?? [])));
    return resultOf([...schemaIssues, ...ruleIssues]);
  } catch {
    return resultOf([unreadableIssue('materials')]);
  }
}
