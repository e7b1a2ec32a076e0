import type { MessagePair } from './issues.js';

/**
 * Issue codes shared by every area. Each area keeps its own codes in its `messages.ts`, so that a
 * bundle carries only the messages it can raise; `ISSUE_CODES` joins them all into one table.
 */
export const CORE_MESSAGES = {
  invalid_date: [
    '{name} 不是有效日期：应为 YYYY-MM-DD 格式的真实日期或有效的 Date 对象',
    '{name} is not a valid date: expected a real YYYY-MM-DD date or a valid Date',
  ],
  invalid_option: ['选项 {name} 无效：{reasonZh}', 'Option {name} is invalid: {reasonEn}'],
  invalid_input: ['输入无效：{reasonZh}', 'Invalid input: {reasonEn}'],
  missing_field: ['缺少 {name}', '{name} is missing'],
} as const satisfies Record<string, MessagePair>;

/** Issue codes of Zaozhuang's districts, shared by every area that reads a district. */
export const DISTRICT_MESSAGES = {
  unknown_district: [
    '{received} 不是枣庄市的区（市）：应为 370402 市中区、370403 薛城区、370404 峄城区、370405 台儿庄区、370406 山亭区或 370481 滕州市',
    '{received} is not a district of Zaozhuang: expected 370402 市中区, 370403 薛城区, 370404 峄城区, 370405 台儿庄区, 370406 山亭区 or 370481 滕州市',
  ],
} as const satisfies Record<string, MessagePair>;
