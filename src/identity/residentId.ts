import { dayNumberOf, daysInMonth, digitsAt } from '../core/dates.js';

/**
 * The earliest birth date a resident ID number may carry. GB 11643-1999 sets no bound; its own
 * example, 440524188001010014, was born on 1880-01-01, and nobody alive when 18-digit numbers
 * came in (1999) was born before 1877 (the longest verified life is 122 years). 1850 leaves a
 * margin and still refuses slips such as 0949 or 1049. There is no latest date: the library never
 * reads the clock, so a birth date in the future is judged only against a date the caller gives
 * (the application date in {@link checkCandidateEligibility}).
 */
export const EARLIEST_BIRTH_DATE = '1850-01-01';

// Faults of a resident ID number, one bit each, shared by the parser and the boolean validator.
/** @internal */ export const F_OLD = 1;
/** @internal */ export const F_LENGTH = 2;
/** @internal */ export const F_CHARACTERS = 4;
/** @internal */ export const F_BIRTH = 8;
/** @internal */ export const F_CHECK = 16;

/** The check character of the first 17 digits (ISO 7064 MOD 11-2, weights 2^(17−i) mod 11). @internal */
export function residentIdCheck(s: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 16; i >= 0; i--) {
    weight = (weight * 2) % 11;
    sum += (s.charCodeAt(i) - 48) * weight;
  }
  return '10X98765432'.charAt(sum % 11);
}

/** The faults of a string read as a resident ID number. @internal */
export function residentIdFaults(s: string): number {
  const n = s.length;
  let faults = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && !(i === 17 && (c === 88 || c === 120))) faults = F_CHARACTERS;
  }
  if (n !== 18) return n === 15 && !faults ? F_OLD : F_LENGTH | faults;
  if (faults) return faults;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  // 'YYYYMMDD' strings of equal length compare as dates.
  if (s.slice(6, 14) < EARLIEST_BIRTH_DATE.replace(/-/g, '') || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    faults = F_BIRTH;
  }
  if (residentIdCheck(s) !== s.charAt(17).toUpperCase()) faults |= F_CHECK;
  return faults;
}

/** The birth date of a resident ID number whose birth date is valid, as a day number. @internal */
export function residentIdBirthDay(id: string): number {
  return dayNumberOf(digitsAt(id, 6, 10), digitsAt(id, 10, 12), digitsAt(id, 12, 14));
}
