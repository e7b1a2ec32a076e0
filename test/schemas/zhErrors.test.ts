// zod's issues in the library's own Chinese (issue 16 §2): one case per kind of issue, each
// boundary of a limit (a text's length, a list's size, a number inclusive or not).
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { zhErrorMap } from '../../src/schemas/zhErrors.js';

const zh = (issue: Record<string, unknown>): unknown => zhErrorMap(issue as never);

describe('zhErrorMap: zod\'s issues in plain Chinese', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a field not given', { code: 'invalid_type', expected: 'string', input: undefined }, '未填写'],
    ['a number for a text', { code: 'invalid_type', expected: 'string', input: 3 }, '应为文字，收到的是数字'],
    ['NaN for a number', { code: 'invalid_type', expected: 'number', input: Number.NaN }, '应为数字，收到的是非数字'],
    ['a text for a whole number', { code: 'invalid_type', expected: 'int', input: '3' }, '应为整数，收到的是文字'],
    ['a list for an object', { code: 'invalid_type', expected: 'object', input: [] }, '应为对象，收到的是列表'],
    ['null for a boolean', { code: 'invalid_type', expected: 'boolean', input: null }, '应为“是”或“否”，收到的是空值'],
    ['a type zod names that the table does not', { code: 'invalid_type', expected: 'symbol', input: 3 }, '应为其他类型，收到的是数字'],
    ['one allowed value', { code: 'invalid_value', values: ['paper'] }, '应为“paper”'],
    ['two allowed values', { code: 'invalid_value', values: ['paper', 'electronic'] }, '应为“paper”、“electronic”之一'],
    ['a text too short', { code: 'too_small', origin: 'string', minimum: 1, inclusive: true }, '应至少有1个字'],
    ['a text too long', { code: 'too_big', origin: 'string', maximum: 40, inclusive: true }, '应不超过40个字'],
    ['a list too short', { code: 'too_small', origin: 'array', minimum: 5, inclusive: true }, '应至少有5项'],
    ['a set too large', { code: 'too_big', origin: 'set', maximum: 2, inclusive: true }, '应不超过2项'],
    ['a number not above a bound', { code: 'too_small', origin: 'number', minimum: 0, inclusive: false }, '应大于0'],
    ['a number not below a bound', { code: 'too_big', origin: 'number', maximum: 100, inclusive: false }, '应小于100'],
    ['a number below a bound', { code: 'too_small', origin: 'number', minimum: 0, inclusive: true }, '应不小于0'],
    ['a number above a bound', { code: 'too_big', origin: 'number', maximum: 100, inclusive: true }, '应不大于100'],
    ['a malformed text', { code: 'invalid_format', format: 'regex' }, '不符合规定的写法'],
    ['not a multiple', { code: 'not_multiple_of', divisor: 0.5 }, '应为0.5的倍数'],
    ['keys it does not know', { code: 'unrecognized_keys', keys: ['foo', 'bar'] }, '有无法识别的内容：“foo”、“bar”'],
    ['none of a union', { code: 'invalid_union', errors: [] }, '不符合任何一种可接受的写法'],
    ['any other issue', { code: 'custom' }, '不符合要求'],
  ])('%s', (_name, issue, message) => {
    expect(zh(issue)).toBe(message);
  });

  it('gives its words to a real zod schema, whatever zod\'s own locale', () => {
    const schema = z.strictObject({ name: z.string().check(z.minLength(2)) });
    const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);
    expect(issues(schema.safeParse({ name: 'a' }, { error: zhErrorMap }))).toEqual(['应至少有2个字']);
    expect(issues(schema.safeParse({ name: 'ab', x: 1 }, { error: zhErrorMap }))).toEqual(['有无法识别的内容：“x”']);
  });
});
