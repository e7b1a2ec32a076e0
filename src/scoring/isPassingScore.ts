import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { SCORE_RULES } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { SCORE_SCALE } from '../core/scoreScale.js';
import type { Policy } from '../core/policy.js';
import { readScore, SCORE_POLICY } from './exact.js';

/** Options of {@link isPassingScore}. */
export interface IsPassingScoreOptions {
  /** The scheme whose `fullMark` and `passMark` apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

/**
 * Whether a score passes: 60 or more, 60 included. The comparison is exact: `'59.99'` and
 * `59.999999` fail, `60`, `'60.0'` and `60.0001` pass.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * A score is a finite number (read as the decimal `String(n)` prints) or a plain decimal string
 * (`'59.5'`; no spaces, `+`, exponent or full-width digits). A score that is not on the scale
 * has no true or false answer, so it throws.
 *
 * @param score - the score, 0–100.
 * @param options - the policy.
 * @returns `true` when the score is at least the pass mark.
 * @throws {@link SvaError} `score_not_a_number` or `score_out_of_range` (clause `score.scale`).
 * @example
 * isPassingScore(60) // true
 * isPassingScore('59.99') // false
 * isPassingScore(100.1) // throws SvaError score_out_of_range
 */
export function isPassingScore(score: number | string, options?: IsPassingScoreOptions): boolean {
  return guardValue('score.scale', () => {
    const policy = readPolicyFrom(options, SCORE_POLICY, 'score.scale', SCORE_SCALE, SCORE_RULES);
    const read = readScore(score, policy);
    if (read.score === undefined) throw new SvaError(read.issues);
    return read.score.gte(policy.passMark);
  });
}
