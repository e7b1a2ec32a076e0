import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import { SCORE_RULES } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { SCORE_SCALE } from '../core/scoreScale.js';
import type { Policy } from '../core/policy.js';
import { invalidIssue } from '../core/evidence.js';
import { Exact, readScore, SCORE_POLICY, tenTo } from './exact.js';

/** Options of {@link summarizeResults}. */
export interface SummarizeResultsOptions {
  /** The scheme whose `fullMark` and `passMark` apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

/** The pass figures of a batch. */
export interface ResultsSummary {
  /** How many scores were given. */
  readonly candidates: number;
  /** How many of them are 60 or more. */
  readonly passed: number;
  /** passed ÷ candidates as a percentage, rounded half-up to 2 decimals (`'66.67'`); `'0.00'` for none. */
  readonly passRate: string;
}

const RATE_DECIMALS = 2;

/**
 * Counts the candidates of a batch who pass, and the pass rate.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * Every score is read as {@link isPassingScore} reads it, exactly. The pass rate is the exact
 * ratio as a percentage, rounded half-up to 2 decimals; an empty batch has the rate `'0.00'`.
 *
 * @param scores - the batch's scores, each a finite number or a plain decimal string, 0–100.
 * @param options - the policy.
 * @returns `{ candidates, passed, passRate }`.
 * @throws {@link SvaError} with one issue per bad score (`score_not_a_number`,
 *   `score_out_of_range`, clause `score.scale`, `path` [index]), or `invalid_input` when
 *   `scores` is not an array.
 * @example
 * summarizeResults([60, '59.9', 88]) // { candidates: 3, passed: 2, passRate: '66.67' }
 * summarizeResults([]) // { candidates: 0, passed: 0, passRate: '0.00' }
 */
export function summarizeResults(scores: readonly (number | string)[], options?: SummarizeResultsOptions): ResultsSummary {
  return guardValue('score.scale', () => {
    const policy = readPolicyFrom(options, SCORE_POLICY, 'score.scale', SCORE_SCALE, SCORE_RULES);
    if (!Array.isArray(scores)) {
      throw new SvaError(
        invalidIssue('score.scale', ['scores'], scores, '列表', 'an array', undefined, '考核成绩'),
      );
    }
    const issues: RuleIssue[] = [];
    let passed = 0;
    // Array.from reads a hole of a sparse array as undefined, which is reported, not skipped.
    Array.from(scores as readonly unknown[]).forEach((value, i) => {
      const read = readScore(value, policy, [i]);
      if (read.score === undefined) issues.push(...read.issues);
      else if (read.score.gte(policy.passMark)) passed++;
    });
    if (issues.length > 0) throw new SvaError(issues);
    return resultsSummary(passed, scores.length);
  });
}

/**
 * The summary of {@link summarizeResults} once the scores are counted: for a check that has read
 * every score already (auditBatch). @internal
 */
export function resultsSummary(passed: number, candidates: number): ResultsSummary {
  if (candidates === 0) return { candidates, passed, passRate: (0).toFixed(RATE_DECIMALS) };
  // Half-up on the exact ratio: ⌊(2·passed·100·10² + candidates) / (2·candidates)⌋ / 10².
  const twice = new Exact(passed).times(100).times(tenTo(RATE_DECIMALS)).times(2);
  const rounded = twice.plus(candidates).divToInt(new Exact(candidates).times(2));
  return { candidates, passed, passRate: rounded.times(tenTo(-RATE_DECIMALS)).toFixed(RATE_DECIMALS) };
}
