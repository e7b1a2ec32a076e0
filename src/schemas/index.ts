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
export { LABELS } from '../labels.js';
export type { LabelledInput, Labels } from '../labels.js';
export { findFieldLabel } from '../core/labels.js';
export type { FieldLabel, Label, VocabularyName } from '../core/labels.js';
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
export { createQuestionBankSchema, QuestionBankSchema } from './questionBankSchema.js';
export type { QuestionBankInput } from './questionBankSchema.js';
export { validateQuestionBank } from './validateQuestionBank.js';
export type { ValidateQuestionBankOptions } from './validateQuestionBank.js';
export { createScorePartsSchema, ScorePartsSchema } from './scorePartsSchema.js';
export type { ScorePartsInput } from './scorePartsSchema.js';
export { validateScoreParts } from './validateScoreParts.js';
export type { ValidateScorePartsOptions } from './validateScoreParts.js';
export { createScoreSchema, ScoreSchema } from './scoreSchema.js';
export type { ScoreInput } from './scoreSchema.js';
export { validateScore } from './validateScore.js';
export type { ValidateScoreOptions } from './validateScore.js';
export { createScoreListSchema, ScoreListSchema } from './scoreListSchema.js';
export type { ScoreListInput } from './scoreListSchema.js';
export { validateScoreList } from './validateScoreList.js';
export type { ValidateScoreListOptions } from './validateScoreList.js';
export { createWorkdayCalendarDataSchema, WorkdayCalendarDataSchema } from './workdayCalendarDataSchema.js';
export type { WorkdayCalendarDataInput } from './workdayCalendarDataSchema.js';
export { validateWorkdayCalendarData } from './validateWorkdayCalendarData.js';
export type { ValidateCalendarDataOptions } from './validateWorkdayCalendarData.js';
export { createHolidayCnYearSchema, HolidayCnYearSchema } from './holidayCnYearSchema.js';
export type { HolidayCnYearInput } from './holidayCnYearSchema.js';
export { validateHolidayCnYear } from './validateHolidayCnYear.js';
export { createPublicityPeriodSchema, PublicityPeriodSchema } from './publicityPeriodSchema.js';
export type { PublicityPeriodInput } from './publicityPeriodSchema.js';
export { validatePublicityPeriod } from './validatePublicityPeriod.js';
export type { ValidatePublicityPeriodOptions } from './validatePublicityPeriod.js';
export { createCandidateSchema, CandidateSchema } from './candidateSchema.js';
export type { CandidateInput } from './candidateSchema.js';
export { validateCandidate } from './validateCandidate.js';
export type { ValidateCandidateOptions } from './validateCandidate.js';
export { createCatalogSchema, CatalogSchema } from './catalogSchema.js';
export type { CatalogInput } from './catalogSchema.js';
export { validateCatalog } from './validateCatalog.js';
export { createAssignmentListSchema, AssignmentListSchema } from './assignmentListSchema.js';
export type { AssignmentListInput } from './assignmentListSchema.js';
export { validateAssignmentList } from './validateAssignmentList.js';
export type { ValidateAssignmentListOptions } from './validateAssignmentList.js';
export { createArchiveRecordSchema, ArchiveRecordSchema } from './archiveRecordSchema.js';
export type { ArchiveRecordInput } from './archiveRecordSchema.js';
export { validateArchiveRecord } from './validateArchiveRecord.js';
export type { ValidateArchiveRecordOptions } from './validateArchiveRecord.js';
export { createArchiveDocumentsSchema, ArchiveDocumentsSchema } from './archiveDocumentsSchema.js';
export type { ArchiveDocumentsInput } from './archiveDocumentsSchema.js';
export { validateArchiveDocuments } from './validateArchiveDocuments.js';
export { createAnnualSummarySchema, AnnualSummarySchema } from './annualSummarySchema.js';
export type { AnnualSummaryInput } from './annualSummarySchema.js';
export { validateAnnualSummary } from './validateAnnualSummary.js';
export type { ValidateAnnualSummaryOptions } from './validateAnnualSummary.js';
export { createViolationFindingsSchema, ViolationFindingsSchema } from './violationFindingsSchema.js';
export type { ViolationFindingsInput } from './violationFindingsSchema.js';
export { validateViolationFindings } from './validateViolationFindings.js';
export { createCertificateSerialStateSchema, CertificateSerialStateSchema } from './certificateSerialStateSchema.js';
export type { CertificateSerialStateInput } from './certificateSerialStateSchema.js';
export { validateCertificateSerialState } from './validateCertificateSerialState.js';
export type { ValidateCertificateSerialStateOptions } from './validateCertificateSerialState.js';
