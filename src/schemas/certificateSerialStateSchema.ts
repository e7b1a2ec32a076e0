import type * as z from 'zod/mini';
import { FIRST_CODE_YEAR, LAST_CODE_YEAR } from '../core/codeLayout.js';
import { array, count, kitOf, object, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!CertificateSerialState}, the input of
 * {@link sva-rules!nextCertificateCodes}, with messages in one language.
 *
 * Policy, 附件3 二(三): 「第 11-15 位：证书序列码。取值 00001 至 99999」.
 *
 * The shape only: a `year` 2000–2099, an `institutionCode` string and the `issued` codes, a list
 * of strings. The codes themselves are checked by {@link sva-rules!nextCertificateCodes};
 * {@link validateCertificateSerialState} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createCertificateSerialStateSchema().safeParse({ year: 2024, institutionCode: '37040001', issued: [] }).success // true
 */
export function createCertificateSerialStateSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { year: count(k, FIRST_CODE_YEAR, LAST_CODE_YEAR), institutionCode: text(k), issued: array(k, text(k)) });
}

/**
 * The certificate codes one institution has issued (附件3), from which the next serials are
 * allocated: the four-digit issue year (2000–2099), the 8-digit institution code and the 15-digit
 * codes already issued (those of another year or institution are ignored).
 *
 * The zod schema, with Chinese messages; `createCertificateSerialStateSchema({ language: 'en' })`
 * gives English ones.
 *
 * Policy, 附件3 二(三): 「证书序列码。取值 00001 至 99999」.
 *
 * @example
 * CertificateSerialStateSchema.safeParse({ year: 24, institutionCode: '37040001', issued: [] }).success // false
 */
export const CertificateSerialStateSchema = /* @__PURE__ */ createCertificateSerialStateSchema();

/** The input type {@link CertificateSerialStateSchema} accepts. */
export type CertificateSerialStateInput = z.input<typeof CertificateSerialStateSchema>;
