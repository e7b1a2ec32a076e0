/**
 * Identity checks: resident ID numbers (GB 11643-1999), unified social credit codes
 * (GB 32100-2015), age in completed years and candidate eligibility (二).
 * @module identity
 */
export { parseResidentIdNumber } from './parseResidentIdNumber.js';
export type { ResidentIdNumber } from './parseResidentIdNumber.js';
export { isValidResidentIdNumber } from './isValidResidentIdNumber.js';
export { EARLIEST_BIRTH_DATE } from './residentId.js';
export { parseUnifiedSocialCreditCode } from './parseUnifiedSocialCreditCode.js';
export type { ParseUnifiedSocialCreditCodeOptions, UnifiedSocialCreditCode } from './parseUnifiedSocialCreditCode.js';
export { isValidUnifiedSocialCreditCode } from './isValidUnifiedSocialCreditCode.js';
export { CREDIT_CODE_AUTHORITIES } from './creditCodeAuthorities.js';
export type { CreditCodeAuthority, CreditCodeOrganisationType } from './creditCodeAuthorities.js';
export { ageOn } from './ageOn.js';
export { checkCandidateEligibility } from './checkCandidateEligibility.js';
export type { Candidate, CheckCandidateEligibilityOptions } from './checkCandidateEligibility.js';
