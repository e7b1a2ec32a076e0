import { CERTIFICATE_FIELDS } from './labels.js';
import { dayNumberOrUndefined, describe, digitsAt, isoOfDayNumber, partsOfDayNumber } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { guardCheck, invalidOptionIssue, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { readPolicy } from '../core/policyOptions.js';
import type { Policy } from '../core/policy.js';
import { allDigits, certificateFaults, isInstitutionCode } from '../codes/analyse.js';
import { parseCertificateCode } from '../codes/parseCertificateCode.js';
import { parseResidentIdNumber } from '../identity/parseResidentIdNumber.js';
import { residentIdFaults } from '../identity/residentId.js';
import { labelIssues, missingIssue, readDate, readText, underPath } from '../core/evidence.js';
import { scoreIssues } from '../scoring/checkScore.js';
import { scoreNumber } from '../scoring/exact.js';
import type { ScoreScale } from '../scoring/exact.js';
import { ISSUANCE_MESSAGES } from './messages.js';
import { effectiveDayOf, pushBeforeEffective, pushYearBeforeEffective } from '../core/effective.js';
import type { Certificate } from './types.js';

/** Options of {@link checkCertificate}. */
export interface CheckCertificateOptions {
  /** The issuing institution's 8-digit code: the certificate code must carry it. */
  readonly institutionCode?: string;
  /** The last day of the batch's results publicity: the certificate is issued after it. */
  readonly resultsPublicityEnd?: DateInput;
  /** Default {@link ZAOZHUANG_2023}: `fullMark`, `passMark`, `effectiveFrom`, `cityCode` (the city digits of the code). */
  readonly policy?: Policy;
}

const CLAUSE = 'certificate.contents';

function optionIssue(name: string, value: unknown, reasonZh: string, reasonEn: string): RuleIssue {
  return invalidOptionIssue(CLAUSE, [name], reasonZh, reasonEn, { received: describe(value) });
}

/** What {@link checkCertificate} reads of its options, read once for a whole list of certificates. @internal */
export interface CertificateContext {
  readonly policy: ScoreScale & { readonly cityCode: string };
  /** The day number of `policy.effectiveFrom`, and its year. */
  readonly effective: number;
  readonly effectiveYear: number;
  /** The institution code, when it is a valid one. */
  readonly institutionCode: string | undefined;
  /** The day number of `resultsPublicityEnd`, when it is a date. */
  readonly end: number | undefined;
  /** The issues of the options refused. */
  readonly issues: readonly RuleIssue[];
}

/** Reads the options of {@link checkCertificate}; throws as {@link readPolicy}. @internal */
export function certificateContext(options: CheckCertificateOptions | undefined): CertificateContext {
  const policy = readPolicy(options, ['fullMark', 'passMark', 'effectiveFrom', 'cityCode'], CLAUSE);
  const issues: RuleIssue[] = [];
  const { institutionCode, resultsPublicityEnd } = options ?? {};
  if (institutionCode !== undefined && !isInstitutionCode(institutionCode)) {
    issues.push(optionIssue('institutionCode', institutionCode, '应为8位的考核机构代码', 'must be an 8-digit institution code'));
  }
  const end = resultsPublicityEnd === undefined ? undefined : dayNumberOrUndefined(resultsPublicityEnd);
  if (resultsPublicityEnd !== undefined && end === undefined) {
    issues.push(optionIssue('resultsPublicityEnd', resultsPublicityEnd, '应为真实的日期', 'must be a YYYY-MM-DD date'));
  }
  const code = isInstitutionCode(institutionCode) ? institutionCode : undefined;
  const effective = effectiveDayOf(policy.effectiveFrom);
  return { policy, effective, effectiveYear: partsOfDayNumber(effective).year, institutionCode: code, end, issues };
}

/** The issues of the resident ID number; a valid one is read without building a result. */
function idNumberIssues(idNumber: unknown, issues: RuleIssue[]): void {
  if (typeof idNumber === 'string' && residentIdFaults(idNumber) === 0) return;
  const own = parseResidentIdNumber(idNumber).issues;
  if (own.length > 0) issues.push(...underPath(own, ['idNumber'], CLAUSE));
}

/** The code against the issue year and the institution; a code without a fault is read without building a result. */
function codeIssues(code: unknown, issued: number | undefined, context: CertificateContext, issues: RuleIssue[]): void {
  const { institutionCode, policy } = context;
  // 15 ASCII digits: a code whose parts can be read (附件3).
  const digits = typeof code === 'string' && code.length === 15 && allDigits(code);
  let city: string | undefined;
  if (digits && issued !== undefined && certificateFaults(code, { year: partsOfDayNumber(issued).year, institutionCode }) === 0) {
    if (!code.startsWith(policy.cityCode, 4)) city = code.slice(4, 6);
  }
  else {
    const expect = {
      ...(institutionCode === undefined ? {} : { institutionCode }),
      ...(issued === undefined ? {} : { issuedOn: isoOfDayNumber(issued) }),
    };
    const parsed = parseCertificateCode(code, expect);
    if (parsed.issues.length > 0) issues.push(...underPath(parsed.issues, ['code']));
    if (parsed.ok) city = parsed.value.cityCode;
  }
  // 三3(2): the code of an institution selected under the scheme carries the scheme's city.
  if (city !== undefined && city !== policy.cityCode) {
    issues.push(
      issueFrom(ISSUANCE_MESSAGES, 'certificate_code_other_city', 'certificate.code', {
        path: ['code'],
        expected: policy.cityCode,
        received: code,
        params: { city },
      }),
    );
  }
  // The code's year (附件3: 2000–2099), whatever else is wrong with the code.
  const year = digits ? 2000 + digitsAt(code, 0, 2) : 0;
  if (digits && year < context.effectiveYear) {
    pushYearBeforeEffective(year, context.effective, ['code'], ['证书编号的核发年份（第1至2位）', 'issue year of the certificate code (digits 1–2)'], issues);
  }
}

function passesOnScale(n: number | undefined, policy: ScoreScale): boolean {
  return n !== undefined && n >= policy.passMark && n <= policy.fullMark;
}

/** Each field present, valid, and the code matching the issue year and the institution. */
function checkFields(c: Record<string, unknown>, context: CertificateContext, idChecked: boolean, issues: RuleIssue[]): number | undefined {
  const { policy } = context;
  const dateIssues: RuleIssue[] = [];
  const issued = readDate(c.issuedOn, ['issuedOn'], CLAUSE, dateIssues);
  readText(c.name, ['name'], CLAUSE, issues);
  const { idNumber, score, code } = c;
  if (idNumber === undefined || idNumber === '') issues.push(missingIssue(CLAUSE, ['idNumber']));
  else if (!idChecked) idNumberIssues(idNumber, issues);
  readText(c.item, ['item'], CLAUSE, issues);
  if (score === undefined) issues.push(missingIssue(CLAUSE, ['score']));
  // A passing score read as a number (scoreNumber: exact) needs no decimal built.
  else if (!passesOnScale(scoreNumber(score), policy)) {
    const own = scoreIssues(score, policy);
    if (own.length > 0) issues.push(...underPath(own, ['score']));
  }
  if (code === undefined || code === '') issues.push(missingIssue(CLAUSE, ['code']));
  else codeIssues(code, issued, context, issues);
  readText(c.institution, ['institution'], CLAUSE, issues);
  issues.push(...dateIssues);
  pushBeforeEffective(issued, context.effective, ['issuedOn'], ['发证日期', 'date of issue'], issues);
  return issued;
}

/**
 * Checks one certificate: every field of the 附件4 model present and valid, the code of its year
 * and institution, a passing score, and issued after the results publicity.
 *
 * Policy, 附件4 专项职业能力证书参考样式: 「姓名、身份证号、考核项目、考核成绩、证书编号」, 「（考核机构印章）」,
 * 「发证日期」; 附件3: 「第1-2位：证书核发年份代码」「第 3-10 位：考核机构代码」; 四1: 「60分（含）以上为考核
 * 合格」; 四2(6): 证书在公示、上传、审核之后颁发.
 *
 * In the order of 附件4, each with its clause:
 * - `name`, `item`, `institution`: non-empty text; `issuedOn`: a real date (`certificate.contents`);
 * - `idNumber`: GB 11643-1999, checksum included ({@link parseResidentIdNumber}; its issues cite
 *   `certificate.contents` here);
 * - `score`: {@link checkScore} (`score.scale`, `score.pass`: 60 included);
 * - `code`: {@link parseCertificateCode} with the issue year and, when given, `institutionCode`
 *   (`certificate.code`), and 第5至6位 the policy's `cityCode` (04: 三3(2), the city bureau assigns
 *   the institution code; `certificate_code_other_city`);
 * - `policy.effective`: an `issuedOn` before the scheme took effect (`policy.effectiveFrom`,
 *   2023-04-23; `before_policy_effective`), or a code whose year is before 2023
 *   (`year_before_policy_effective`), is outside the scheme; {@link parseCertificateCode} keeps
 *   附件3's years 2000–2099;
 * - with `resultsPublicityEnd` E: `issuedOn` after E (`certificate.issuance`: the next step may
 *   happen the day after E).
 *
 * A field left out (or an empty string) is `missing_field` with its path. A bad option is `invalid_option`. Every
 * failure is listed. Never throws.
 *
 * @param certificate - the certificate's fields.
 * @param options - `institutionCode`, `resultsPublicityEnd`, `policy`.
 * @returns `ok` when the certificate may stand.
 * @throws nothing: bad input becomes an issue.
 * @example
 * checkCertificate(sampleCertificate(), { institutionCode: '37040001', resultsPublicityEnd: '2025-10-21' }) // { ok: true, issues: [] }
 * checkCertificate({ ...sampleCertificate(), score: 59.9 }).issues[0]
 * // { code: 'score_below_pass_mark', clause: 'score.pass', path: ['score'], … }
 */
export function checkCertificate(certificate: Certificate, options?: CheckCertificateOptions): RuleResult {
  return guardCheck(CLAUSE, () => certificateResult(certificate, certificateContext(options)));
}

/**
 * {@link checkCertificate} with its options read: for a whole list of certificates. `idChecked`:
 * the ID number is known valid already (auditBatch: a registration's, as typed). May throw as a
 * getter of the input does. @internal
 */
export function certificateResult(certificate: unknown, context: CertificateContext, idChecked = false): RuleResult {
  const issues = [...context.issues];
  if (!isRecord(certificate)) return resultOf([...issues, notAnObjectIssue(CLAUSE, 'certificate')]);
  const issued = checkFields(certificate, context, idChecked, issues);
  const { end } = context;
  if (issued !== undefined && end !== undefined && issued <= end) {
    issues.push(
      issueFrom(ISSUANCE_MESSAGES, 'certificates_issued_too_early', 'certificate.issuance', {
        path: ['issuedOn'],
        expected: isoOfDayNumber(end),
        received: isoOfDayNumber(issued),
      }),
    );
  }
  return resultOf(labelIssues(issues, CERTIFICATE_FIELDS));
}
