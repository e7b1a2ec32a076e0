import type { RuleResult } from '../core/issues.js';
import { summarizeResults } from '../scoring/summarizeResults.js';
import type { SummarizeResultsOptions } from '../scoring/summarizeResults.js';
import { createScoreListSchema, ScoreListSchema } from './scoreListSchema.js';
import { issuesOfValue } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateScoreList}: those of {@link sva-rules!summarizeResults}. */
export type ValidateScoreListOptions = SummarizeResultsOptions;

const validate = /* @__PURE__ */ validatorOf(
  { zh: ScoreListSchema, create: createScoreListSchema, clause: 'score.scale', root: 'scores' },
  (value, options?: ValidateScoreListOptions) => issuesOfValue(() => summarizeResults(value as (number | string)[], options)),
);

/**
 * Validates a batch's scores of unknown shape: {@link ScoreListSchema}, then everything
 * {@link sva-rules!summarizeResults} would refuse (a score off the 0–100 scale), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * `ok` means `summarizeResults(input, options)` gives the pass figures; a score below 60 is not
 * an issue here (it is a fail, not bad data). Every issue cites `score.scale`, with the index as
 * `path`. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, as for {@link sva-rules!summarizeResults}.
 * @returns one result: the schema's issues, then those of `summarizeResults`'s `SvaError`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateScoreList([60, '59.9', 88]) // { ok: true, issues: [] }
 * validateScoreList([60, 100.5]).issues[0] // { code: 'score_out_of_range', path: [1], … }
 */
export function validateScoreList(input: unknown, options?: ValidateScoreListOptions): RuleResult {
  return validate(input, options);
}
