import * as z from 'zod/mini';
import { en as enLocale } from 'zod/locales';
import { zhErrorMap } from './zhErrors.js';
import { dayNumberOrUndefined } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';

/** The language of a schema's messages. */
export type SchemaLanguage = 'zh' | 'en';

/** Options of every `create…Schema` function. */
export interface SchemaOptions {
  /** `'zh'` (the default) or `'en'`. */
  readonly language?: SchemaLanguage;
}

/**
 * The language of a schema being built: zod's own locale for its issues, and whether the
 * library's words are Chinese. The building blocks below are separate functions, so that a
 * bundle keeps only those its schemas use. @internal
 */
export interface Kit {
  readonly zh: boolean;
  readonly error: z.core.$ZodErrorMap;
}

/** The {@link Kit} of a `create…Schema` call. @internal */
export function kitOf(options: SchemaOptions | undefined): Kit {
  const zh = options?.language !== 'en';
  return { zh, error: zh ? zhErrorMap : enLocale().localeError };
}

/** Whether a value is a date the library reads: a real `'YYYY-MM-DD'` or a valid `Date`. @internal */
export function isDateInput(value: unknown): value is DateInput {
  return dayNumberOrUndefined(value) !== undefined;
}

/** A string. @internal */
export const text = (k: Kit) => z.string({ error: k.error });

/** A string with one character at least. @internal */
export const name = (k: Kit) => z.string({ error: k.error }).check(z.minLength(1, { error: k.error }));

/** A boolean. @internal */
export const flag = (k: Kit) => z.boolean({ error: k.error });

/** A whole number from `min` (default 0) to `max` (default none). @internal */
export const count = (k: Kit, min = 0, max?: number) =>
  z.int({ error: k.error }).check(...[z.minimum(min, { error: k.error }), ...(max === undefined ? [] : [z.maximum(max, { error: k.error })])]);

/** A real date, as `'YYYY-MM-DD'` or a `Date` (read in UTC+8). @internal */
export const date = (k: Kit) =>
  z.custom<DateInput>(isDateInput, { error: k.zh ? '应为真实的日期' : 'Expected a real YYYY-MM-DD date or a valid Date' });

/** A real date as a `'YYYY-MM-DD'` string only (data files). @internal */
export const isoDate = (k: Kit) => z.iso.date({ error: k.zh ? '应为真实的日期' : 'Expected a real YYYY-MM-DD date' });

/** A finite number or a plain decimal string (`'59.5'`), as the scores read them (src/scoring/exact.ts). @internal */
export const decimal = (k: Kit) => {
  const error = k.zh ? '应为数字，如59.5' : 'Expected a finite number or a decimal string (such as "59.5")';
  return z.union([z.number({ error: k.error }), z.string({ error: k.error }).check(z.maxLength(50, { error }), z.regex(/^-?[0-9]+(?:\.[0-9]+)?$/, { error }))], {
    error,
  });
};

function keysOf<K extends string>(table: Readonly<Record<K, unknown>>): [K, ...K[]] {
  return Object.keys(table) as [K, ...K[]];
}

/** One word of a vocabulary table. @internal */
export const word = <K extends string>(k: Kit, table: Readonly<Record<K, unknown>>) => z.enum(keysOf(table), { error: k.error });

/** A list of words of a vocabulary table. @internal */
export const words = <K extends string>(k: Kit, table: Readonly<Record<K, unknown>>) => z.array(word(k, table), { error: k.error });

/**
 * One word of an open vocabulary (a list the text closes with 等, 增加 or 附加): a word of the table
 * or any other non-empty string. @internal
 */
export const openWord = <K extends string>(k: Kit, table: Readonly<Record<K, unknown>>) => z.union([word(k, table), someText(k)], { error: k.error });

/** A string with a character other than white space (a pattern, so that the JSON Schema keeps it). @internal */
export const someText = (k: Kit) => z.string({ error: k.error }).check(z.regex(/\S/u, { error: k.error }));

/** A list of the words of an open vocabulary: the table is a minimum, other entries are accepted. @internal */
export const openWords = <K extends string>(k: Kit, table: Readonly<Record<K, unknown>>) => z.array(openWord(k, table), { error: k.error });

/** An object. @internal */
export const object = <S extends z.core.$ZodLooseShape>(k: Kit, shape: S) => z.object(shape, { error: k.error });

/** An array. @internal */
export const array = <T extends z.core.SomeType>(k: Kit, element: T) => z.array(element, { error: k.error });

/** An array of one element at least. @internal */
export const nonEmptyArray = <T extends z.core.SomeType>(k: Kit, element: T) => array(k, element).check(z.minLength(1, { error: k.error }));
