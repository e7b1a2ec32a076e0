import { describe, expect, it } from 'vitest';
import {
  array,
  count,
  date,
  decimal,
  flag,
  isDateInput,
  isoDate,
  kitOf,
  name,
  nonEmptyArray,
  object,
  text,
  word,
  words,
} from '../../src/schemas/schemaKit.js';

const ZH = kitOf(undefined);
const EN = kitOf({ language: 'en' });

interface Parser {
  safeParse(input: unknown): { success: boolean; error?: { issues: readonly { code: string; message: string; errors?: unknown }[] } };
}

// The code and message of each issue of a schema, in order; [] when the value passes.
const issuesOf = (schema: Parser, value: unknown) => (schema.safeParse(value).error?.issues ?? []).map((i) => [i.code, i.message]);

const DECIMAL_ZH = '应为数字，如59.5';
const DECIMAL_EN = 'Expected a finite number or a decimal string (such as "59.5")';

describe('kitOf', () => {
  it('speaks Chinese unless English is asked for', () => {
    expect(kitOf(undefined).zh).toBe(true);
    expect(kitOf({}).zh).toBe(true);
    expect(kitOf({ language: 'zh' }).zh).toBe(true);
    expect(kitOf({ language: 'en' }).zh).toBe(false);
    expect(issuesOf(text(kitOf({})), 1)).toEqual([['invalid_type', '应为文字，收到的是数字']]);
  });
});

describe('isDateInput', () => {
  it.each([
    { value: '2024-02-29', is: true },
    { value: '2023-02-29', is: false },
    { value: new Date('2024-03-01T00:00:00+08:00'), is: true },
    { value: new Date(Number.NaN), is: false },
    { value: 20240229, is: false },
  ])('$value: $is', ({ value, is }) => {
    expect(isDateInput(value)).toBe(is);
  });
});

describe('the building blocks, in both languages', () => {
  it.each([
    { block: 'text', schema: (k: typeof ZH) => text(k), value: 1, zh: [['invalid_type', '应为文字，收到的是数字']], en: [['invalid_type', 'Invalid input: expected string, received number']] },
    { block: 'name (a number)', schema: (k: typeof ZH) => name(k), value: 1, zh: [['invalid_type', '应为文字，收到的是数字']], en: [['invalid_type', 'Invalid input: expected string, received number']] },
    { block: 'name (empty)', schema: (k: typeof ZH) => name(k), value: '', zh: [['too_small', '应至少有1个字']], en: [['too_small', 'Too small: expected string to have >=1 characters']] },
    { block: 'name (one character)', schema: (k: typeof ZH) => name(k), value: 'A', zh: [], en: [] },
    { block: 'flag', schema: (k: typeof ZH) => flag(k), value: 'true', zh: [['invalid_type', '应为“是”或“否”，收到的是文字']], en: [['invalid_type', 'Invalid input: expected boolean, received string']] },
    { block: 'count (a string)', schema: (k: typeof ZH) => count(k), value: '1', zh: [['invalid_type', '应为数字，收到的是文字']], en: [['invalid_type', 'Invalid input: expected number, received string']] },
    { block: 'count (a fraction)', schema: (k: typeof ZH) => count(k), value: 1.5, zh: [['invalid_type', '应为整数，收到的是数字']], en: [['invalid_type', 'Invalid input: expected int, received number']] },
    { block: 'count (-1)', schema: (k: typeof ZH) => count(k), value: -1, zh: [['too_small', '应不小于0']], en: [['too_small', 'Too small: expected number to be >=0']] },
    { block: 'count (0)', schema: (k: typeof ZH) => count(k), value: 0, zh: [], en: [] },
    { block: 'count with no maximum (a large number)', schema: (k: typeof ZH) => count(k), value: 1_000_000, zh: [], en: [] },
    { block: 'count 1–9 (0)', schema: (k: typeof ZH) => count(k, 1, 9), value: 0, zh: [['too_small', '应不小于1']], en: [['too_small', 'Too small: expected number to be >=1']] },
    { block: 'count 1–9 (1)', schema: (k: typeof ZH) => count(k, 1, 9), value: 1, zh: [], en: [] },
    { block: 'count 1–9 (9)', schema: (k: typeof ZH) => count(k, 1, 9), value: 9, zh: [], en: [] },
    { block: 'count 1–9 (10)', schema: (k: typeof ZH) => count(k, 1, 9), value: 10, zh: [['too_big', '应不大于9']], en: [['too_big', 'Too big: expected number to be <=9']] },
    { block: 'date', schema: (k: typeof ZH) => date(k), value: '2024-02-30', zh: [['custom', '应为真实的日期']], en: [['custom', 'Expected a real YYYY-MM-DD date or a valid Date']] },
    { block: 'isoDate (impossible)', schema: (k: typeof ZH) => isoDate(k), value: '2024-02-30', zh: [['invalid_format', '应为真实的日期']], en: [['invalid_format', 'Expected a real YYYY-MM-DD date']] },
    { block: 'isoDate (a Date)', schema: (k: typeof ZH) => isoDate(k), value: new Date(0), zh: [['invalid_type', '应为真实的日期']], en: [['invalid_type', 'Expected a real YYYY-MM-DD date']] },
    { block: 'word', schema: (k: typeof ZH) => word(k, { a: 1, b: 1 }), value: 'c', zh: [['invalid_value', '应为“a”、“b”之一']], en: [['invalid_value', 'Invalid option: expected one of "a"|"b"']] },
    { block: 'words (not a list)', schema: (k: typeof ZH) => words(k, { a: 1 }), value: 'a', zh: [['invalid_type', '应为列表，收到的是文字']], en: [['invalid_type', 'Invalid input: expected array, received string']] },
    { block: 'object', schema: (k: typeof ZH) => object(k, {}), value: 1, zh: [['invalid_type', '应为对象，收到的是数字']], en: [['invalid_type', 'Invalid input: expected object, received number']] },
    { block: 'array', schema: (k: typeof ZH) => array(k, text(k)), value: 1, zh: [['invalid_type', '应为列表，收到的是数字']], en: [['invalid_type', 'Invalid input: expected array, received number']] },
    { block: 'nonEmptyArray (empty)', schema: (k: typeof ZH) => nonEmptyArray(k, text(k)), value: [], zh: [['too_small', '应至少有1项']], en: [['too_small', 'Too small: expected array to have >=1 items']] },
    { block: 'nonEmptyArray (one element)', schema: (k: typeof ZH) => nonEmptyArray(k, text(k)), value: ['x'], zh: [], en: [] },
    { block: 'nonEmptyArray (not a list)', schema: (k: typeof ZH) => nonEmptyArray(k, text(k)), value: 'x', zh: [['invalid_type', '应为列表，收到的是文字']], en: [['invalid_type', 'Invalid input: expected array, received string']] },
  ])('$block', ({ schema, value, zh, en }) => {
    expect(issuesOf(schema(ZH) as Parser, value)).toEqual(zh);
    expect(issuesOf(schema(EN) as Parser, value)).toEqual(en);
  });
});

