import * as z from 'zod/mini';
import { VIOLATION_TERMS } from '../supervision/vocabulary.js';
import { createArchiveDocumentsSchema } from './archiveDocumentsSchema.js';
import { createAssessmentBatchSchema } from './assessmentBatchSchema.js';
import { createCertificateSchema } from './certificateSchema.js';
import { createRegistrationsSchema } from './registrationsSchema.js';
import { array, count, decimal, kitOf, object, text, word } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of `AuditInput`, the file `sva-rules audit` reads, with messages in one
 * language.
 *
 * Policy, 四2: 报名、考核、公示、颁发证书; 六(四): 「对在项目清单外考核、降低考核标准发证、不考核就发证……
 * 对其考核结果不予认可」.
 *
 * The schema checks the shape: a `batch` (as `AssessmentBatchSchema`), and each list that is given
 * (registrations, results `{ idNumber, score }`, certificates, archive documents, findings). A list
 * may be left out: the audit then reports the clauses that need it as not checked. How the records
 * link by ID number is `auditBatch`'s business.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a `zod/mini` schema.
 * @example
 * createAuditInputSchema().safeParse(sampleAudit()).success // true
 */
export function createAuditInputSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, {
    batch: createAssessmentBatchSchema(options),
    planCandidateCount: z.optional(count(k)),
    registrations: z.optional(createRegistrationsSchema(options)),
    results: z.optional(array(k, object(k, { idNumber: text(k), score: decimal(k) }))),
    certificates: z.optional(array(k, createCertificateSchema(options))),
    archive: z.optional(object(k, { documents: createArchiveDocumentsSchema(options) })),
    findings: z.optional(array(k, z.union([word(k, VIOLATION_TERMS), text(k)], { error: k.error }))),
  });
}

/**
 * One batch and every record that came of it, linked by ID number: what `sva-rules audit` and
 * `auditBatch` read. The zod schema, with Chinese messages; `createAuditInputSchema({ language:
 * 'en' })` gives English ones.
 *
 * Policy, 六(四): 「对其考核结果不予认可」.
 *
 * @example
 * AuditInputSchema.safeParse({ batch: sampleBatch(), results: [{ idNumber: '370402199005120132', score: '86.50' }] }).success // true
 */
export const AuditInputSchema = /* @__PURE__ */ createAuditInputSchema();

/** The input type {@link AuditInputSchema} accepts. */
export type AuditInputInput = z.input<typeof AuditInputSchema>;
