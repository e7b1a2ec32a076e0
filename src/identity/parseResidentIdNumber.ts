import type { IsoDate } from '../core/dates.js';
import { issueFrom, parseResultOf } from '../core/issues.js';
import type { IssueDetails, ParseResult, RuleIssue } from '../core/issues.js';
import { RESIDENT_ID_MESSAGES } from './messages.js';
import { EARLIEST_BIRTH_DATE, F_BIRTH, F_CHARACTERS, F_CHECK, F_LENGTH, F_OLD, residentIdCheck, residentIdFaults } from './residentId.js';

/** The parts of an 18-character resident ID number (GB 11643-1999). */
export interface ResidentIdNumber {
  /** The number, with a lowercase check character x written X. */
  readonly id: string;
  /** Characters 1–6: the region code, taken as given (GB/T 2260 codes change over time). */
  readonly regionCode: string;
  /** Characters 7–14. */
  readonly birthDate: IsoDate;
  /** Character 17: odd for a man, even for a woman. */
  readonly sex: 'male' | 'female';
}

const CLAUSE = 'candidate.age';

/**
 * Parses an 18-character resident ID number (公民身份号码, GB 11643-1999).
 *
 * Policy, 二: 「达到法定劳动年龄、具有相应技能的劳动者，均可申报专项职业能力考核」: the number
 * gives the birth date that decides a candidate's age.
 *
 * Checks the structure (17 digits, then a digit or X), a real birth date not before
 * {@link EARLIEST_BIRTH_DATE}, and the ISO 7064 MOD 11-2 check character. A lowercase x is
 * accepted and returned as X. An old 15-digit number is refused with an issue that says so. The
 * region code is taken as given: county codes change over time, and residence-permit numbers
 * (810000, 820000, 830000) and foreigners' permanent-residence numbers (9…) are valid. The
 * library never reads the clock, so a birth date in the future is not refused here;
 * {@link checkCandidateEligibility} refuses one after the application date. Never throws.
 *
 * @param input - any value.
 * @returns the parts, or every issue found, citing `candidate.age`.
 * @example
 * parseResidentIdNumber('11010519491231002x')
 * // { ok: true, issues: [], value: { id: '11010519491231002X', regionCode: '110105',
 * //   birthDate: '1949-12-31', sex: 'female' } }
 * parseResidentIdNumber('110105491231002').issues[0].code // 'resident_id_old_format'
 */
export function parseResidentIdNumber(input: unknown): ParseResult<ResidentIdNumber> {
  const issues: RuleIssue[] = [];
  const add = (code: keyof typeof RESIDENT_ID_MESSAGES, details: IssueDetails): number =>
    issues.push(issueFrom(RESIDENT_ID_MESSAGES, code, CLAUSE, details));
  if (typeof input !== 'string') {
    add('resident_id_type', { expected: 'string', received: input === null ? 'null' : typeof input });
    return { ok: false, issues };
  }
  const faults = residentIdFaults(input);
  const check = input.charAt(17).toUpperCase();
  if (faults & F_OLD) add('resident_id_old_format', { received: input.length });
  if (faults & F_LENGTH) add('resident_id_length', { expected: 18, received: input.length });
  if (faults & F_CHARACTERS) add('resident_id_characters', { received: input.slice(0, 40) });
  if (faults & F_BIRTH) add('resident_id_birth_date', { path: ['birthDate'], expected: EARLIEST_BIRTH_DATE, received: input.slice(6, 14) });
  if (faults & F_CHECK) add('resident_id_checksum', { path: ['check'], expected: residentIdCheck(input), received: check });
  return parseResultOf(
    {
      id: input.slice(0, 17) + check,
      regionCode: input.slice(0, 6),
      birthDate: `${input.slice(6, 10)}-${input.slice(10, 12)}-${input.slice(12, 14)}`,
      sex: (input.charCodeAt(16) - 48) % 2 ? 'male' : 'female',
    },
    issues,
  );
}
