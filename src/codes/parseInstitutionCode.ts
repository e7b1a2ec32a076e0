import { parseResultOf, issueFrom } from '../core/issues.js';
import type { ParseResult, RuleIssue } from '../core/issues.js';
import { isRecord, unreadableIssue } from '../core/guard.js';
import { PROVINCE_CODE } from '../core/codeLayout.js';
import { allDigits, Fault, institutionFaults, isRefused, resolveExpect } from './analyse.js';
import { cityAt } from './cities.js';
import { CODES_MESSAGES } from './messages.js';
import { refusedExpectIssue, shapeIssues } from './shape.js';

/** The parts of an 8-digit institution code (digits 3–10 of a certificate code, 附件3 二(二)). */
export interface InstitutionCode {
  readonly code: string;
  readonly provinceCode: '37';
  readonly cityCode: string;
  readonly cityName: string;
  readonly serial: number;
}

/** What {@link parseInstitutionCode} may also require of a code. */
export interface ParseInstitutionCodeOptions {
  /** The city, by two-digit code (`'04'`) or Chinese name (`'枣庄'`). */
  readonly city?: string;
}

/**
 * Parses an 8-digit institution code: 37 (Shandong), the city code, and a serial 0001–9999.
 *
 * Policy, 三3(2): 「市人力资源社会保障局按照全省统一的考核机构编码规则，向遴选确定的考核机构赋予机构代码」;
 * 附件3 二(二): 「第 3-10 位：考核机构代码 … 第 7-10 位为考核机构序列码 … 取值 0001 至 9999」.
 *
 * Strict: exactly 8 ASCII digits, nothing trimmed or converted. Never throws.
 *
 * @param input - any value.
 * @param expect - a city the code must belong to.
 * @returns the parts, or issues citing `selection.code`.
 * @example
 * parseInstitutionCode('37040001')
 * // { ok: true, value: { code: '37040001', provinceCode: '37', cityCode: '04', cityName: '枣庄', serial: 1 }, issues: [] }
 */
export function parseInstitutionCode(input: unknown, expect?: ParseInstitutionCodeOptions): ParseResult<InstitutionCode> {
  try {
    return parse(input, expect);
  } catch {
    return { ok: false, issues: [unreadableIssue('selection.code')] };
  }
}

function parse(input: unknown, expect: unknown): ParseResult<InstitutionCode> {
  // Only `city` applies to an institution code.
  const resolved = resolveExpect(isRecord(expect) ? { city: expect.city } : expect);
  const issues: RuleIssue[] = isRefused(resolved) ? [refusedExpectIssue(resolved, 'selection.code')] : [];
  if (typeof input !== 'string' || input.length !== 8 || !allDigits(input)) {
    return { ok: false, issues: [...shapeIssues(input, 8, 'institution', 'selection.code'), ...issues] };
  }
  const faults = institutionFaults(input, 0);
  const province = PROVINCE_CODE;
  if (faults & Fault.Province) {
    issues.push(
      issueFrom(CODES_MESSAGES, 'institution_code_province', 'selection.code', {
        path: ['provinceCode'],
        expected: province,
        received: input.slice(0, 2),
      }),
    );
  }
  if (faults & Fault.City) {
    issues.push(issueFrom(CODES_MESSAGES, 'institution_code_city', 'selection.code', { path: ['cityCode'], received: input.slice(2, 4) }));
  }
  if (faults & Fault.InstitutionSerial) {
    issues.push(issueFrom(CODES_MESSAGES, 'institution_code_serial', 'selection.code', { path: ['serial'], received: input.slice(4) }));
  }
  const cityCode = isRefused(resolved) ? undefined : resolved?.cityCode;
  if (cityCode !== undefined && !input.startsWith(cityCode, 2)) {
    issues.push(
      issueFrom(CODES_MESSAGES, 'institution_code_city_mismatch', 'selection.code', {
        path: ['cityCode'],
        expected: cityCode,
        received: input.slice(2, 4),
      }),
    );
  }
  const city = cityAt(input, 2);
  // An unknown city has its issue already; parseResultOf refuses the value when there are issues.
  if (city === undefined) return { ok: false, issues };
  return parseResultOf(
    { code: input, provinceCode: '37', cityCode: city.code, cityName: city.name, serial: Number(input.slice(4)) },
    issues,
  );
}

/**
 * Whether a value is a valid 8-digit institution code (see {@link parseInstitutionCode}). Never throws.
 * @example
 * isValidInstitutionCode('37040001') // true
 * isValidInstitutionCode('37120001') // false: there is no city 12
 */
export function isValidInstitutionCode(input: unknown, expect?: ParseInstitutionCodeOptions): boolean {
  return parseInstitutionCode(input, expect).ok;
}
