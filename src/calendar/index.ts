/**
 * Working days (三3(2), 四2(3), 四2(5)): the official mainland-China calendar and the policy's
 * working-day windows.
 * @module calendar
 */
export { CHINA_MAINLAND_CALENDAR } from './chinaMainland.js';
export type { WorkdayCalendar } from './internals.js';
export { createWorkdayCalendar } from './createWorkdayCalendar.js';
export type { HolidayCnYear, NoticeYear, WorkdayCalendarData } from './readCalendarData.js';
export { isWorkingDay } from './isWorkingDay.js';
export { isCoveredByCalendar } from './isCoveredByCalendar.js';
export { addWorkingDays } from './addWorkingDays.js';
export { countWorkingDays } from './countWorkingDays.js';
export { publicityEndDate } from './publicityEndDate.js';
export type { PublicityEndDateOptions, PublicityKind } from './publicityEndDate.js';
export { checkPublicityPeriod } from './checkPublicityPeriod.js';
export type { CheckPublicityPeriodOptions, PublicityPeriod } from './checkPublicityPeriod.js';
export { planFilingDeadline } from './planFilingDeadline.js';
export type { PlanFilingDeadlineOptions } from './planFilingDeadline.js';
