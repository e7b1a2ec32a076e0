import type { ClauseId } from '../core/clauses.js';
import type { RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { checkInstitutionApplication } from '../institutions/checkInstitutionApplication.js';
import type { Catalog, InstitutionApplication } from '../institutions/types.js';
import { createInstitutionApplicationSchema, InstitutionApplicationSchema } from './institutionApplicationSchema.js';
import type { Path } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateInstitutionApplication}. */
export interface ValidateInstitutionApplicationOptions {
  readonly policy?: Policy;
  readonly catalog?: Catalog;
}

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

const validate = /* @__PURE__ */ validatorOf(
  { zh: InstitutionApplicationSchema, create: createInstitutionApplicationSchema, clause: 'materials', clauseOf, root: 'application' },
  (value, options?: ValidateInstitutionApplicationOptions) => checkInstitutionApplication(value as InstitutionApplication, options).issues,
);

/**
 * Validates an application of unknown shape: the zod schema first, then every rule of
 * {@link sva-rules!checkInstitutionApplication}, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 三: 「面向社会公开征集遴选考核机构」; 三1 申请条件; 三2 申请材料; 附件1 申请表; 附件2 工作方案.
 *
 * Every issue has a Chinese `message` and an English `messageEn` (the schema's issues carry zod's
 * message in both languages, e.g. `schema_invalid_type`). The rules run even when the shape is
 * wrong, and every failure is listed; a rule's issue at a field the schema already reported (or
 * inside it) is left out, so that one mistake is told once. Never throws.
 *
 * @param input - anything, e.g. parsed JSON from a form.
 * @param options - `policy`, `catalog`, as for {@link sva-rules!checkInstitutionApplication}.
 * @returns one result: `ok` when the shape is right and every condition holds.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * const application = sampleInstitutionApplication(); // sva-rules/testing
 * validateInstitutionApplication({ ...application, violationRecords: '0' }).issues[0]
 * // { code: 'schema_invalid_type', clause: 'eligibility.legal', path: ['violationRecords'],
 * //   message: '违法违规记录填写有误：应为数字，收到的是文字', … }
 */
export function validateInstitutionApplication(input: unknown, options?: ValidateInstitutionApplicationOptions): RuleResult {
  return validate(input, options);
}
