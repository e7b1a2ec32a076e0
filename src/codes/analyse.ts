import { yearOfDateInput } from '../core/dates.js';
import { PROVINCE_CODE } from '../core/codeLayout.js';
import { cityCodeOf, isCityCodeAt } from './cities.js';

// Faults of a code made only of ASCII digits, one bit each, so that the boolean validators and
// the parsers share one reading of 附件3 without building issues on the fast path.
/** @internal */
export const enum Fault {
  Province = 1,
  City = 2,
  InstitutionSerial = 4,
  CertificateSerial = 8,
  YearMismatch = 16,
  CityMismatch = 32,
  InstitutionMismatch = 64,
}

/** Whether every character of `s` is an ASCII digit. @internal */
export function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Faults of the 8-digit institution code standing at `at` in a string of ASCII digits. @internal */
export function institutionFaults(s: string, at: number): number {
  let faults = 0;
  if (!s.startsWith(PROVINCE_CODE, at)) faults |= Fault.Province;
  if (!isCityCodeAt(s, at + 2)) faults |= Fault.City;
  if (s.startsWith('0000', at + 4)) faults |= Fault.InstitutionSerial;
  return faults;
}

/** What a code is expected to match, once checked. @internal */
export interface ResolvedExpect {
  readonly year?: number | undefined;
  readonly cityCode?: string | undefined;
  readonly institutionCode?: string | undefined;
}

/** The name of the option of `expect` that was refused (`'expect'` for the whole argument). @internal */
export type RefusedExpect = 'expect' | 'city' | 'institutionCode' | 'issuedOn';

/** Whether a value is a valid 8-digit institution code. @internal */
export function isInstitutionCode(value: unknown): value is string {
  return typeof value === 'string' && value.length === 8 && allDigits(value) && institutionFaults(value, 0) === 0;
}

/**
 * Checks the `expect` argument of the code validators: `undefined` when there is none (nothing to
 * match, and nothing allocated: the validators call this on every code). A throwing getter is
 * caught by the caller. @internal
 */
export function resolveExpect(expect: unknown): ResolvedExpect | RefusedExpect | undefined {
  if (expect === undefined) return undefined;
  if (expect === null || typeof expect !== 'object') return 'expect';
  const { city, institutionCode, issuedOn } = expect as Record<string, unknown>;
  const resolved: { year?: number; cityCode?: string; institutionCode?: string } = {};
  if (city !== undefined) {
    const code = cityCodeOf(city);
    if (code === undefined) return 'city';
    resolved.cityCode = code;
  }
  if (institutionCode !== undefined) {
    if (!isInstitutionCode(institutionCode)) return 'institutionCode';
    resolved.institutionCode = institutionCode;
  }
  if (issuedOn !== undefined) {
    const year = yearOfDateInput(issuedOn);
    if (year === undefined) return 'issuedOn';
    resolved.year = year;
  }
  return resolved;
}

/** Whether `resolveExpect` refused the expectation. @internal */
export function isRefused(value: ResolvedExpect | RefusedExpect | undefined): value is RefusedExpect {
  return typeof value === 'string';
}

/** Faults of a 15-digit certificate code made only of ASCII digits; `expect`: what it must match. @internal */
export function certificateFaults(s: string, expect: ResolvedExpect | undefined): number {
  let faults = institutionFaults(s, 2);
  if (s.startsWith('00000', 10)) faults |= Fault.CertificateSerial;
  if (expect?.year !== undefined && Number(s.slice(0, 2)) !== expect.year - 2000) faults |= Fault.YearMismatch;
  if (expect?.cityCode !== undefined && !s.startsWith(expect.cityCode, 4)) faults |= Fault.CityMismatch;
  if (expect?.institutionCode !== undefined && !s.startsWith(expect.institutionCode, 2)) faults |= Fault.InstitutionMismatch;
  return faults;
}
