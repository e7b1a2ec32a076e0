import { createWorkdayCalendar } from '../calendar/createWorkdayCalendar.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import type { WorkdayCalendarData } from '../calendar/readCalendarData.js';
import { WORKING_DAYS_CLAUSE } from '../calendar/resolve.js';
import type { RuleResult } from '../core/issues.js';
import { issuesOfValue } from './schemaIssues.js';
import { createWorkdayCalendarDataSchema, WorkdayCalendarDataSchema } from './workdayCalendarDataSchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateWorkdayCalendarData} and {@link validateHolidayCnYear}. */
export interface ValidateCalendarDataOptions {
  /** The calendar the data would be added to, as `createWorkdayCalendar`'s `base`: by default `CHINA_MAINLAND_CALENDAR`; `null` for none. */
  readonly base?: WorkdayCalendar | null;
}

const validate = /* @__PURE__ */ validatorOf(
  { zh: WorkdayCalendarDataSchema, create: createWorkdayCalendarDataSchema, clause: WORKING_DAYS_CLAUSE, root: 'data' },
  (value, options?: ValidateCalendarDataOptions) => issuesOfValue(() => createWorkdayCalendar(value as WorkdayCalendarData, options?.base)),
);

/**
 * Validates calendar data of unknown shape in the library's format: {@link WorkdayCalendarDataSchema},
 * then everything {@link sva-rules!createWorkdayCalendar} would refuse, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」:
 * working days follow the State Council notices.
 *
 * `ok` means `createWorkdayCalendar(input, options.base)` makes a calendar: every date real and of
 * its year, make-up working days on weekends, no day both off and on, no gap between the years of
 * the data and of `base`. Every issue cites `calendar.working_days`, with the entry's path. Never throws.
 *
 * @param input - anything, e.g. a parsed JSON file.
 * @param options - `base`: the calendar to add to.
 * @returns one result: the schema's issues, then those of `createWorkdayCalendar`'s `SvaError`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateWorkdayCalendarData({ years: { '2028': { offDays: [], workDays: [] } } }).issues[0].code
 * // 'calendar_data_gap': 2027 is missing
 */
export function validateWorkdayCalendarData(input: unknown, options?: ValidateCalendarDataOptions): RuleResult {
  return validate(input, options);
}
