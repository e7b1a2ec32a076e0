import * as z from 'zod/mini';
import { en as enLocale, zhCN } from 'zod/locales';
import { dayNumberOrUndefined } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import type { SchemaLanguage, SchemaOptions } from './institutionApplicationSchema.js';

const DATE_MESSAGE = {
  zh: '应为 YYYY-MM-DD 格式的真实日期或有效的 Date 对象',
  en: 'Expected a real YYYY-MM-DD date or a valid Date',
} as const;

const SCORE_MESSAGE = { zh: '成绩应为数字或字符串', en: 'Expected a number or a string' } as const;

/**
 * Builds the zod schema of `Certificate` with messages in one language.
 *
 * Policy, 附件4 专项职业能力证书参考样式: 「姓名、身份证号、考核项目、考核成绩、证书编号」, 「发证日期」.
 *
 * The schema checks the shape: every field present, text fields as strings, the score a number
 * or a string, the issue date real. The rules (the ID checksum, the code's structure, year and
 * institution, the pass mark, the issue after the publicity) are `checkCertificate`'s;
 * {@link validateCertificate} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a `zod/mini` schema (it has `parse` and `safeParse` and composes with classic zod).
 * @example
 * createCertificateSchema({ language: 'en' }).safeParse({ ...sampleCertificate(), score: null }).error?.issues[0]?.message
 * // 'Expected a number or a string'
 */
export function createCertificateSchema(options?: SchemaOptions) {
  const language: SchemaLanguage = options?.language === 'en' ? 'en' : 'zh';
  const error = language === 'en' ? enLocale().localeError : zhCN().localeError;
  const text = () => z.string({ error });
  return z.object(
    {
      name: text(),
      idNumber: text(),
      item: text(),
      score: z.custom<number | string>((value) => typeof value === 'number' || typeof value === 'string', { error: SCORE_MESSAGE[language] }),
      code: text(),
      institution: text(),
      issuedOn: z.custom<DateInput>((value) => dayNumberOrUndefined(value) !== undefined, { error: DATE_MESSAGE[language] }),
    },
    { error },
  );
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
