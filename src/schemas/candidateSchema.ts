import * as z from 'zod/mini';
import { date, kitOf, object, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!Candidate}, the input of {@link sva-rules!checkCandidateEligibility}, with
 * messages in one language.
 *
 * Policy, 二: 「达到法定劳动年龄、具有相应技能的劳动者，均可申报专项职业能力考核」.
 *
 * The shape only: optional `birthDate` (a real date) and `idNumber` (a string), and a real
 * `applicationDate`. The ID number's checksum, the agreement of the two birth dates and the age
 * are the job of {@link sva-rules!checkCandidateEligibility}; {@link validateCandidate} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createCandidateSchema().safeParse({ birthDate: '2008-06-15', applicationDate: '2024-06-15' }).success // true
 */
export function createCandidateSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { birthDate: z.optional(date(k)), idNumber: z.optional(text(k)), applicationDate: date(k) });
}

/**
 * A candidate for assessment (二): the birth date, given directly or by the 18-character resident
 * ID number (or both, which must then agree), and the day the candidate applies.
 *
 * The zod schema, with Chinese messages; `createCandidateSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 二: 「达到法定劳动年龄……均可申报专项职业能力考核」.
 *
 * @example
 * CandidateSchema.safeParse({ idNumber: 370402200806150011, applicationDate: '2024-06-15' }).success // false: a number
 */
export const CandidateSchema = /* @__PURE__ */ createCandidateSchema();

/** The input type {@link CandidateSchema} accepts. */
export type CandidateInput = z.input<typeof CandidateSchema>;
