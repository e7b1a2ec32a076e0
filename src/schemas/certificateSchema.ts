import type * as z from 'zod/mini';
import { date, decimal, kitOf, object, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of `Certificate` with messages in one language.
 *
 * Policy, 附件4 专项职业能力证书参考样式: 「姓名、身份证号、考核项目、考核成绩、证书编号」, 「发证日期」.
 *
 * The schema checks the shape: every field present, text fields as strings, the score a finite
 * number or a plain decimal string, the issue date real. The rules (the ID checksum, the code's structure, year and
 * institution, the pass mark, the issue after the publicity) are `checkCertificate`'s;
 * {@link validateCertificate} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a `zod/mini` schema (it has `parse` and `safeParse` and composes with classic zod).
 * @example
 * createCertificateSchema({ language: 'en' }).safeParse({ ...sampleCertificate(), score: null }).error?.issues[0]?.message
 * // 'Expected a finite number or a decimal string (such as "59.5")'
 */
export function createCertificateSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, {
    name: text(k),
    idNumber: text(k),
    item: text(k),
    score: decimal(k),
    code: text(k),
    institution: text(k),
    issuedOn: date(k),
  });
}

/**
 * The zod schema of `Certificate` (附件4), with Chinese messages. For English ones,
 * `createCertificateSchema({ language: 'en' })`.
 *
 * Policy, 附件4: 「姓名、身份证号、考核项目、考核成绩、证书编号」.
 *
 * @example
 * CertificateSchema.safeParse(sampleCertificate()).success // true
 */
export const CertificateSchema = /* @__PURE__ */ createCertificateSchema();

/** The input type {@link CertificateSchema} accepts. */
export type CertificateInput = z.input<typeof CertificateSchema>;
