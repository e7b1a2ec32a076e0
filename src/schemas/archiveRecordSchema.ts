import type * as z from 'zod/mini';
import { ARCHIVE_MEDIA } from '../archive/vocabulary.js';
import { date, kitOf, object, word } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!ArchiveRecord}, the input of {@link sva-rules!retentionEndDate} and
 * {@link sva-rules!mayDispose}, with messages in one language.
 *
 * Policy, 四2(7): 「纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年」.
 *
 * The shape: `medium` (`'paper'` or `'electronic'`) and a real `closedOn` date;
 * {@link validateArchiveRecord} also checks that the retention end can be computed.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createArchiveRecordSchema().safeParse({ medium: 'paper', closedOn: '2024-02-29' }).success // true
 */
export function createArchiveRecordSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { medium: word(k, ARCHIVE_MEDIA), closedOn: date(k) });
}

/**
 * The archive of one assessment batch (四2(7)): what it is kept on (`'paper'` or `'electronic'`)
 * and the day it was closed, from which its retention runs.
 *
 * The zod schema, with Chinese messages; `createArchiveRecordSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 四2(7): 「纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年」.
 *
 * @example
 * ArchiveRecordSchema.safeParse({ medium: 'film', closedOn: '2024-02-29' }).success // false
 */
export const ArchiveRecordSchema = /* @__PURE__ */ createArchiveRecordSchema();

/** The input type {@link ArchiveRecordSchema} accepts. */
export type ArchiveRecordInput = z.input<typeof ArchiveRecordSchema>;
