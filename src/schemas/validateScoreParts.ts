import type { RuleResult } from '../core/issues.js';
import { computeScore } from '../scoring/computeScore.js';
import type { ComputeScoreOptions, ScorePart } from '../scoring/computeScore.js';
import { createScorePartsSchema, ScorePartsSchema } from './scorePartsSchema.js';
import { issuesOfValue } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateScoreParts}: those of {@link sva-rules!computeScore}. */
export type ValidateScorePartsOptions = ComputeScoreOptions;

const validate = /* @__PURE__ */ validatorOf(
  { zh: ScorePartsSchema, create: createScorePartsSchema, clause: 'score.scale', root: 'parts' },
  (value, options?: ValidateScorePartsOptions) => issuesOfValue(() => computeScore(value as ScorePart[], options)),
);

/**
 * Validates a score sheet of unknown shape: {@link ScorePartsSchema}, then everything
 * {@link sva-rules!computeScore} would refuse, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * `ok` means `computeScore(input, options)` gives a total; whether that total passes is not
 * judged here (see {@link sva-rules!checkScore}). Every issue cites `score.scale`. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `decimals`, `policy`, as for {@link sva-rules!computeScore}.
 * @returns one result: the schema's issues, then those of `computeScore`'s `SvaError`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateScoreParts([{ score: 30, max: 40 }, { score: 30, max: 50 }]).issues[0].code // 'max_sum_not_full_mark'
 * validateScoreParts([{ score: 30, max: 40 }, { score: 'thirty', max: 60 }]).issues[0].code // 'schema_invalid_format'
 */
export function validateScoreParts(input: unknown, options?: ValidateScorePartsOptions): RuleResult {
  return validate(input, options);
}
