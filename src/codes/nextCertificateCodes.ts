import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue, invalidInputIssue, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { SERIAL_RULES, ZAOZHUANG_2023 } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { formatCertificateCode, isCodeYear, yearIssue } from './formatCertificateCode.js';
import { isValidCertificateCode } from './isValidCertificateCode.js';
import { CODES_MESSAGES } from './messages.js';
import { parseCertificateCode } from './parseCertificateCode.js';
import { parseInstitutionCode } from './parseInstitutionCode.js';

/** The codes already issued by one institution, and the year to allocate in. */
export interface CertificateSerialState {
  /** The four-digit issue year, 2000–2099. */
  readonly year: number;
  /** The 8-digit institution code, e.g. `'37040001'`. */
  readonly institutionCode: string;
  /** Codes already issued; those of another year or institution are ignored. */
  readonly issued: readonly string[];
}

/** Options of {@link nextCertificateCodes}. */
export interface NextCertificateCodesOptions {
  /** Defaults to `ZAOZHUANG_2023` (`maxCertificateSerial`: 99999). */
  readonly policy?: Policy;
}

const CLAUSE = 'certificate.code';

/**
 * The next `count` certificate codes of one institution in one year: the serials after the
 * highest serial already issued for that year and institution, in order.
 *
 * Policy, 附件3 二(三): 「第 11-15 位：证书序列码。取值 00001 至 99999」; 一: 证书序列码由「考核机构确定」.
 *
 * Reading: serials run on from the highest issued; a gap below it (a code never issued, or
 * withdrawn) is not reused, so codes stay in issue order and a code is never given twice. Codes in
 * `issued` of another year or institution are ignored; an invalid code is refused, with its index.
 *
 * @param state - the year (2000–2099), the institution code and the codes already issued.
 * @param count - how many codes to allocate, a whole number ≥ 0 (0 gives `[]`).
 * @param options - `policy` (`maxCertificateSerial`, at most 99999: the code has 5 digits).
 * @returns `count` new codes, in serial order.
 * @throws {@link SvaError} `certificate_year_out_of_range`, the issues of an invalid
 *   `institutionCode` (path under `institutionCode`), `invalid_input` for `issued` that is not an
 *   array, the issues of each invalid issued code (path `['issued', index, …]`),
 *   `certificate_count_invalid`, and `certificate_serials_exhausted` when the codes would pass
 *   serial 99999; every issue found at once.
 * @example
 * nextCertificateCodes({ year: 2024, institutionCode: '37040001', issued: ['243704000100007', '243704000100003'] }, 2)
 * // ['243704000100008', '243704000100009']
 * nextCertificateCodes({ year: 2024, institutionCode: '37040001', issued: ['243704000199999'] }, 1)
 * // throws SvaError certificate_serials_exhausted
 */
export function nextCertificateCodes(state: CertificateSerialState, count: number, options?: NextCertificateCodesOptions): string[] {
  return guardValue(CLAUSE, () => {
    if (!isRecord(state)) throw new SvaError(notAnObjectIssue(CLAUSE, 'state'));
    const { year, institutionCode, issued } = state;
    const issues: RuleIssue[] = [];
    const validYear = isCodeYear(year);
    if (!validYear) issues.push(yearIssue(year));
    const institution = parseInstitutionCode(institutionCode);
    if (!institution.ok) issues.push(...institution.issues.map((i) => ({ ...i, path: ['institutionCode', ...(i.path ?? [])] })));
    const validCount = typeof count === 'number' && Number.isInteger(count) && count >= 0;
    if (!validCount) {
      issues.push(
        issueFrom(CODES_MESSAGES, 'certificate_count_invalid', CLAUSE, { path: ['count'], expected: '≥ 0', received: describe(count) }),
      );
    }
    const institutionValue = institution.ok ? institution.value.code : undefined;
    const prefix = validYear && institutionValue !== undefined ? `${String(year % 100).padStart(2, '0')}${institutionValue}` : undefined;
    const highest = highestSerial(issued, prefix, issues);
    if (issues.length > 0 || prefix === undefined || institutionValue === undefined || !validCount) throw new SvaError(issues);
    const max = readPolicyFrom(options, ['maxCertificateSerial'], CLAUSE, ZAOZHUANG_2023, SERIAL_RULES).maxCertificateSerial;
    if (highest + count > max) {
      throw new SvaError(
        issueFrom(CODES_MESSAGES, 'certificate_serials_exhausted', CLAUSE, {
          path: ['count'],
          expected: max - highest,
          received: count,
          params: {
            year,
            institutionCode: institutionValue,
            max,
            usedZh: highest === 0 ? '尚未使用' : `已用到${highest}`,
            usedEn: highest === 0 ? 'has used no certificate serial' : `has used certificate serials up to ${highest}`,
          },
        }),
      );
    }
    const codes: string[] = [];
    for (let serial = highest + 1; serial <= highest + count; serial++) {
      codes.push(formatCertificateCode({ year, institutionCode: institutionValue, certificateSerial: serial }));
    }
    return codes;
  });
}

/** The highest serial among the issued codes that start with `prefix`; records invalid codes. */
function highestSerial(issued: unknown, prefix: string | undefined, issues: RuleIssue[]): number {
  if (!Array.isArray(issued)) {
    // Not core's invalidIssue (the same issue): its path reader would put this bundle 35 B over its
    // 6,300 B budget (6,335 B measured on the tarball). invalidInputIssue is already in it.
    issues.push(
      invalidInputIssue(CLAUSE, '已核发的证书编号应为列表', 'issued must be an array of certificate codes', {
        path: ['issued'],
        expected: 'array',
        received: describe(issued),
      }),
    );
    return 0;
  }
  const list: readonly unknown[] = issued;
  let highest = 0;
  for (let index = 0; index < list.length; index++) {
    const code = list[index];
    if (typeof code !== 'string' || !isValidCertificateCode(code)) {
      issues.push(...parseCertificateCode(code).issues.map((i) => ({ ...i, path: ['issued', index, ...(i.path ?? [])] })));
    } else if (prefix !== undefined && code.startsWith(prefix)) {
      const serial = Number(code.slice(10));
      if (serial > highest) highest = serial;
    }
  }
  return highest;
}
