import * as z from 'zod/mini';
import { array, date, kitOf, object } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!Selection}, the input of {@link sva-rules!checkSelection}, with
 * messages in one language.
 *
 * Policy, 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日。经公示无异议的，市人力资源社会保障局……
 * 赋予机构代码」.
 *
 * The shape only: the publicity's real `start` and `end` dates, the objections (each with a real
 * `raisedOn`, and `resolvedOn` once resolved) and the real date `codeAssignedOn`. The working days
 * and the order of the steps are the job of {@link sva-rules!checkSelection}; {@link validateSelection}
 * runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createSelectionSchema().safeParse({ publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [], codeAssignedOn: '2024-03-18' }).success // true
 */
export function createSelectionSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, {
    publicity: object(k, { start: date(k), end: date(k) }),
    objections: array(k, object(k, { raisedOn: date(k), resolvedOn: z.optional(date(k)) })),
    codeAssignedOn: date(k),
  });
}

/**
 * The selection of an institution after its evaluation (三3(2)): the publicity of the result
 * (`publicity: { start, end }`, both days included), the objections raised
 * (`objections: [{ raisedOn, resolvedOn? }]`, `[]` when none) and the day the city bureau assigned
 * the institution code (`codeAssignedOn`).
 *
 * The zod schema, with Chinese messages; `createSelectionSchema({ language: 'en' })` gives English
 * ones.
 *
 * Policy, 三3(2): 「经公示无异议的……赋予机构代码」.
 *
 * @example
 * SelectionSchema.safeParse({ publicity: { start: '2024-03-11', end: '2024-03-15' }, codeAssignedOn: '2024-03-18' }).success // false
 */
export const SelectionSchema = /* @__PURE__ */ createSelectionSchema();

/** The input type {@link SelectionSchema} accepts. */
export type SelectionInput = z.input<typeof SelectionSchema>;
