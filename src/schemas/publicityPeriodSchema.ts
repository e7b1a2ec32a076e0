import type * as z from 'zod/mini';
import { PUBLICITY_KINDS } from '../calendar/vocabulary.js';
import { date, kitOf, object, word } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!PublicityPeriod}, the input of {@link sva-rules!checkPublicityPeriod},
 * with messages in one language.
 *
 * Policy, 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日」; 四2(5): 「考核机构对考核结果予以
 * 公示，公示时间不少于5个工作日」.
 *
 * The shape only: `kind` (`'selection'` or `'results'`) and real `start` and `end` dates. The
 * count of working days is the job of {@link sva-rules!checkPublicityPeriod};
 * {@link validatePublicityPeriod} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createPublicityPeriodSchema().safeParse({ kind: 'results', start: '2024-03-11', end: '2024-03-15' }).success // true
 */
export function createPublicityPeriodSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { kind: word(k, PUBLICITY_KINDS), start: date(k), end: date(k) });
}

/**
 * A publicity period (公示): what is made public (`'selection'`: the selection of institutions,
 * 三3(2); `'results'`: the assessment results, 四2(5)), its first day and its last day (included).
 *
 * The zod schema, with Chinese messages; `createPublicityPeriodSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 三3(2), 四2(5): 「公示时间不少于5个工作日」.
 *
 * @example
 * PublicityPeriodSchema.safeParse({ kind: 'exam', start: '2024-03-11', end: '2024-03-15' }).success // false
 */
export const PublicityPeriodSchema = /* @__PURE__ */ createPublicityPeriodSchema();

/** The input type {@link PublicityPeriodSchema} accepts. */
export type PublicityPeriodInput = z.input<typeof PublicityPeriodSchema>;
