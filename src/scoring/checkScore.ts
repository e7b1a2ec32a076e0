import { guardCheck } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { SCORE_RULES } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { SCORE_SCALE } from '../core/scoreScale.js';
import type { Policy } from '../core/policy.js';
import { readScore, SCORE_POLICY } from './exact.js';
import type { ScoreScale } from './exact.js';
import { SCORE_MESSAGES } from './messages.js';

/** Options of {@link checkScore}. */
export interface CheckScoreOptions {
  /** The scheme whose `fullMark` and `passMark` apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

/**
 * Checks whether a score earns a certificate: on the 100-point scale and at least 60.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * Not a number (or not a plain decimal string) or outside 0–100 → error `score.scale`; below 60
 * → error `score.pass`; 60–100 → ok. The comparison is exact. Never throws.
 *
 * @param score - any value.
 * @param options - the policy.
 * @returns `{ ok, issues }`: `score_not_a_number` or `score_out_of_range` (`score.scale`),
 *   `score_below_pass_mark` (`score.pass`).
 * @example
 * checkScore(60) // { ok: true, issues: [] }
 * checkScore('59.9') // { ok: false, issues: [{ code: 'score_below_pass_mark', clause: 'score.pass', … }] }
 * checkScore(100.1) // { ok: false, issues: [{ code: 'score_out_of_range', clause: 'score.scale', … }] }
 */
export function checkScore(score: unknown, options?: CheckScoreOptions): RuleResult {
  return guardCheck('score.scale', () => resultOf(scoreIssues(score, readPolicyFrom(options, SCORE_POLICY, 'score.scale', SCORE_SCALE, SCORE_RULES))));
}

/**
 * The issues of {@link checkScore} on a scale already read through the policy door: for a check
 * that reads the policy once and then many scores. @internal
 */
export function scoreIssues(score: unknown, scale: ScoreScale): readonly RuleIssue[] {
  const read = readScore(score, scale);
  if (read.score === undefined) return read.issues;
  if (read.score.gte(scale.passMark)) return [];
  return [issueFrom(SCORE_MESSAGES, 'score_below_pass_mark', 'score.pass', { expected: scale.passMark, received: read.score.toFixed() })];
}
