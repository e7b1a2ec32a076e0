import type { RuleResult } from '../core/issues.js';
import { checkCandidateEligibility } from '../identity/checkCandidateEligibility.js';
import type { Candidate, CheckCandidateEligibilityOptions } from '../identity/checkCandidateEligibility.js';
import { CandidateSchema, createCandidateSchema } from './candidateSchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateCandidate}: those of {@link sva-rules!checkCandidateEligibility}. */
export type ValidateCandidateOptions = CheckCandidateEligibilityOptions;

const validate = /* @__PURE__ */ validatorOf(
  { zh: CandidateSchema, create: createCandidateSchema, clause: 'candidate.age', root: 'candidate' },
  (value, options?: ValidateCandidateOptions) => checkCandidateEligibility(value as Candidate, options).issues,
);

/**
 * Validates a candidate of unknown shape: {@link CandidateSchema}, then
 * {@link sva-rules!checkCandidateEligibility} (16 or older on the application date), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 二: 「本着“个人自愿、市场需要、促进就业”的原则，达到法定劳动年龄、具有相应技能的劳动者，
 * 均可申报专项职业能力考核」.
 *
 * Every issue cites `candidate.age`. Neither `birthDate` nor `idNumber` given is missing
 * evidence, never read as under age. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, as for {@link sva-rules!checkCandidateEligibility}.
 * @returns one result: `ok` when the shape is right and the candidate is old enough.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateCandidate({ birthDate: '2008-06-15', applicationDate: '2024-06-14' }).issues[0].code // 'candidate_under_age'
 * validateCandidate({ birthDate: '2008-06-31', applicationDate: '2024-06-14' }).issues[0].code // 'schema_invalid'
 */
export function validateCandidate(input: unknown, options?: ValidateCandidateOptions): RuleResult {
  return validate(input, options);
}
