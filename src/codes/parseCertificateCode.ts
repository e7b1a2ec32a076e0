import type { DateInput } from '../core/dates.js';
import { issueFrom, parseResultOf } from '../core/issues.js';
import type { ParseResult, RuleIssue } from '../core/issues.js';
import { unreadableIssue } from '../core/guard.js';
import { PROVINCE_CODE } from '../core/codeLayout.js';
import {
  allDigits,
  certificateFaults,
  Fault,
  isRefused,
  resolveExpect,
} from './analyse.js';
import type { ResolvedExpect } from './analyse.js';
import { cityAt } from './cities.js';
import { CODES_MESSAGES } from './messages.js';
import { refusedExpectIssue, shapeIssues } from './shape.js';

/** The parts of a 15-digit certificate code (附件3). */
export interface CertificateCode {
  readonly code: string;
  /** The four-digit issue year, 2000–2099. */
  readonly year: number;
  readonly provinceCode: '37';
  readonly cityCode: string;
  readonly cityName: string;
  /** Digits 3–10: the 8-digit institution code. */
  readonly institutionCode: string;
  readonly institutionSerial: number;
  readonly certificateSerial: number;
}

/** What {@link parseCertificateCode} may also require of a code. */
export interface ParseCertificateCodeOptions {
  /** The city, by two-digit code (`'04'`) or Chinese name (`'枣庄'`). */
  readonly city?: string;
  /** The 8-digit code of the issuing institution. */
  readonly institutionCode?: string;
  /** The issue date: the code's year must be its year. */
  readonly issuedOn?: DateInput;
}

const CLAUSE = 'certificate.code';

/**
 * Parses a 15-digit certificate code.
 *
 * Policy, 附件3 一: 「专项职业能力证书编码由 15 位阿拉伯数字组成」: digits 1–2 the issue year
 * (「取公元纪年后两位」), 3–4 the province (「山东省固定取值 37」), 5–6 the city, 7–10 the
 * institution serial (「取值 0001 至 9999」), 11–15 the certificate serial (「取值 00001 至 99999」).
 *
 * Strict: exactly 15 ASCII digits; nothing is trimmed or converted, and white space or
 * full-width digits are named in the issues. A code whose year differs from `expect.issuedOn`'s
 * year, or whose city or institution differs from `expect`, is invalid. Never throws.
 *
 * @param input - any value.
 * @param expect - what the code must also match.
 * @returns the parts, or every issue found, citing `certificate.code`.
 * @example
 * parseCertificateCode('233704000100001')
 * // { ok: true, value: { code: '233704000100001', year: 2023, provinceCode: '37', cityCode: '04',
 * //   cityName: '枣庄', institutionCode: '37040001', institutionSerial: 1, certificateSerial: 1 }, issues: [] }
 */
export function parseCertificateCode(input: unknown, expect?: ParseCertificateCodeOptions): ParseResult<CertificateCode> {
  try {
    return parse(input, expect);
  } catch {
    return { ok: false, issues: [unreadableIssue(CLAUSE)] };
  }
}

function parse(input: unknown, expect: unknown): ParseResult<CertificateCode> {
  const resolved = resolveExpect(expect);
  const refused = isRefused(resolved) ? [refusedExpectIssue(resolved, CLAUSE)] : [];
  if (typeof input !== 'string' || input.length !== 15 || !allDigits(input)) {
    return { ok: false, issues: [...shapeIssues(input, 15, 'certificate', CLAUSE), ...refused] };
  }
  const wanted: ResolvedExpect = isRefused(resolved) ? {} : (resolved ?? {});
  const issues = [...faultIssues(input, certificateFaults(input, wanted), wanted), ...refused];
  const city = cityAt(input, 4);
  // An unknown city has its issue already; parseResultOf refuses the value when there are issues.
  if (city === undefined) return { ok: false, issues };
  return parseResultOf(
    {
      code: input,
      year: 2000 + Number(input.slice(0, 2)),
      provinceCode: '37',
      cityCode: city.code,
      cityName: city.name,
      institutionCode: input.slice(2, 10),
      institutionSerial: Number(input.slice(6, 10)),
      certificateSerial: Number(input.slice(10)),
    },
    issues,
  );
}

function faultIssues(s: string, faults: number, wanted: ResolvedExpect): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (code: keyof typeof CODES_MESSAGES, path: string, expected: unknown, received: string): void => {
    issues.push(issueFrom(CODES_MESSAGES, code, CLAUSE, { path: [path], expected, received }));
  };
  if (faults & Fault.Province) add('certificate_code_province', 'provinceCode', PROVINCE_CODE, s.slice(2, 4));
  if (faults & Fault.City) add('certificate_code_city', 'cityCode', undefined, s.slice(4, 6));
  if (faults & Fault.InstitutionSerial) add('certificate_code_institution_serial', 'institutionSerial', '0001–9999', s.slice(6, 10));
  if (faults & Fault.CertificateSerial) add('certificate_code_serial', 'certificateSerial', '00001–99999', s.slice(10));
  if (faults & Fault.YearMismatch) add('certificate_code_year_mismatch', 'year', wanted.year, s.slice(0, 2));
  if (faults & Fault.CityMismatch) add('certificate_code_city_mismatch', 'cityCode', wanted.cityCode, s.slice(4, 6));
  if (faults & Fault.InstitutionMismatch) {
    add('certificate_code_institution_mismatch', 'institutionCode', wanted.institutionCode, s.slice(2, 10));
  }
  return issues;
}
