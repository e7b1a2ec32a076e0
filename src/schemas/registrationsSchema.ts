import * as z from 'zod/mini';
import { array, date, kitOf, object, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of a batch's registrations (an array of `Registration`) with
 * messages in one language.
 *
 * Policy, 四2(2): 「考核机构根据考核计划和考核能力，组织符合条件的人员报名参加考试」.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a `zod/mini` schema of the array; the rules are `checkRegistrations`'s.
 * @example
 * createRegistrationsSchema().safeParse([{ registeredOn: '2025-10-09' }]).success // true
 */
export function createRegistrationsSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return array(k, object(k, { idNumber: z.optional(text(k)), birthDate: z.optional(date(k)), name: z.optional(text(k)), registeredOn: date(k) }));
}

/**
 * The zod schema of a batch's registrations (四2(2)), with Chinese messages.
 *
 * Policy, 四2(2): 「组织符合条件的人员报名参加考试」.
 *
 * @example
 * RegistrationsSchema.safeParse([{ idNumber: 1, registeredOn: '2025-10-09' }]).error?.issues[0]?.path // [0, 'idNumber']
 */
export const RegistrationsSchema = /* @__PURE__ */ createRegistrationsSchema();

/** The input type {@link RegistrationsSchema} accepts. */
export type RegistrationsInput = z.input<typeof RegistrationsSchema>;
