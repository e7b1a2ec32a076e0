import { parseUnifiedSocialCreditCode } from './parseUnifiedSocialCreditCode.js';
import type { ParseUnifiedSocialCreditCodeOptions } from './parseUnifiedSocialCreditCode.js';

/**
 * Whether a value is a valid unified social credit code (GB 32100-2015): exactly what
 * {@link parseUnifiedSocialCreditCode} accepts. Never throws.
 *
 * Policy, 三: 「征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」.
 *
 * @param input - any value.
 * @param options - `strict`: also check the embedded GB 11714 organisation code (characters 9–17).
 * @returns `true` when the alphabet, the authority and type codes, the region code and the check
 *   character are right.
 * @example
 * isValidUnifiedSocialCreditCode('91350100M000100Y43') // true
 * isValidUnifiedSocialCreditCode('91350100M000100Y43', { strict: true }) // true
 * isValidUnifiedSocialCreditCode('91350100M000100I43') // false: I is not in the alphabet
 */
export function isValidUnifiedSocialCreditCode(input: unknown, options?: ParseUnifiedSocialCreditCodeOptions): boolean {
  return parseUnifiedSocialCreditCode(input, options).ok;
}
