/**
 * Certificate codes (附件3) and institution codes (三3(2)).
 * @module codes
 */
export { SHANDONG_CITIES } from './cities.js';
export type { ShandongCity } from './cities.js';
export { formatInstitutionCode } from './formatInstitutionCode.js';
export type { FormatInstitutionCodeInput } from './formatInstitutionCode.js';
export { parseInstitutionCode, isValidInstitutionCode } from './parseInstitutionCode.js';
export type { InstitutionCode, ParseInstitutionCodeOptions } from './parseInstitutionCode.js';
export { formatCertificateCode } from './formatCertificateCode.js';
export type { FormatCertificateCodeInput } from './formatCertificateCode.js';
export { parseCertificateCode } from './parseCertificateCode.js';
export type { CertificateCode, ParseCertificateCodeOptions } from './parseCertificateCode.js';
export { isValidCertificateCode } from './isValidCertificateCode.js';
export { nextCertificateCodes } from './nextCertificateCodes.js';
export type { CertificateSerialState, NextCertificateCodesOptions } from './nextCertificateCodes.js';
