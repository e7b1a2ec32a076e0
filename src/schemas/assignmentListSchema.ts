import type * as z from 'zod/mini';
import { array, kitOf, name, object } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of a table of {@link sva-rules!Assignment}s, the input of {@link sva-rules!checkAllocation},
 * with messages in one language.
 *
 * Policy, 三: 「全市范围内每个专项职业能力考核项目对应的考核机构一般不超过5家（各区（市）范围内，每个
 * 专项职业能力考核项目只能对应一家考核机构），每家机构不得超过 2 个考核项目」.
 *
 * The shape only: a list of `{ institution, item, district }`, each a non-empty string. The
 * districts and the limits are the job of {@link sva-rules!checkAllocation};
 * {@link validateAssignmentList} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createAssignmentListSchema().safeParse([{ institution: 'A', item: '面点制作', district: '370402' }]).success // true
 */
export function createAssignmentListSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return array(k, object(k, { institution: name(k), item: name(k), district: name(k) }));
}

/**
 * A table of assignments (三): each row one institution assigned one assessment item in one of
 * Zaozhuang's six districts (by GB/T 2260 code, `'370402'`, or name, `'市中区'`).
 *
 * The zod schema, with Chinese messages; `createAssignmentListSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 三: 「各区（市）范围内，每个专项职业能力考核项目只能对应一家考核机构」.
 *
 * @example
 * AssignmentListSchema.safeParse([{ institution: 'A', item: '面点制作' }]).success // false: no district
 */
export const AssignmentListSchema = /* @__PURE__ */ createAssignmentListSchema();

/** The input type {@link AssignmentListSchema} accepts. */
export type AssignmentListInput = z.input<typeof AssignmentListSchema>;
