import type * as z from 'zod/mini';
import { decimal, kitOf } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of a score, the input of {@link sva-rules!checkScore}, with messages in one language.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * The shape only: a finite number or a plain decimal string (`'59.5'`). The scale (0–100) and
 * the pass mark are the job of {@link sva-rules!checkScore}; {@link validateScore} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createScoreSchema().safeParse('59.5').success // true
 */
export function createScoreSchema(options?: SchemaOptions) {
  return decimal(kitOf(options));
}

/**
 * A score on the 100-point scale (四1): a finite number or a plain decimal string (`'59.5'`,
 * without exponent, sign `+`, spaces or separators), read exactly.
 *
 * The zod schema, with Chinese messages; `createScoreSchema({ language: 'en' })` gives English ones.
 *
 * Policy, 四1: 「考核成绩实行百分制」.
 *
 * @example
 * ScoreSchema.safeParse('59,5').success // false
 */
export const ScoreSchema = /* @__PURE__ */ createScoreSchema();

/** The input type {@link ScoreSchema} accepts. */
export type ScoreInput = z.input<typeof ScoreSchema>;
