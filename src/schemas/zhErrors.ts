import type * as z from 'zod/mini';

// The types zod names, in the words of a form.
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '“是”或“否”',
  object: '对象',
  array: '列表',
  date: '日期',
  bigint: '大整数',
  null: '空值',
  undefined: '空值',
  nan: '非数字',
  record: '对象',
  map: '对象',
  set: '列表',
  tuple: '列表',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function words(type: string): string {
  return TYPE_WORDS[type] ?? '其他类型';
}

function limit(issue: { origin?: unknown; inclusive?: boolean }, value: unknown, least: boolean): string {
  const n = String(value);
  if (issue.origin === 'string') return least ? `应至少有${n}个字` : `应不超过${n}个字`;
  if (issue.origin === 'array' || issue.origin === 'set') return least ? `应至少有${n}项` : `应不超过${n}项`;
  if (issue.inclusive === false) return least ? `应大于${n}` : `应小于${n}`;
  return least ? `应不小于${n}` : `应不大于${n}`;
}

/**
 * zod's issues in plain Chinese, the library's own words rather than zod's locale (which writes
 * 「期望 object，实际接收 string」): given on every schema, so that `z.config()` by the user
 * changes none of them. @internal
 */
export const zhErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '未填写' : `应为${words(issue.expected)}，收到的是${words(typeOf(issue.input))}`;
    case 'invalid_value':
      return `应为${issue.values.map((v) => `“${String(v)}”`).join('、')}${issue.values.length > 1 ? '之一' : ''}`;
    case 'too_small':
      return limit(issue, issue.minimum, true);
    case 'too_big':
      return limit(issue, issue.maximum, false);
    case 'invalid_format':
      return '不符合规定的写法';
    case 'not_multiple_of':
      return `应为${String(issue.divisor)}的倍数`;
    case 'unrecognized_keys':
      return `有无法识别的内容：${issue.keys.map((k) => `“${k}”`).join('、')}`;
    case 'invalid_union':
      return '不符合任何一种可接受的写法';
    default:
      return '不符合要求';
  }
};