describe('decimal: a finite number or a plain decimal string', () => {
  const fifty = `0.${'0'.repeat(48)}`;
  it.each([
    { value: 59.5, ok: true },
    { value: '60', ok: true },
    { value: '-0.1', ok: true },
    { value: '86.25', ok: true },
    { value: '0', ok: true },
    { value: fifty, ok: true },
    { value: `${fifty}0`, ok: false, code: 'too_big' },
    { value: '60 分', ok: false, code: 'invalid_format' },
    { value: 'x60', ok: false, code: 'invalid_format' },
    { value: '60x', ok: false, code: 'invalid_format' },
    { value: '+60', ok: false, code: 'invalid_format' },
    { value: '--1', ok: false, code: 'invalid_format' },
    { value: '60.', ok: false, code: 'invalid_format' },
    { value: '.5', ok: false, code: 'invalid_format' },
    { value: '1.2.3', ok: false, code: 'invalid_format' },
    { value: '1e2', ok: false, code: 'invalid_format' },
    { value: '59,5', ok: false, code: 'invalid_format' },
    { value: '', ok: false, code: 'invalid_format' },
    { value: null, ok: false, code: 'invalid_union' },
    { value: Number.NaN, ok: false, code: 'invalid_union' },
    { value: Number.POSITIVE_INFINITY, ok: false, code: 'invalid_union' },
  ])('$value: $ok', ({ value, ok, code }) => {
    expect(issuesOf(decimal(ZH), value)).toEqual(ok ? [] : [[code, DECIMAL_ZH]]);
    expect(issuesOf(decimal(EN), value)).toEqual(ok ? [] : [[code, DECIMAL_EN]]);
  });

  it('says why neither a number nor a string fits, in the language asked for', () => {
    const errorsOf = (k: typeof ZH) => ((decimal(k).safeParse(true).error?.issues[0] as unknown as { errors: { message: string }[][] }).errors).map((e) => e.map((i) => i.message));
    expect(errorsOf(ZH)).toEqual([['应为数字，收到的是“是”或“否”'], ['应为文字，收到的是“是”或“否”']]);
    expect(errorsOf(EN)).toEqual([['Invalid input: expected number, received boolean'], ['Invalid input: expected string, received boolean']]);
  });
});
