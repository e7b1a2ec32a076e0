import type { ClauseId } from '../core/clauses.js';
import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { MAX_INSTITUTION_SERIAL, PROVINCE_CODE } from '../core/codeLayout.js';
import { findCity } from './cities.js';
import type { ShandongCity } from './cities.js';
import { CODES_MESSAGES } from './messages.js';

/** Input of {@link formatInstitutionCode}. */
export interface FormatInstitutionCodeInput {
  /** The city, by two-digit code (`'04'`) or Chinese name (`'枣庄'`, `'枣庄市'`). */
  readonly city: string;
  /** The institution serial the city assigns, 1–9999. */
  readonly serial: number;
}

/** The city of a format input, or an issue. @internal */
export function cityOrIssue(city: unknown, clause: ClauseId, issues: RuleIssue[]): ShandongCity | undefined {
  const found = findCity(city);
  if (found === undefined) {
    issues.push(issueFrom(CODES_MESSAGES, 'unknown_city', clause, { path: ['city'], received: describe(city) }));
  }
  return found;
}

/** Whether a value is a whole number from 1 to `max`. @internal */
export function isSerial(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

/** The four-digit serial part, or an issue. @internal */
export function institutionSerialOrIssue(serial: unknown, path: string, clause: ClauseId, issues: RuleIssue[]): string {
  const max = MAX_INSTITUTION_SERIAL;
  if (!isSerial(serial, max)) {
    issues.push(
      issueFrom(CODES_MESSAGES, 'institution_serial_out_of_range', clause, { path: [path], expected: max, received: describe(serial) }),
    );
    return '';
  }
  return String(serial).padStart(String(max).length, '0');
}

/**
 * Formats the 8-digit institution code the city assigns to a selected institution.
 *
 * Policy, 三3(2): 「按照全省统一的考核机构编码规则，向遴选确定的考核机构赋予机构代码」;
 * 附件3 二(二): 「第 3-4 位为考核机构所在地省级代码，山东省固定取值 37；第 5-6 位为考核机构所在地
 * 市级代码；第 7-10 位为考核机构序列码，由市人力资源社会保障局确定，取值 0001 至 9999」.
 *
 * @param input - the city (code or name) and the serial.
 * @returns the code, e.g. `'37040001'`.
 * @throws {@link SvaError} `unknown_city` or `institution_serial_out_of_range`, with every issue found.
 * @example
 * formatInstitutionCode({ city: '枣庄', serial: 1 }) // '37040001'
 * formatInstitutionCode({ city: '16', serial: 9999 }) // '37169999'
 */
export function formatInstitutionCode(input: FormatInstitutionCodeInput): string {
  return guardValue('selection.code', () => {
    if (!isRecord(input)) throw new SvaError(notAnObjectIssue('selection.code', 'input'));
    const issues: RuleIssue[] = [];
    const city = cityOrIssue(input.city, 'selection.code', issues);
    const serial = institutionSerialOrIssue(input.serial, 'serial', 'selection.code', issues);
    if (city === undefined || issues.length > 0) throw new SvaError(issues);
    return `${PROVINCE_CODE}${city.code}${serial}`;
  });
}
