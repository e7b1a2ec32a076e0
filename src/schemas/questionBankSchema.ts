import * as z from 'zod/mini';
import { array, date, kitOf, name, nonEmptyArray, object } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!QuestionBank} with messages in one language.
 *
 * Policy, 四1: 「考核机构根据专项职业能力考核规范编制试题库（一般不少于5套，且支持循环组卷），经区（市）
 * 人力资源社会保障局评估后使用」.
 *
 * The shape only: sets with a non-empty id and at least one non-empty task, and a real approval
 * date. How many distinct sets, duplicate ids and the approval before use are the job of
 * {@link sva-rules!checkQuestionBank}; {@link validateQuestionBank} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createQuestionBankSchema({ language: 'en' }).safeParse({ sets: [] }).success // true: the count is a rule
 */
export function createQuestionBankSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, {
    sets: array(k, object(k, { id: name(k), tasks: nonEmptyArray(k, name(k)) })),
    approvedOn: z.optional(date(k)),
  });
}

/**
 * A question bank (试题库, 四1): its sets of questions, each an id and its tasks, and the day the
 * district bureau approved it.
 *
 * The zod schema, with Chinese messages; `createQuestionBankSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 四1: 「编制试题库（一般不少于5套，且支持循环组卷），经区（市）人力资源社会保障局评估后使用」.
 *
 * @example
 * QuestionBankSchema.safeParse({ sets: [{ id: 'A', tasks: [] }] }).success // false
 */
export const QuestionBankSchema = /* @__PURE__ */ createQuestionBankSchema();

/** The input type {@link QuestionBankSchema} accepts. */
export type QuestionBankInput = z.input<typeof QuestionBankSchema>;
