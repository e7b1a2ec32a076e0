import type { MessagePair } from '../core/issues.js';

/**
 * Issue codes of the zod schemas (`sva-rules/schemas`), one per kind of zod issue; `{zh}` and
 * `{en}` are zod's own messages in each language. This table does not import zod, so that
 * `ISSUE_CODES` can list it without pulling zod into the root entry.
 */
export const SCHEMAS_MESSAGES = {
  schema_invalid_type: ['类型不符：字段 {field}：{zh}', 'Wrong type: field {field}: {en}'],
  schema_invalid_value: ['取值无效：字段 {field}：{zh}', 'Invalid value: field {field}: {en}'],
  schema_invalid_format: ['格式不正确：字段 {field}：{zh}', 'Wrong format: field {field}: {en}'],
  schema_too_small: ['过小或过短：字段 {field}：{zh}', 'Too small: field {field}: {en}'],
  schema_too_big: ['过大或过长：字段 {field}：{zh}', 'Too big: field {field}: {en}'],
  schema_invalid: ['输入无效：字段 {field}：{zh}', 'Invalid input: field {field}: {en}'],
} as const satisfies Record<string, MessagePair>;
