import type * as z from 'zod/mini';
import { array, decimal, kitOf } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of a batch's scores, the input of {@link sva-rules!summarizeResults}, with messages
 * in one language.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * The shape only: a list of finite numbers or plain decimal strings. The scale (0–100) is the job
 * of {@link sva-rules!summarizeResults}; {@link validateScoreList} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createScoreListSchema().safeParse([60, '59.9']).success // true
 */
export function createScoreListSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return array(k, decimal(k));
}

/**
 * The scores of one batch (成绩汇总, 四1): one score per candidate on the 100-point scale, each a
 * finite number or a plain decimal string.
 *
 * The zod schema, with Chinese messages; `createScoreListSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 四1: 「考核成绩实行百分制」.
 *
 * @example
 * ScoreListSchema.safeParse([60, null]).success // false
 */
export const ScoreListSchema = /* @__PURE__ */ createScoreListSchema();

/** The input type {@link ScoreListSchema} accepts. */
export type ScoreListInput = z.input<typeof ScoreListSchema>;
