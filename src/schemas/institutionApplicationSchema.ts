import * as z from 'zod/mini';
import { INSTITUTION_KINDS, MATERIALS, RULE_DOCUMENTS, WORK_PLAN_SECTIONS } from '../institutions/vocabulary.js';
import { array, count, date, flag, kitOf, object, openWord, openWords, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

export type { SchemaLanguage, SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!InstitutionApplication} with messages in one language.
 *
 * Policy, 三2: 「（1）《专项职业能力考核机构申请表》（附件 1）」, whose fields are 「单位名称、地址、
 * 统一社会信用代码、注册登记机构、机构性质、法定代表人、注册资金、联系人、职务、联系电话、电子邮箱」.
 *
 * The schema checks the shape of the 附件1 form and of the evidence of 三1 and 三2: which fields
 * exist, their types, the words of the vocabularies, and that dates are real. The rules (2 years
 * of experience, the districts, the credit code's checksum, …) are the job of
 * {@link sva-rules!checkInstitutionApplication}; {@link validateInstitutionApplication} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (built with `zod/mini`, so that the entry stays small; it composes with
 *   schemas of classic zod and has `parse` and `safeParse`).
 * @throws nothing.
 * @example
 * createInstitutionApplicationSchema({ language: 'en' }).safeParse({}).error?.issues[0]?.message
 * // 'Invalid input: expected string, received undefined'
 */
export function createInstitutionApplicationSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, {
    name: text(k),
    creditCode: text(k),
    kind: openWord(k, INSTITUTION_KINDS),
    address: z.optional(text(k)),
    registrationAuthority: z.optional(text(k)),
    legalRepresentative: z.optional(text(k)),
    registeredCapital: z.optional(text(k)),
    contact: z.optional(object(k, { person: text(k), title: text(k), phone: text(k), email: text(k) })),
    integrityPledgeSigned: z.optional(flag(k)),
    workPlanSections: z.optional(openWords(k, WORK_PLAN_SECTIONS)),
    registrationDistrict: text(k),
    filedWithDistrict: z.optional(text(k)),
    applicationDate: date(k),
    legalPerson: z.optional(flag(k)),
    goodCredit: z.optional(flag(k)),
    violationRecords: z.optional(count(k)),
    rules: z.optional(openWords(k, RULE_DOCUMENTS)),
    dedicatedUnit: z.optional(flag(k)),
    staff: z.optional(object(k, { fullTime: count(k), assessors: count(k), supervisors: count(k) })),
    facilities: z.optional(object(k, { site: flag(k), equipment: flag(k), videoSurveillance: flag(k) })),
    items: array(k,
      object(k, {
        name: text(k),
        questionBank: z.optional(flag(k)),
        trainingSince: z.optional(date(k)),
        helpedWriteSpecification: z.optional(flag(k)),
        hasSpecification: z.optional(flag(k)),
        canTrain: z.optional(flag(k)),
      }),
    ),
    stableFunding: z.optional(flag(k)),
    nonProfit: z.optional(flag(k)),
    acceptsSupervision: z.optional(flag(k)),
    materials: z.optional(openWords(k, MATERIALS)),
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
 * // '应为文字，收到的是数字'
 */
export const InstitutionApplicationSchema = /* @__PURE__ */ createInstitutionApplicationSchema();

/** The input type the schema accepts. */
export type InstitutionApplicationInput = z.input<typeof InstitutionApplicationSchema>;
