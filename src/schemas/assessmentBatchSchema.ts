import * as z from 'zod/mini';
import { ANNOUNCEMENT_FIELDS, EXAM_METHODS, EXAM_SITES, NOTICES, PLAN_FIELDS } from '../batches/vocabulary.js';
import { array, date, flag, kitOf, object, openWords, text, word } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

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
  const k = kitOf(options);
  const optionalDate = () => z.optional(date(k));
  return object(k, {
    institutionCode: text(k),
    item: text(k),
    district: text(k),
    approvedScope: z.optional(object(k, { items: array(k, text(k)), district: text(k) })),
    announcement: z.optional(object(k, { publishedOn: optionalDate(), contents: openWords(k, ANNOUNCEMENT_FIELDS) })),
    plan: z.optional(object(k, { filedOn: optionalDate(), approvedOn: optionalDate(), contents: z.optional(openWords(k, PLAN_FIELDS)) })),
    exam: object(k, {
      startDate: date(k),
      endDate: optionalDate(),
      method: z.optional(word(k, EXAM_METHODS)),
      site: z.optional(word(k, EXAM_SITES)),
      productionSafetyAssured: z.optional(flag(k)),
      notices: z.optional(openWords(k, NOTICES)),
      videoRecorded: z.optional(flag(k)),
    }),
    questionBank: z.optional(object(k, { sets: array(k, object(k, { id: text(k), tasks: array(k, text(k)) })), approvedOn: optionalDate() })),
    resultsPublicity: z.optional(object(k, { start: date(k), end: date(k) })),
    certificates: z.optional(object(k, { uploadedOn: optionalDate(), approvedOn: optionalDate(), issuedOn: optionalDate() })),
  });
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

/** The input type {@link AssessmentBatchSchema} accepts. */
export type AssessmentBatchInput = z.input<typeof AssessmentBatchSchema>;
