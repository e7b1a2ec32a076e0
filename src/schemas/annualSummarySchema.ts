import * as z from 'zod/mini';
import { count, date, kitOf, object } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!AnnualSummary}, the input of {@link sva-rules!checkAnnualSummary}, with
 * messages in one language.
 *
 * Policy, 六(四): 「考核机构每年12月向所在区（市）人力资源社会保障部门报送本机构当年工作总结」.
 *
 * The shape only: a whole `year` 1–9999 and an optional real `submittedOn` date. Whether the
 * summary is late or missing is the job of {@link sva-rules!checkAnnualSummary};
 * {@link validateAnnualSummary} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createAnnualSummarySchema().safeParse({ year: 2024 }).success // true: not submitted (yet)
 */
export function createAnnualSummarySchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { year: count(k, 1, 9999), submittedOn: z.optional(date(k)) });
}

/**
 * An institution's yearly work summary (六(四)): the year it covers, and the day it was
 * submitted to the district bureau, left out while it has not been.
 *
 * The zod schema, with Chinese messages; `createAnnualSummarySchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 六(四): 「考核机构每年12月……报送本机构当年工作总结」.
 *
 * @example
 * AnnualSummarySchema.safeParse({ year: '2024' }).success // false
 */
export const AnnualSummarySchema = /* @__PURE__ */ createAnnualSummarySchema();

/** The input type {@link AnnualSummarySchema} accepts. */
export type AnnualSummaryInput = z.input<typeof AnnualSummarySchema>;
