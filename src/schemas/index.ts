/**
 * zod schemas of the library's inputs (`sva-rules/schemas`). The only entry that imports zod; it
 * is not re-exported from `sva-rules`.
 * @module schemas
 */
export { createInstitutionApplicationSchema, InstitutionApplicationSchema } from './institutionApplicationSchema.js';
export type { InstitutionApplicationInput, SchemaLanguage, SchemaOptions } from './institutionApplicationSchema.js';
export { validateInstitutionApplication } from './validateInstitutionApplication.js';
export type { ValidateInstitutionApplicationOptions } from './validateInstitutionApplication.js';
export { SCHEMAS_MESSAGES } from './messages.js';
export {
  AssessmentBatchSchema,
  createAssessmentBatchSchema,
  createRegistrationsSchema,
  RegistrationsSchema,
} from './assessmentBatch.js';
export type { AssessmentBatchInput, RegistrationsInput } from './assessmentBatch.js';
export { CertificateSchema, createCertificateSchema } from './certificate.js';
export type { CertificateInput } from './certificate.js';
export { validateAssessmentBatch } from './validateAssessmentBatch.js';
export type { ValidateAssessmentBatchOptions } from './validateAssessmentBatch.js';
export { validateRegistrations } from './validateRegistrations.js';
export type { ValidateRegistrationsOptions } from './validateRegistrations.js';
export { validateCertificate } from './validateCertificate.js';
export type { ValidateCertificateOptions } from './validateCertificate.js';
