import * as z from 'zod/mini';
import { en as enLocale, zhCN } from 'zod/locales';
import { dayNumberOrUndefined } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { ANNOUNCEMENT_FIELDS, NOTICES, PLAN_FIELDS } from '../batches/vocabulary.js';
import type { AnnouncementField, Notice, PlanField } from '../batches/vocabulary.js';
import type { SchemaLanguage, SchemaOptions } from './institutionApplicationSchema.js';

const DATE_MESSAGE = {
  zh: '应为 YYYY-MM-DD 格式的真实日期或有效的 Date 对象',
  en: 'Expected a real YYYY-MM-DD date or a valid Date',
} as const;

/** The parts every batch schema is built from, in one language. @internal */
function parts(options: SchemaOptions | undefined) {
  const language: SchemaLanguage = options?.language === 'en' ? 'en' : 'zh';
  const error = language === 'en' ? enLocale().localeError : zhCN().localeError;
  return {
    error,
    text: () => z.string({ error }),
    flag: () => z.boolean({ error }),
    date: () => z.custom<DateInput>((value) => dayNumberOrUndefined(value) !== undefined, { error: DATE_MESSAGE[language] }),
    words: <K extends string>(table: Readonly<Record<K, unknown>>) => z.array(z.enum(Object.keys(table) as [K, ...K[]], { error }), { error }),
  };
}

/**
 * Builds the zod schema of `AssessmentBatch` with messages in one language.
 *
 * Policy, 四2: 「专项职业能力考核由考核机构在区（市）人力资源社会保障局评估同意的考核范围内组织实施」, then
 * 四2(1) 发布公告 … 四2(6) 颁发证书.
 *
 * The schema checks the shape: which fields exist, their types, the words of
 * `ANNOUNCEMENT_FIELDS`, `PLAN_FIELDS` and `NOTICES`, the exam's method and site,
 * and that dates are real (`'YYYY-MM-DD'` or a `Date`). The rules (deadlines in working days, the
 * approved scope, the order of the steps, …) are `checkBatch`'s; {@link validateAssessmentBatch}
 * runs both. Optional fields stay optional here: their absence is missing evidence for the rules.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a `zod/mini` schema (it has `parse` and `safeParse` and composes with classic zod).
 * @example
 * createAssessmentBatchSchema({ language: 'en' }).safeParse({ ...sampleBatch(), exam: {} }).error?.issues[0]?.message
 * // 'Expected a real YYYY-MM-DD date or a valid Date'
 */
export function createAssessmentBatchSchema(options?: SchemaOptions) {
  const { error, text, flag, date, words } = parts(options);
  return z.object(
    {
      institutionCode: text(),
      item: text(),
      district: text(),
      approvedScope: z.optional(z.object({ items: z.array(text(), { error }), district: text() }, { error })),
      announcement: z.optional(z.object({ contents: words<AnnouncementField>(ANNOUNCEMENT_FIELDS) }, { error })),
      plan: z.optional(
        z.object({ filedOn: z.optional(date()), approvedOn: z.optional(date()), contents: z.optional(words<PlanField>(PLAN_FIELDS)) }, { error }),
      ),
      exam: z.object(
        {
          startDate: date(),
          endDate: z.optional(date()),
          method: z.optional(z.enum(['skill', 'skill_and_theory', 'theory'], { error })),
          site: z.optional(z.enum(['fixed_site', 'production_post'], { error })),
          productionSafetyAssured: z.optional(flag()),
          notices: z.optional(words<Notice>(NOTICES)),
          videoRecorded: z.optional(flag()),
        },
        { error },
      ),
      questionBank: z.optional(
        z.object(
          { sets: z.array(z.object({ id: text(), tasks: z.array(text(), { error }) }, { error }), { error }), approvedOn: z.optional(date()) },
          { error },
        ),
      ),
      resultsPublicity: z.optional(z.object({ start: date(), end: date() }, { error })),
      certificates: z.optional(z.object({ uploadedOn: z.optional(date()), approvedOn: z.optional(date()), issuedOn: z.optional(date()) }, { error })),
    },
    { error },
  );
}

/**
 * Builds the zod schema of a batch's registrations (an array of `Registration`) with
 * messages in one language.
 *
 * Policy, 四2(2): 「考核机构根据考核计划和考核能力，组织符合条件的人员报名参加考试」.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a `zod/mini` schema of the array; the rules are `checkRegistrations`'s.
 * @example
 * createRegistrationsSchema().safeParse([{ registeredOn: '2025-10-09' }]).success // true
 */
export function createRegistrationsSchema(options?: SchemaOptions) {
  const { error, text, date } = parts(options);
  return z.array(z.object({ idNumber: z.optional(text()), birthDate: z.optional(date()), registeredOn: date() }, { error }), { error });
}

/**
 * The zod schema of `AssessmentBatch` (四2), with Chinese messages. For English ones,
 * `createAssessmentBatchSchema({ language: 'en' })`.
 *
 * Policy, 四2: 「专项职业能力考核由考核机构在区（市）人力资源社会保障局评估同意的考核范围内组织实施」.
 *
 * @example
 * AssessmentBatchSchema.safeParse(sampleBatch()).success // true
 */
export const AssessmentBatchSchema = /* @__PURE__ */ createAssessmentBatchSchema();

/**
 * The zod schema of a batch's registrations (四2(2)), with Chinese messages.
 *
 * Policy, 四2(2): 「组织符合条件的人员报名参加考试」.
 *
 * @example
 * RegistrationsSchema.safeParse([{ idNumber: 1, registeredOn: '2025-10-09' }]).error?.issues[0]?.path // [0, 'idNumber']
 */
export const RegistrationsSchema = /* @__PURE__ */ createRegistrationsSchema();

/** The input type {@link AssessmentBatchSchema} accepts. */
export type AssessmentBatchInput = z.input<typeof AssessmentBatchSchema>;
/** The input type {@link RegistrationsSchema} accepts. */
export type RegistrationsInput = z.input<typeof RegistrationsSchema>;
