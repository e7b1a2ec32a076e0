import * as z from 'zod/mini';
import { en as enLocale, zhCN } from 'zod/locales';
import { dayNumberOrUndefined } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { INSTITUTION_KINDS, MATERIALS, RULE_DOCUMENTS, WORK_PLAN_SECTIONS } from '../institutions/vocabulary.js';
import type { InstitutionKind, Material, RuleDocument, WorkPlanSection } from '../institutions/vocabulary.js';

/** The language of a schema's messages. */
export type SchemaLanguage = 'zh' | 'en';

/** Options of {@link createInstitutionApplicationSchema}. */
export interface SchemaOptions {
  /** `'zh'` (the default) or `'en'`. */
  readonly language?: SchemaLanguage;
}

const DATE_MESSAGE = {
  zh: '应为 YYYY-MM-DD 格式的真实日期或有效的 Date 对象',
  en: 'Expected a real YYYY-MM-DD date or a valid Date',
} as const;

function keysOf<K extends string>(table: Readonly<Record<K, unknown>>): [K, ...K[]] {
  return Object.keys(table) as [K, ...K[]];
}

/**
 * Builds the zod schema of `InstitutionApplication` with messages in one language.
 *
 * Policy, 三2: 「（1）《专项职业能力考核机构申请表》（附件 1）」, whose fields are 「单位名称、地址、
 * 统一社会信用代码、注册登记机构、机构性质、法定代表人、注册资金、联系人、职务、联系电话、电子邮箱」.
 *
 * The schema checks the shape of the 附件1 form and of the evidence of 三1 and 三2: which fields
 * exist, their types, the words of the vocabularies, and that dates are real. The rules (2 years
 * of experience, the districts, the credit code's checksum, …) are the job of
 * `checkInstitutionApplication`; {@link validateInstitutionApplication} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (built with `zod/mini`, so that the entry stays small; it composes with
 *   schemas of classic zod and has `parse` and `safeParse`).
 * @example
 * createInstitutionApplicationSchema({ language: 'en' }).safeParse({}).error?.issues[0]?.message
 * // 'Invalid input: expected string, received undefined'
 */
export function createInstitutionApplicationSchema(options?: SchemaOptions) {
  const language: SchemaLanguage = options?.language === 'en' ? 'en' : 'zh';
  const error = language === 'en' ? enLocale().localeError : zhCN().localeError;
  const text = () => z.string({ error });
  const flag = () => z.boolean({ error });
  const count = () => z.int({ error }).check(z.minimum(0, { error }));
  const date = () => z.custom<DateInput>((value) => dayNumberOrUndefined(value) !== undefined, { error: DATE_MESSAGE[language] });
  const words = <K extends string>(table: Readonly<Record<K, unknown>>) => z.array(z.enum(keysOf(table), { error }), { error });
  return z.object(
    {
      name: text(),
      creditCode: text(),
      kind: z.enum(keysOf<InstitutionKind>(INSTITUTION_KINDS), { error }),
      address: z.optional(text()),
      registrationAuthority: z.optional(text()),
      legalRepresentative: z.optional(text()),
      registeredCapital: z.optional(text()),
      contact: z.optional(z.object({ person: text(), title: text(), phone: text(), email: text() }, { error })),
      integrityPledgeSigned: z.optional(flag()),
      workPlanSections: z.optional(words<WorkPlanSection>(WORK_PLAN_SECTIONS)),
      registrationDistrict: text(),
      filedWithDistrict: z.optional(text()),
      applicationDate: date(),
      legalPerson: z.optional(flag()),
      goodCredit: z.optional(flag()),
      violationRecords: z.optional(count()),
      rules: z.optional(words<RuleDocument>(RULE_DOCUMENTS)),
      dedicatedUnit: z.optional(flag()),
      staff: z.optional(z.object({ fullTime: count(), assessors: count(), supervisors: count() }, { error })),
      facilities: z.optional(z.object({ site: flag(), equipment: flag(), videoSurveillance: flag() }, { error })),
      items: z.array(
        z.object(
          {
            name: text(),
            questionBank: z.optional(flag()),
            trainingSince: z.optional(date()),
            helpedWriteSpecification: z.optional(flag()),
            hasSpecification: z.optional(flag()),
            canTrain: z.optional(flag()),
          },
          { error },
        ),
        { error },
      ),
      stableFunding: z.optional(flag()),
      nonProfit: z.optional(flag()),
      acceptsSupervision: z.optional(flag()),
      materials: z.optional(words<Material>(MATERIALS)),
    },
    { error },
  );
}

/**
 * The zod schema of `InstitutionApplication` (附件1 申请表 and the evidence of 三1, 三2),
 * with Chinese messages. For English ones, `createInstitutionApplicationSchema({ language: 'en' })`.
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
