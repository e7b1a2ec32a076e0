import { describe } from '../core/dates.js';
import { issueFrom, parseResultOf } from '../core/issues.js';
import type { IssueDetails, ParseResult, RuleIssue } from '../core/issues.js';
import { CREDIT_CODE_AUTHORITIES } from './creditCodeAuthorities.js';
import { creditCodeCheck, foreignCharacters, organisationCodeCheck, upperAscii } from './creditCode.js';
import { CREDIT_CODE_MESSAGES } from './messages.js';

/** The parts of an 18-character unified social credit code (统一社会信用代码, GB 32100-2015). */
export interface UnifiedSocialCreditCode {
  /** The code, with lowercase letters written as capitals. */
  readonly code: string;
  /** Character 1: the registration authority (登记管理部门代码), e.g. `'9'` 工商. */
  readonly authorityCode: string;
  readonly authorityName: string;
  readonly authorityNameEn: string;
  /** Character 2: the organisation type (机构类别代码) under that authority, e.g. `'1'` 企业. */
  readonly typeCode: string;
  readonly typeName: string;
  readonly typeNameEn: string;
  /** Characters 3–8: the region code of the registration office (GB/T 2260), taken as given. */
  readonly regionCode: string;
  /** Characters 9–17: the organisation code (主体标识码, GB 11714). */
  readonly organisationCode: string;
}

/** Options of {@link parseUnifiedSocialCreditCode} and {@link isValidUnifiedSocialCreditCode}. */
export interface ParseUnifiedSocialCreditCodeOptions {
  /**
   * Also apply the GB 11714 check to the organisation code of characters 9–17. Off by default:
   * GB 32100 checks only its own check character, and a few issuers' codes do not carry a valid
   * GB 11714 check in those characters.
   */
  readonly strict?: boolean;
}

const CLAUSE = 'institution.registration';

/**
 * Parses an 18-character unified social credit code (GB 32100-2015).
 *
 * Policy, 三: 「征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」;
 * 附件1 asks for the applicant's 「统一社会信用代码」.
 *
 * Checks the 31-symbol alphabet (the digits and the capitals without I, O, Z, S, V), the
 * registration-authority code and the organisation-type code under it (decoded with their
 * names), the 6-digit region code, and the MOD 31 check character (weights 3^(i−1) mod 31; a
 * check value of 31 is written 0). Lowercase letters are accepted and returned as capitals.
 * With `{ strict: true }`, the organisation code of characters 9–17 must also pass its GB 11714
 * check. Never throws.
 *
 * @param input - any value.
 * @param options - `strict`: also check the embedded GB 11714 organisation code.
 * @returns the parts, or every issue found, citing `institution.registration`.
 * @example
 * parseUnifiedSocialCreditCode('91350100M000100Y43')
 * // { ok: true, issues: [], value: { code: '91350100M000100Y43', authorityCode: '9',
 * //   authorityName: '工商', authorityNameEn: 'industry and commerce', typeCode: '1', typeName: '企业',
 * //   typeNameEn: 'enterprise', regionCode: '350100', organisationCode: 'M000100Y4' } }
 * parseUnifiedSocialCreditCode('91350100M000100Y44').issues[0].code // 'credit_code_checksum'
 */
export function parseUnifiedSocialCreditCode(
  input: unknown,
  options?: ParseUnifiedSocialCreditCodeOptions,
): ParseResult<UnifiedSocialCreditCode> {
  try {
    return parse(input, options?.strict === true);
  } catch {
    return { ok: false, issues: [issueFrom(CREDIT_CODE_MESSAGES, 'credit_code_unreadable', CLAUSE)] };
  }
}

function parse(input: unknown, strict: boolean): ParseResult<UnifiedSocialCreditCode> {
  const issues: RuleIssue[] = [];
  const add = (code: keyof typeof CREDIT_CODE_MESSAGES, details: IssueDetails): number =>
    issues.push(issueFrom(CREDIT_CODE_MESSAGES, code, CLAUSE, details));
  if (typeof input !== 'string') {
    add('credit_code_type', { expected: 'string', received: describe(input) });
    return { ok: false, issues };
  }
  const code = upperAscii(input);
  const foreign = foreignCharacters(code);
  if (foreign !== '') add('credit_code_characters', { received: JSON.stringify(foreign.slice(0, 20)) });
  if (code.length !== 18) add('credit_code_length', { expected: 18, received: code.length });
  if (issues.length > 0) return { ok: false, issues };

  const authority = CREDIT_CODE_AUTHORITIES.find((a) => a.code === code.charAt(0));
  const type = authority?.types.find((t) => t.code === code.charAt(1));
  if (authority === undefined) add('credit_code_authority', { path: ['authorityCode'], received: code.charAt(0) });
  else if (type === undefined) {
    add('credit_code_org_type', {
      path: ['typeCode'],
      received: code.charAt(1),
      params: { authority: `${authority.name}（${authority.code}）`, authorityEn: `${authority.code} (${authority.nameEn})` },
    });
  }
  const regionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) add('credit_code_region', { path: ['regionCode'], expected: '6 digits', received: regionCode });
  const check = creditCodeCheck(code);
  if (check !== code.charAt(17)) add('credit_code_checksum', { path: ['check'], expected: check, received: code.charAt(17) });
  const organisationCode = code.slice(8, 17);
  const organisationCheck = organisationCodeCheck(organisationCode);
  if (strict && organisationCheck !== code.charAt(16)) {
    add('credit_code_organisation_checksum', { path: ['organisationCode'], expected: organisationCheck, received: code.charAt(16) });
  }
  if (authority === undefined || type === undefined) return { ok: false, issues };
  return parseResultOf(
    {
      code,
      authorityCode: authority.code,
      authorityName: authority.name,
      authorityNameEn: authority.nameEn,
      typeCode: type.code,
      typeName: type.name,
      typeNameEn: type.nameEn,
      regionCode,
      organisationCode,
    },
    issues,
  );
}
