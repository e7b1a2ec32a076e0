import * as z from 'zod/mini';
import { array, count, flag, isoDate, kitOf, object, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!HolidayCnYear}, one year file of the holiday-cn project, with
 * messages in one language.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」.
 *
 * The shape only: a four-digit `year` and `days`, each with a real `'YYYY-MM-DD'` `date`, a
 * boolean `isOffDay` and an optional `name`. Whether each date belongs to the year and make-up
 * days fall on weekends is the job of {@link sva-rules!createWorkdayCalendar};
 * {@link validateHolidayCnYear} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createHolidayCnYearSchema().safeParse({ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }).success // true
 */
export function createHolidayCnYearSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { year: count(k, 1000, 9999), days: array(k, object(k, { name: z.optional(text(k)), date: isoDate(k), isOffDay: flag(k) })) });
}

/**
 * One year file of the holiday-cn project (`2027.json`), as published: the year, and each day the
 * State Council notice names, with its holiday's name and whether it is a rest day (`isOffDay`:
 * true) or a make-up working day (false). Given to `createWorkdayCalendar` to add a year.
 *
 * The zod schema, with Chinese messages; `createHolidayCnYearSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 三3(2), 四2(3), 四2(5): 「工作日」.
 *
 * @example
 * HolidayCnYearSchema.safeParse({ year: 2027, days: [{ date: '2027-01-01' }] }).success // false: isOffDay is missing
 */
export const HolidayCnYearSchema = /* @__PURE__ */ createHolidayCnYearSchema();

/** The input type {@link HolidayCnYearSchema} accepts. */
export type HolidayCnYearInput = z.input<typeof HolidayCnYearSchema>;
