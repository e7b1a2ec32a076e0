import { checkSupervision } from '../supervision/checkSupervision.js';
import type { SupervisionResult, Violation } from '../supervision/checkSupervision.js';
import { createViolationFindingsSchema, ViolationFindingsSchema } from './violationFindingsSchema.js';
import { validatorOf } from './validatorOf.js';

const validate = /* @__PURE__ */ validatorOf(
  { zh: ViolationFindingsSchema, create: createViolationFindingsSchema, clause: 'supervision.violations', root: 'findings' },
  (value) => checkSupervision(value as readonly Violation[]).issues,
);

/**
 * Validates supervision findings of unknown shape: {@link ViolationFindingsSchema}, then
 * {@link sva-rules!checkSupervision}, in one result with `resultsRecognised`.
 *
 * Policy, 六(四): 「对在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规
 * 活动的，对其考核结果不予认可，并按有关规定严肃追究责任」.
 *
 * Every issue cites `supervision.violations`. `resultsRecognised` is true only for a list with
 * no finding at all. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @returns `{ ok, issues, resultsRecognised }`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateViolationFindings([]) // { ok: true, issues: [], resultsRecognised: true }
 * validateViolationFindings(['late_payment']).issues.map((i) => i.code) // ['violation_other', 'violation_not_listed']: 「……等违规活动」
 * validateViolationFindings([3]).issues[0].code // 'schema_invalid'
 */
export function validateViolationFindings(input: unknown): SupervisionResult {
  const result = validate(input);
  return { ok: result.ok, issues: result.issues, resultsRecognised: result.issues.length === 0 };
}
