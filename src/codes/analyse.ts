import { yearOfDateInput } from '../core/dates.js';
import { PROVINCE_CODE } from '../core/codeLayout.js';
import { cityCodeOf, cityRowAt } from './cities.js';

// Faults of a code made only of ASCII digits, one bit each, so that the boolean validators and
// the parsers share one reading of 附件3 without building issues on the fast path.
/** @internal */ export const F_PROVINCE = 1;
/** @internal */ export const F_CITY = 2;
/** @internal */ export const F_INSTITUTION_SERIAL = 4;
/** @internal */ export const F_CERTIFICATE_SERIAL = 8;
/** @internal */ export const F_YEAR_MISMATCH = 16;
/** @internal */ export const F_CITY_MISMATCH = 32;
/** @internal */ export const F_INSTITUTION_MISMATCH = 64;

/** Whether every character of `s` is an ASCII digit. @internal */
export function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Faults of the 8-digit institution code standing at `at` in a string of digits. @internal */
export function institutionFaults(s: string, at: number): number {
  let faults = 0;
  if (!s.startsWith(PROVINCE_CODE, at)) faults |= F_PROVINCE;
  if (cityRowAt(s, at + 2) < 0) faults |= F_CITY;
  if (s.startsWith('0000', at + 4)) faults |= F_INSTITUTION_SERIAL;
  return faults;
}

/** What a code is expected to match, once checked. @internal */
export interface ResolvedExpect {
  readonly year?: number;
  readonly cityCode?: string;
  readonly institutionCode?: string;
}

/** The name of the option of `expect` that was refused (`'expect'` for the whole argument). @internal */
export type RefusedExpect = 'expect' | 'city' | 'institutionCode' | 'issuedOn';

/** Whether a value is a valid 8-digit institution code. @internal */
export function isInstitutionCode(value: unknown): value is string {
  return typeof value === 'string' && value.length === 8 && allDigits(value) && institutionFaults(value, 0) === 0;
}

/**
 * Checks the `expect` argument of the code validators. A throwing getter is caught by the
 * caller. @internal
 */
export function resolveExpect(expect: unknown): ResolvedExpect | RefusedExpect {
  if (expect === undefined) return {};
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
export function isRefused(value: ResolvedExpect | RefusedExpect): value is RefusedExpect {
  return typeof value === 'string';
}

/** Faults of a 15-digit certificate code made only of digits. @internal */
export function certificateFaults(s: string, expect: ResolvedExpect): number {
  let faults = institutionFaults(s, 2);
  if (s.startsWith('00000', 10)) faults |= F_CERTIFICATE_SERIAL;
  if (expect.year !== undefined && Number(s.slice(0, 2)) !== expect.year - 2000) faults |= F_YEAR_MISMATCH;
  if (expect.cityCode !== undefined && !s.startsWith(expect.cityCode, 4)) faults |= F_CITY_MISMATCH;
  if (expect.institutionCode !== undefined && !s.startsWith(expect.institutionCode, 2)) faults |= F_INSTITUTION_MISMATCH;
  return faults;
}
