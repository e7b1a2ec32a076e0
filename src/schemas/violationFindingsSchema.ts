import type * as z from 'zod/mini';
import { VIOLATION_TERMS } from '../supervision/vocabulary.js';
import { kitOf, openWords } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of supervision findings, the input of {@link sva-rules!checkSupervision}, with
 * messages in one language.
 *
 * Policy, 六(四): 「对在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规
 * 活动的，对其考核结果不予认可」.
 *
 * A list of the words of {@link sva-rules!VIOLATIONS} or any other finding (a non-empty string: the list ends with 等). What the findings mean (the results are not
 * recognised) is the job of {@link sva-rules!checkSupervision}; {@link validateViolationFindings} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createViolationFindingsSchema().safeParse(['false_advertising']).success // true
 */
export function createViolationFindingsSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return openWords(k, VIOLATION_TERMS);
}

/**
 * The violations supervision found (六(四)), one entry per finding: `outside_item_list`
 * 在项目清单外考核, `lowered_standard` 降低考核标准发证, `certificate_without_assessment` 不考核就发证,
 * `false_advertising` 虚假宣传, `disrupting_order` 扰乱秩序, or any other finding in words (「……等违规活动」).
 * An empty list: nothing found.
 *
 * The zod schema, with Chinese messages; `createViolationFindingsSchema({ language: 'en' })`
 * gives English ones.
 *
 * Policy, 六(四): 「对其考核结果不予认可」.
 *
 * @example
 * ViolationFindingsSchema.safeParse(['late_payment']).success // true: 「……等违规活动」, another finding is a violation too
 * ViolationFindingsSchema.safeParse([3]).success // false
 */
export const ViolationFindingsSchema = /* @__PURE__ */ createViolationFindingsSchema();

/** The input type {@link ViolationFindingsSchema} accepts. */
export type ViolationFindingsInput = z.input<typeof ViolationFindingsSchema>;
