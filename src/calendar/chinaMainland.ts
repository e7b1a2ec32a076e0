import { FIRST_YEAR, LAST_YEAR, WORKING_FLAGS } from './data.js';
import { registerCalendar } from './internals.js';
import type { WorkdayCalendar } from './internals.js';

/**
 * The official working-day calendar of mainland China, from the State Council General Office's
 * yearly notices on public holidays (国务院办公厅关于节假日安排的通知) for 2023 to 2026: weekends
 * and public holidays are rest days, make-up days (调休上班) are working days.
 *
 * Coverage: every day from 2023-01-01 to 2026-12-31. A day outside it is never guessed: the
 * value functions throw `SvaError` `calendar_out_of_range` and the checks report that code.
 * The 2023 notice also names 2022-12-31 (the first day of 元旦); that day is kept in the
 * calendar's tables and counts once a calendar made from this one covers 2022.
 *
 * Source: `data/cn-holidays.json` in the repository, with the notice URL of each year; see
 * `docs/calendar.md` to add a year, at build time or at run time with {@link createWorkdayCalendar}.
 *
 * @example
 * CHINA_MAINLAND_CALENDAR.firstDay // '2023-01-01'
 * CHINA_MAINLAND_CALENDAR.lastDay // '2026-12-31'
 */
export const CHINA_MAINLAND_CALENDAR: WorkdayCalendar = /* @__PURE__ */ registerCalendar(FIRST_YEAR, LAST_YEAR, WORKING_FLAGS);
