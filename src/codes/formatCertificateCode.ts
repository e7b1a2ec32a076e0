import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue, invalidInputIssue, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { FIRST_CODE_YEAR, LAST_CODE_YEAR, MAX_CERTIFICATE_SERIAL, PROVINCE_CODE } from '../core/codeLayout.js';
import { cityOrIssue, institutionSerialOrIssue, isSerial } from './formatInstitutionCode.js';
import { CODES_MESSAGES } from './messages.js';
import { parseInstitutionCode } from './parseInstitutionCode.js';

/** Input of {@link formatCertificateCode}: the institution by city and serial, or by its code. */
export type FormatCertificateCodeInput =
  | {
      /** The four-digit issue year, 2000–2099. */
      readonly year: number;
      readonly city: string;
      readonly institutionSerial: number;
      readonly certificateSerial: number;
    }
  | {
      /** The four-digit issue year, 2000–2099. */
      readonly year: number;
      /** The 8-digit institution code, e.g. `'37040001'`. */
      readonly institutionCode: string;
      readonly certificateSerial: number;
    };

const CLAUSE = 'certificate.code';

/** Whether a value is an issue year a code can name (2000–2099). @internal */
export function isCodeYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= FIRST_CODE_YEAR && year <= LAST_CODE_YEAR;
}

/** The `certificate_year_out_of_range` issue. @internal */
export function yearIssue(year: unknown): RuleIssue {
  return issueFrom(CODES_MESSAGES, 'certificate_year_out_of_range', CLAUSE, {
    path: ['year'],
    expected: `${FIRST_CODE_YEAR}–${LAST_CODE_YEAR}`,
    received: describe(year),
  });
}

function institutionPart(input: Record<string, unknown>, issues: RuleIssue[]): string {
  if ('institutionCode' in input) {
    if ('city' in input || 'institutionSerial' in input) {
      issues.push(
        invalidInputIssue(
          CLAUSE,
          '请只给出考核机构代码，或只给出市与考核机构序列码',
          'give either institutionCode, or city and institutionSerial, not both',
          { path: ['institutionCode'] },
        ),
      );
      return '';
    }
    const parsed = parseInstitutionCode(input.institutionCode);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, path: ['institutionCode', ...(i.path ?? [])] })));
      return '';
    }
    return parsed.value.code;
  }
  const city = cityOrIssue(input.city, CLAUSE, issues);
  const serial = institutionSerialOrIssue(input.institutionSerial, 'institutionSerial', CLAUSE, issues);
  return city === undefined ? '' : `${PROVINCE_CODE}${city.code}${serial}`;
}

/**
 * Formats a 15-digit certificate code.
 *
 * Policy, 附件3 一: 「专项职业能力证书编码由 15 位阿拉伯数字组成」; 二(一) 「第 1-2 位：证书核发年份
 * 代码。取公元纪年后两位」; 二(三) 「第 11-15 位：证书序列码。取值 00001 至 99999」.
 *
 * @param input - the issue year (2000–2099), the institution (city and serial, or its 8-digit
 *   code) and the certificate serial (1–99999).
 * @returns the code.
 * @throws {@link SvaError} with every issue found: `certificate_year_out_of_range`, `unknown_city`,
 *   `institution_serial_out_of_range`, `certificate_serial_out_of_range`, or the issues of an
 *   invalid `institutionCode`.
 * @example
 * formatCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 }) // '233704000100001'
 * formatCertificateCode({ year: 2024, institutionCode: '37040012', certificateSerial: 345 }) // '243704001200345'
 */
export function formatCertificateCode(input: FormatCertificateCodeInput): string {
  return guardValue(CLAUSE, () => {
    if (!isRecord(input)) throw new SvaError(notAnObjectIssue(CLAUSE, 'input'));
    const issues: RuleIssue[] = [];
    const { year, certificateSerial } = input as Record<string, unknown>;
    if (!isCodeYear(year)) issues.push(yearIssue(year));
    const institution = institutionPart(input as Record<string, unknown>, issues);
    const max = MAX_CERTIFICATE_SERIAL;
    if (!isSerial(certificateSerial, max)) {
      issues.push(
        issueFrom(CODES_MESSAGES, 'certificate_serial_out_of_range', CLAUSE, {
          path: ['certificateSerial'],
          expected: max,
          received: describe(certificateSerial),
        }),
      );
    }
    if (issues.length > 0) throw new SvaError(issues);
    const yy = String((year as number) % 100).padStart(2, '0');
    return `${yy}${institution}${String(certificateSerial).padStart(String(max).length, '0')}`;
  });
}
