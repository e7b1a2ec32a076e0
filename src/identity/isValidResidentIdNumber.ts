import { residentIdFaults } from './residentId.js';

/**
 * Whether a value is a valid 18-character resident ID number: exactly what
 * {@link parseResidentIdNumber} accepts, without building issues. Never throws.
 *
 * Policy, 二: 「达到法定劳动年龄、具有相应技能的劳动者，均可申报专项职业能力考核」.
 *
 * @param input - any value.
 * @returns `true` when the structure, the birth date and the MOD 11-2 check character are right.
 * @example
 * isValidResidentIdNumber('11010519491231002X') // true
 * isValidResidentIdNumber('11010519491231002x') // true: a lowercase x is accepted
 * isValidResidentIdNumber('110105194902300021') // false: there is no 30 February
 */
export function isValidResidentIdNumber(input: unknown): boolean {
  return typeof input === 'string' && residentIdFaults(input) === 0;
}
