/**
 * Test-data factories for the users' own unit tests: every generated code passes its validator,
 * every sample passes its check as built. Deterministic: the same options give the same data.
 * @module testing
 */
export { generateCertificateCode } from './generateCertificateCode.js';
export type { GenerateCertificateCodeOptions } from './generateCertificateCode.js';
export { sampleBatch } from './sampleBatch.js';
export { sampleCertificate } from './sampleCertificate.js';
