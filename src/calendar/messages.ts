import type { MessagePair } from '../core/issues.js';

/**
 * The issue code every working-day function can raise. A year is added with createWorkdayCalendar
 * (or the CLI's `--calendar`, whose error output says so): not in the message, which every
 * working-day bundle carries. The calendar's codes are split in three
 * tables so that a bundle that only asks whether a day is a working day carries only this one.
 */
export const CALENDAR_RANGE_MESSAGES = {
  calendar_out_of_range: [
    '日历未收录{year}年（已收录{first}年至{last}年）的节假日安排',
    '{name} {received} is outside the calendar ({expected})',
  ],
} as const satisfies Record<string, MessagePair>;

/** Issue codes of the publicity periods (三3(2), 四2(5)). */
export const CALENDAR_MESSAGES = {
  publicity_end_before_start: [
    '公示结束日期{endZh}早于开始日期{startZh}',
    'The publicity ends ({end}) before it starts ({start})',
  ],
  publicity_too_short: [
    '公示期应不少于{expected}个工作日，{startZh}至{endZh}实为{received}个工作日{earliestZh}',
    'The publicity must last at least {expected} working days; {start} to {end} has {received}{earliestEn}',
  ],
} as const satisfies Record<string, MessagePair>;

/**
 * The wording of a code of {@link CALENDAR_MESSAGES} when the period runs past the calendar and
 * the days it covers decide the answer only as a bound: the same code, "at most N working days"
 * (every day the calendar does not cover counted as a working day).
 */
export const CALENDAR_BOUND_MESSAGES = {
  publicity_too_short: [
    '公示期应不少于{expected}个工作日，至多为{received}个',
    'The publicity must last at least {expected} working days; {start} to {end} has at most {received}',
  ],
} as const satisfies Record<string, MessagePair>;

/** Issue codes of the calendar data given to {@link createWorkdayCalendar}. */
export const CALENDAR_DATA_MESSAGES = {
  calendar_data_invalid: ['节假日安排数据有误：{reasonZh}', 'Invalid calendar data: {reasonEn}'],
  calendar_data_year: [
    '节假日安排数据的年份有误，应为四位数的年份',
    'Calendar data year {received} is invalid: expected a four-digit year',
  ],
  calendar_data_date: [
    '节假日安排数据中的日期有误，应写作如“2024-03-01”',
    'Calendar data entry {received} is not a real YYYY-MM-DD date',
  ],
  calendar_data_wrong_year: [
    '{day}不属于{year}年的放假通知',
    '{received} does not belong to the {year} notice: only dates of that year, and 25 to 31 December of the year before (元旦 can start then), are accepted',
  ],
  calendar_data_weekday_workday: [
    '{day}是星期{weekdayZh}，本就是工作日，调休上班日应为星期六或星期日',
    '{received} is a {weekdayEn}, already a working day: a make-up working day (调休上班) must be a Saturday or Sunday',
  ],
  calendar_data_conflict: [
    '{day}同时被列为放假日和上班日',
    '{received} is listed both as a rest day and as a working day',
  ],
  calendar_data_duplicate_year: [
    '{year}年的节假日安排重复给出',
    'The calendar data gives the year {year} more than once',
  ],
  calendar_data_gap: [
    '节假日安排的年份应连续，缺少{missing}年的放假通知',
    'The calendar\'s coverage must be contiguous: the notice for {missing} is missing',
  ],
  calendar_data_empty: ['节假日安排数据中没有年份', 'The calendar data has no year at all'],
} as const satisfies Record<string, MessagePair>;
