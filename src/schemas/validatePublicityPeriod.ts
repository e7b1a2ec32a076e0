import { checkPublicityPeriod } from '../calendar/checkPublicityPeriod.js';
import type { CheckPublicityPeriodOptions, PublicityPeriod } from '../calendar/checkPublicityPeriod.js';
import { isRecord } from '../core/guard.js';
import type { RuleResult } from '../core/issues.js';
import { createPublicityPeriodSchema, PublicityPeriodSchema } from './publicityPeriodSchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validatePublicityPeriod}: those of {@link sva-rules!checkPublicityPeriod}. */
export type ValidatePublicityPeriodOptions = CheckPublicityPeriodOptions;

const validate = /* @__PURE__ */ validatorOf(
  {
    zh: PublicityPeriodSchema,
    create: createPublicityPeriodSchema,
    clause: 'selection.publicity',
    clauseOf: (_, input) => (isRecord(input) && input.kind === 'results' ? 'results.publicity' : 'selection.publicity'),
    root: 'period',
  },
  (value, options?: ValidatePublicityPeriodOptions) => checkPublicityPeriod(value as PublicityPeriod, options).issues,
);

/**
 * Validates a publicity period of unknown shape: {@link PublicityPeriodSchema}, then
 * {@link sva-rules!checkPublicityPeriod} (at least 5 working days), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日」; 四2(5): 「考核机构对考核结果予以
 * 公示，公示时间不少于5个工作日」.
 *
 * Issues cite `results.publicity` when `kind` is `'results'`, else `selection.publicity`. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, `calendar`, as for {@link sva-rules!checkPublicityPeriod}.
 * @returns one result: `ok` when the shape is right and the publicity is long enough.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validatePublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-08' }).issues[0].code
 * // 'publicity_too_short'
 */
export function validatePublicityPeriod(input: unknown, options?: ValidatePublicityPeriodOptions): RuleResult {
  return validate(input, options);
}
