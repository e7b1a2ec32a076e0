/**
 * Assessment batches (四2, 四1, 附件4): the batch from announcement to certificates, its
 * registrations, and each certificate.
 * @module batches
 */
export { checkBatch } from './checkBatch.js';
export type { CheckBatchOptions } from './checkBatch.js';
export { checkRegistrations } from './checkRegistrations.js';
export type { CheckRegistrationsOptions } from './checkRegistrations.js';
export { checkCertificate } from './checkCertificate.js';
export type { CheckCertificateOptions } from './checkCertificate.js';
export type { AssessmentBatch, Certificate, ExamMethod, ExamSite, Registration } from './types.js';
export { ANNOUNCEMENT_FIELDS, NOTICES, PLAN_FIELDS } from './vocabulary.js';
export type { AnnouncementField, Notice, PlanField } from './vocabulary.js';
