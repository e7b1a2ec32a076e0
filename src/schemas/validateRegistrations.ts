import type { RuleResult } from '../core/issues.js';
import { checkRegistrations } from '../batches/checkRegistrations.js';
import type { CheckRegistrationsOptions } from '../batches/checkRegistrations.js';
import type { Registration } from '../batches/types.js';
import { createRegistrationsSchema, RegistrationsSchema } from './registrationsSchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateRegistrations}: those of `checkRegistrations`. */
export type ValidateRegistrationsOptions = CheckRegistrationsOptions;

const validate = /* @__PURE__ */ validatorOf(
  {
    zh: RegistrationsSchema,
    create: createRegistrationsSchema,
    clause: 'registration.eligible',
    clauseOf: (path) => (path.length > 1 ? 'candidate.age' : 'registration.eligible'),
    root: 'registrations',
  },
  (value, options?: ValidateRegistrationsOptions) => checkRegistrations(value as readonly Registration[], options).issues,
);

/**
 * Validates a batch's registrations of unknown shape: {@link RegistrationsSchema} first, then
 * `checkRegistrations`, in one {@link RuleResult}.
 *
 * Policy, 四2(2): 「考核机构根据考核计划和考核能力，组织符合条件的人员报名参加考试」; 二: 「达到法定劳动
 * 年龄……均可申报」.
 *
 * A registration's fields cite `candidate.age`; the list itself `registration.eligible`. A rule's
 * issue at a field the schema already reported is left out. Never throws.
 *
 * @param input - anything.
 * @param options - `planCandidateCount`, `policy`, as for `checkRegistrations`.
 * @returns one result.
 * @example
 * validateRegistrations([{ birthDate: '2009-10-10', registeredOn: '2025-10-09' }]).issues[0]?.code // 'candidate_under_age'
 */
export function validateRegistrations(input: unknown, options?: ValidateRegistrationsOptions): RuleResult {
  return validate(input, options);
}
