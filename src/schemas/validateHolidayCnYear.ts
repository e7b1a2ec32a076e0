import { createWorkdayCalendar } from '../calendar/createWorkdayCalendar.js';
import type { HolidayCnYear } from '../calendar/readCalendarData.js';
import { WORKING_DAYS_CLAUSE } from '../calendar/resolve.js';
import type { RuleResult } from '../core/issues.js';
import { createHolidayCnYearSchema, HolidayCnYearSchema } from './holidayCnYearSchema.js';
import { issuesOfValue } from './schemaIssues.js';
import type { ValidateCalendarDataOptions } from './validateWorkdayCalendarData.js';
import { validatorOf } from './validatorOf.js';

const validate = /* @__PURE__ */ validatorOf(
  { zh: HolidayCnYearSchema, create: createHolidayCnYearSchema, clause: WORKING_DAYS_CLAUSE, root: 'file' },
  (value, options?: ValidateCalendarDataOptions) => issuesOfValue(() => createWorkdayCalendar(value as HolidayCnYear, options?.base)),
);

/**
 * Validates one holiday-cn year file of unknown shape: {@link HolidayCnYearSchema}, then
 * everything {@link sva-rules!createWorkdayCalendar} would refuse, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 三3(2) and 四2(5): 「公示时间不少于5个工作日」; 四2(3): 「在考试开始前5个工作日内」:
 * working days follow the State Council notices.
 *
 * `ok` means `createWorkdayCalendar(input, options.base)` makes a calendar (see
 * {@link validateWorkdayCalendarData}). Every issue cites `calendar.working_days`, with the entry's
 * path (`['days', 3, 'date']`). Never throws.
 *
 * @param input - anything, e.g. a parsed `2027.json`.
 * @param options - `base`: the calendar to add to.
 * @returns one result: the schema's issues, then those of `createWorkdayCalendar`'s `SvaError`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateHolidayCnYear({ year: 2026, days: [{ name: '国庆节', date: '2026-10-09', isOffDay: false }] }).issues[0].code
 * // 'calendar_data_weekday_workday': 9 October 2026 is a Friday
 */
export function validateHolidayCnYear(input: unknown, options?: ValidateCalendarDataOptions): RuleResult {
  return validate(input, options);
}
