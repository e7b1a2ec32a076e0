/**
 * Scores on the 100-point scale, computed exactly (四1: `score.scale`, `score.pass`).
 * @module scoring
 */
export { FULL_MARK, PASS_MARK } from './marks.js';
export { isPassingScore } from './isPassingScore.js';
export type { IsPassingScoreOptions } from './isPassingScore.js';
export { computeScore } from './computeScore.js';
export type { ComputedScore, ComputeScoreOptions, ScorePart } from './computeScore.js';
export { checkScore } from './checkScore.js';
export type { CheckScoreOptions } from './checkScore.js';
export { summarizeResults } from './summarizeResults.js';
export type { ResultsSummary, SummarizeResultsOptions } from './summarizeResults.js';
