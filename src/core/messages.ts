import { zhDates } from './zhValues.js';
import type { MessagePair } from './issues.js';

/**
 * The issue of a bad date, raised only by the date readers (core/dates.ts). Its own table, so that
 * a bundle carries it only when it reads dates. @internal
 */
export const DATE_MESSAGES = {
  invalid_date: [
    '{nameZh}不是真实的日期',
    '{name} is not a real date (YYYY-MM-DD)',
  ],
} as const satisfies Record<string, MessagePair>;

/**
 * The issue of a bad option. Its own table as well, for the calendar's functions (`isWorkingDay`,
 * the smallest bundle that raises issues, carries only this table and DATE_MESSAGES). @internal
 */
export const OPTION_MESSAGES = {
  invalid_option: ['选项“{name}”无效：{reasonZh}', 'Option {name} is invalid: {reasonEn}'],
} as const satisfies Record<string, MessagePair>;

/** The other issues every area raises. */
const INPUT_MESSAGES = {
  invalid_input: ['输入有误：{reasonZh}', 'Invalid input: {reasonEn}'],
  missing_field: ['未填写{name}', '{nameEn} is missing'],
} as const satisfies Record<string, MessagePair>;

/**
 * Issue codes of the scheme's own date (`policy.effective`): a record dated before the scheme took
 * effect is outside it. Its own table, so that only the checks that read that date carry it.
 */
export const EFFECTIVE_MESSAGES = /* @__PURE__ */ zhDates({
  before_policy_effective: [
    '{field}为{day}，早于本方案施行之日（{effective}），不适用本方案',
    'The {fieldEn} ({received}) is before the scheme took effect on {expected}: the scheme does not apply to it',
  ],
  year_before_policy_effective: [
    '{field}为{received}年，早于本方案施行的{effectiveYear}年（{effective}施行），不适用本方案',
    'The {fieldEn} is {received}, before the year the scheme took effect ({expected}): the scheme does not apply to it',
  ],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of Zaozhuang's districts, shared by every area that reads a district. */
export const DISTRICT_MESSAGES = /* @__PURE__ */ zhDates({
  unknown_district: [
    '{received}不是枣庄市的区（市），应为{listZh}之一',
    '{received} is not a district of Zaozhuang: expected one of {list}',
  ],
} as const satisfies Record<string, MessagePair>);

/**
 * Issue codes shared by every area (but `invalid_date`, in DATE_MESSAGES). Each area keeps its
 * own codes in its `messages.ts`, so that a bundle carries only the messages it can raise;
 * `ISSUE_CODES` joins them all into one table.
 */
export const CORE_MESSAGES: typeof OPTION_MESSAGES & typeof INPUT_MESSAGES = /* @__PURE__ */ Object.assign({}, OPTION_MESSAGES, INPUT_MESSAGES);
