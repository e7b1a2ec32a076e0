import * as z from 'zod/mini';
import { array, isoDate, kitOf, object } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!WorkdayCalendarData}, the library's own format of the State
 * Council notices (that of `data/cn-holidays.json`), with messages in one language.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」.
 *
 * The shape only: `years` keyed by four-digit year, each with `offDays` and `workDays` lists of
 * real `'YYYY-MM-DD'` dates; other fields (such as `notice`) are allowed. Whether each date
 * belongs to its year, make-up days fall on weekends, and the years run without a gap is the job
 * of {@link sva-rules!createWorkdayCalendar}; {@link validateWorkdayCalendarData} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createWorkdayCalendarDataSchema().safeParse({ years: { '2027': { offDays: ['2027-01-01'], workDays: [] } } }).success // true
 */
export function createWorkdayCalendarDataSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  const year = z.string({ error: k.error }).check(z.regex(/^[1-9]\d{3}$/, { error: k.error }));
  return object(k, { years: z.record(year, object(k, { offDays: array(k, isoDate(k)), workDays: array(k, isoDate(k)) }), { error: k.error }) });
}

/**
 * Working-day calendar data in this library's format: for each year, the days the State Council
 * notice names as rest days (`offDays`, weekends inside a holiday included) and as make-up working
 * days (`workDays`), as `'YYYY-MM-DD'` strings. Given to `createWorkdayCalendar` to add a year.
 *
 * The zod schema, with Chinese messages; `createWorkdayCalendarDataSchema({ language: 'en' })`
 * gives English ones.
 *
 * Policy, 三3(2), 四2(3), 四2(5): 「工作日」.
 *
 * @example
 * WorkdayCalendarDataSchema.safeParse({ years: { '2027': { offDays: ['2027-02-30'], workDays: [] } } }).success // false
 */
export const WorkdayCalendarDataSchema = /* @__PURE__ */ createWorkdayCalendarDataSchema();

/** The input type {@link WorkdayCalendarDataSchema} accepts. */
export type WorkdayCalendarDataInput = z.input<typeof WorkdayCalendarDataSchema>;
