/**
 * Test-data factories for the users' own unit tests: every generated code passes its validator,
 * every sample passes its check as built. Deterministic: the same options give the same data.
 * @module testing
 */
export { generateCertificateCode } from './generateCertificateCode.js';
export type { GenerateCertificateCodeOptions } from './generateCertificateCode.js';
export { sampleAudit } from './sampleAudit.js';
export type { SampleAuditOptions } from './sampleAudit.js';
export { sampleBatch } from './sampleBatch.js';
export { sampleCertificate } from './sampleCertificate.js';
export { generateResidentIdNumber } from './generateResidentIdNumber.js';
export type { GenerateResidentIdNumberOptions } from './generateResidentIdNumber.js';
export { generateCreditCode } from './generateCreditCode.js';
export type { GenerateCreditCodeOptions } from './generateCreditCode.js';
export { sampleInstitutionApplication } from './sampleInstitutionApplication.js';
export type { SampleOverrides } from './sampleInstitutionApplication.js';
