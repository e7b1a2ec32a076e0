import * as z from 'zod/mini';
import { INSTITUTION_KINDS, MATERIALS, RULE_DOCUMENTS, WORK_PLAN_SECTIONS } from '../institutions/vocabulary.js';
import { kitOf } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

export type { SchemaLanguage, SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link InstitutionApplication} with messages in one language.
 *
 * Policy, 三2: 「（1）《专项职业能力考核机构申请表》（附件 1）」, whose fields are 「单位名称、地址、
 * 统一社会信用代码、注册登记机构、机构性质、法定代表人、注册资金、联系人、职务、联系电话、电子邮箱」.
 *
 * The schema checks the shape of the 附件1 form and of the evidence of 三1 and 三2: which fields
 * exist, their types, the words of the vocabularies, and that dates are real. The rules (2 years
 * of experience, the districts, the credit code's checksum, …) are the job of
 * {@link checkInstitutionApplication}; {@link validateInstitutionApplication} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (built with `zod/mini`, so that the entry stays small; it composes with
 *   schemas of classic zod and has `parse` and `safeParse`).
 * @example
 * createInstitutionApplicationSchema({ language: 'en' }).safeParse({}).error?.issues[0]?.message
 * // 'Invalid input: expected string, received undefined'
 */
export function createInstitutionApplicationSchema(options?: SchemaOptions) {
  const { text, flag, count, date, word, words, object, array } = kitOf(options);
  return object({
    name: text(),
    creditCode: text(),
    kind: word(INSTITUTION_KINDS),
    address: z.optional(text()),
    registrationAuthority: z.optional(text()),
    legalRepresentative: z.optional(text()),
    registeredCapital: z.optional(text()),
    contact: z.optional(object({ person: text(), title: text(), phone: text(), email: text() })),
    integrityPledgeSigned: z.optional(flag()),
    workPlanSections: z.optional(words(WORK_PLAN_SECTIONS)),
    registrationDistrict: text(),
    filedWithDistrict: z.optional(text()),
    applicationDate: date(),
    legalPerson: z.optional(flag()),
    goodCredit: z.optional(flag()),
    violationRecords: z.optional(count()),
    rules: z.optional(words(RULE_DOCUMENTS)),
    dedicatedUnit: z.optional(flag()),
    staff: z.optional(object({ fullTime: count(), assessors: count(), supervisors: count() })),
    facilities: z.optional(object({ site: flag(), equipment: flag(), videoSurveillance: flag() })),
    items: array(
      object({
        name: text(),
        questionBank: z.optional(flag()),
        trainingSince: z.optional(date()),
        helpedWriteSpecification: z.optional(flag()),
        hasSpecification: z.optional(flag()),
        canTrain: z.optional(flag()),
      }),
    ),
    stableFunding: z.optional(flag()),
    nonProfit: z.optional(flag()),
    acceptsSupervision: z.optional(flag()),
    materials: z.optional(words(MATERIALS)),
  });
}

/**
 * An application to become an assessment institution (三): the fields of the 附件1 application
 * form, the evidence of the conditions of 三1 and the documents of 三2, including the 附件2 work
 * plan's sections.
 *
 * The zod schema, with Chinese messages; `createInstitutionApplicationSchema({ language: 'en' })`
 * gives English ones.
 *
 * Policy, 三2: 「《专项职业能力考核机构申请表》（附件 1）」.
 *
 * @example
 * InstitutionApplicationSchema.safeParse({ name: 1 }).error?.issues[0]?.message
 * // '无效输入：期望 string，实际接收 数字'
 */
export const InstitutionApplicationSchema = /* @__PURE__ */ createInstitutionApplicationSchema();

/** The input type the schema accepts. */
export type InstitutionApplicationInput = z.input<typeof InstitutionApplicationSchema>;
