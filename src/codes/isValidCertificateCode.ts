import { allDigits, certificateFaults, isRefused, resolveExpect } from './analyse.js';
import type { ParseCertificateCodeOptions } from './parseCertificateCode.js';

/**
 * Whether a value is a valid 15-digit certificate code: exactly what
 * {@link parseCertificateCode} accepts, without building issues. Never throws.
 *
 * Policy, 附件3 一: 「专项职业能力证书编码由 15 位阿拉伯数字组成」.
 *
 * @param input - any value.
 * @param expect - what the code must also match (city, institution code, issue date).
 * @returns `true` when the code is valid and matches `expect`.
 * @example
 * isValidCertificateCode('233704000100001') // true
 * isValidCertificateCode('233704000100001', { issuedOn: '2024-01-05' }) // false: issued in 2024
 * isValidCertificateCode(' 233704000100001') // false: nothing is trimmed
 */
export function isValidCertificateCode(input: unknown, expect?: ParseCertificateCodeOptions): boolean {
  if (typeof input !== 'string' || input.length !== 15 || !allDigits(input)) return false;
  try {
    const resolved = resolveExpect(expect);
    return !isRefused(resolved) && certificateFaults(input, resolved) === 0;
  } catch {
    return false;
  }
}
