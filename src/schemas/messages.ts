import { zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/**
 * Issue codes of the zod schemas (`sva-rules/schemas`), one per kind of zod issue; `{zh}` and
 * `{en}` are zod's own messages in each language. This table does not import zod, so that
 * `ISSUE_CODES` can list it without pulling zod into the root entry.
 */
export const SCHEMAS_MESSAGES = /* @__PURE__ */ zhValues({
  schema_invalid_type: ['{field}填写有误：{zh}', 'Wrong type: {fieldEn}: {en}'],
  schema_invalid_value: ['{field}的取值无效：{zh}', 'Invalid value: {fieldEn}: {en}'],
  schema_invalid_format: ['{field}的格式不正确：{zh}', 'Wrong format: {fieldEn}: {en}'],
  schema_too_small: ['{field}不符合要求：{zh}', 'Too small: {fieldEn}: {en}'],
  schema_too_big: ['{field}不符合要求：{zh}', 'Too big: {fieldEn}: {en}'],
  schema_invalid: ['{field}填写有误：{zh}', 'Invalid input: {fieldEn}: {en}'],
} as const satisfies Record<string, MessagePair>);
