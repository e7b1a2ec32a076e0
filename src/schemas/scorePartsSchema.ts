import * as z from 'zod/mini';
import { array, decimal, kitOf, object } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of a score sheet, the `parts` of {@link sva-rules!computeScore}, with messages in
 * one language.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * The shape only: a list of `{ score, max, weight? }`, each a finite number or a plain decimal
 * string (`'32.5'`). The ranges and the sums (maximums or weights adding up to 100) are the job
 * of {@link sva-rules!computeScore}; {@link validateScoreParts} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createScorePartsSchema().safeParse([{ score: '32.5', max: 40 }]).success // true
 */
export function createScorePartsSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return array(k, object(k, { score: decimal(k), max: decimal(k), weight: z.optional(decimal(k)) }));
}

/**
 * A score sheet (评分表, 四1): the parts of one candidate's score, each the points earned, the points
 * it is marked out of and, on every part or on none, its weight in the 100 points.
 *
 * The zod schema, with Chinese messages; `createScorePartsSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 四1: 「考核成绩实行百分制」.
 *
 * @example
 * ScorePartsSchema.safeParse([{ score: '1e2', max: 100 }]).success // false: not a plain decimal
 */
export const ScorePartsSchema = /* @__PURE__ */ createScorePartsSchema();

/** The input type {@link ScorePartsSchema} accepts. */
export type ScorePartsInput = z.input<typeof ScorePartsSchema>;
