import type { RuleResult } from '../core/issues.js';
import { checkScore } from '../scoring/checkScore.js';
import type { CheckScoreOptions } from '../scoring/checkScore.js';
import { createScoreSchema, ScoreSchema } from './scoreSchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateScore}: those of {@link sva-rules!checkScore}. */
export type ValidateScoreOptions = CheckScoreOptions;

const validate = /* @__PURE__ */ validatorOf(
  { zh: ScoreSchema, create: createScoreSchema, clause: 'score.scale', root: 'score' },
  (value, options?: ValidateScoreOptions) => checkScore(value, options).issues,
);

/**
 * Validates a score of unknown shape: {@link ScoreSchema}, then {@link sva-rules!checkScore} (on the scale,
 * and at least 60), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * A value that is not a number or decimal string is told once, by the schema (`score.scale`);
 * otherwise the issues are those of {@link sva-rules!checkScore}. Never throws.
 *
 * @param input - anything.
 * @param options - `policy`, as for {@link sva-rules!checkScore}.
 * @returns `ok` when the score earns a certificate.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateScore('60') // { ok: true, issues: [] }
 * validateScore(59.9).issues[0].code // 'score_below_pass_mark'
 * validateScore(null).issues[0].code // 'schema_invalid'
 */
export function validateScore(input: unknown, options?: ValidateScoreOptions): RuleResult {
  return validate(input, options);
}
