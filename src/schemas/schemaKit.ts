import * as z from 'zod/mini';
import { en as enLocale, zhCN } from 'zod/locales';
import { dayNumberOrUndefined } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';

/** The language of a schema's messages. */
export type SchemaLanguage = 'zh' | 'en';

/** Options of every `create…Schema` function. */
export interface SchemaOptions {
  /** `'zh'` (the default) or `'en'`. */
  readonly language?: SchemaLanguage;
}

// The messages zod has no words for: a real date, a decimal number as a string.
const MESSAGES = {
  date: ['应为 YYYY-MM-DD 格式的真实日期或有效的 Date 对象', 'Expected a real YYYY-MM-DD date or a valid Date'],
  isoDate: ['应为 YYYY-MM-DD 格式的真实日期', 'Expected a real YYYY-MM-DD date'],
  decimal: ['应为有限数字或十进制数字字符串（如 "59.5"）', 'Expected a finite number or a decimal string (such as "59.5")'],
} as const;

/** The plain decimal strings the scores accept (src/scoring/exact.ts), at most 50 characters. */
const PLAIN_DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?$/;

/** Whether a value is a date the library reads: a real `'YYYY-MM-DD'` or a valid `Date`. @internal */
export function isDateInput(value: unknown): value is DateInput {
  return dayNumberOrUndefined(value) !== undefined;
}

function keysOf<K extends string>(table: Readonly<Record<K, unknown>>): [K, ...K[]] {
  return Object.keys(table) as [K, ...K[]];
}

/**
 * The building blocks of the schemas, with messages in one language: zod's own locale for its
 * issues, and the library's words for dates and decimals. @internal
 */
export function kitOf(options: SchemaOptions | undefined) {
  const zh = options?.language !== 'en';
  const error = zh ? zhCN().localeError : enLocale().localeError;
  const say = (key: keyof typeof MESSAGES) => MESSAGES[key][zh ? 0 : 1];
  return {
    error,
    text: () => z.string({ error }),
    /** A string with one character at least. */
    name: () => z.string({ error }).check(z.minLength(1, { error })),
    flag: () => z.boolean({ error }),
    /** A whole number from `min` (default 0) to `max`. */
    count: (min = 0, max?: number) =>
      max === undefined ? z.int({ error }).check(z.minimum(min, { error })) : z.int({ error }).check(z.minimum(min, { error }), z.maximum(max, { error })),
    /** A real date, as `'YYYY-MM-DD'` or a `Date` (read in UTC+8). */
    date: () => z.custom<DateInput>(isDateInput, { error: say('date') }),
    /** A real date as a `'YYYY-MM-DD'` string only (data files). */
    isoDate: () => z.iso.date({ error: say('isoDate') }),
    /** A finite number or a plain decimal string (`'59.5'`). */
    decimal: () =>
      z.union([z.number({ error }), z.string({ error }).check(z.maxLength(50, { error: say('decimal') }), z.regex(PLAIN_DECIMAL, { error: say('decimal') }))], {
        error: say('decimal'),
      }),
    /** One word of a vocabulary table. */
    word: <K extends string>(table: Readonly<Record<K, unknown>>) => z.enum(keysOf(table), { error }),
    /** A list of words of a vocabulary table. */
    words: <K extends string>(table: Readonly<Record<K, unknown>>) => z.array(z.enum(keysOf(table), { error }), { error }),
    /** An object, with zod's messages. */
    object: <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape, { error }),
    /** An array, with zod's messages. */
    array: <T extends z.core.SomeType>(element: T) => z.array(element, { error }),
    /** An array of one element at least. */
    nonEmptyArray: <T extends z.core.SomeType>(element: T) => z.array(element, { error }).check(z.minLength(1, { error })),
  };
}
