import { guardValue } from '../core/guard.js';
import { CREDIT_CODE_ALPHABET, creditCodeCheck, organisationCodeCheck } from '../identity/creditCode.js';
import { CREDIT_CODE_AUTHORITIES } from '../identity/creditCodeAuthorities.js';
import type { CreditCodeAuthority } from '../identity/creditCodeAuthorities.js';
import { ZAOZHUANG_DISTRICTS } from '../core/districts.js';
import { invalidOption, optionsOf, seedOf } from './options.js';
import { between, seededRandom } from './random.js';

/** Options of {@link generateCreditCode}: any part left out is drawn from `seed`. */
export interface GenerateCreditCodeOptions {
  /** Character 1, the registration authority (`'9'` 工商, `'5'` 民政, …; see `CREDIT_CODE_AUTHORITIES`). */
  readonly authorityCode?: string;
  /** Character 2, the organisation type under that authority (`'1'` 企业 under `'9'`). */
  readonly typeCode?: string;
  /** Characters 3–8, the region code, taken as given; one of Zaozhuang's six districts when left out. */
  readonly regionCode?: string;
  /** Seed of the parts left out (default 1): the same options always give the same code. */
  readonly seed?: number;
}

const CLAUSE = 'institution.registration';

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[between(random, 0, list.length - 1)] as T;
}

function authorityOf(authorityCode: unknown, typeCode: unknown, random: () => number): { authority: string; type: string } {
  if (authorityCode !== undefined && !CREDIT_CODE_AUTHORITIES.some((a) => a.code === authorityCode)) {
    throw invalidOption(CLAUSE, 'authorityCode', '不是登记管理部门代码', 'is not a GB 32100 registration-authority code', authorityCode);
  }
  const candidates: readonly CreditCodeAuthority[] = CREDIT_CODE_AUTHORITIES.filter(
    (a) => (authorityCode === undefined || a.code === authorityCode) && (typeCode === undefined || a.types.some((t) => t.code === typeCode)),
  );
  if (candidates.length === 0) {
    throw invalidOption(CLAUSE, 'typeCode', '不是该登记管理部门下的机构类别代码', 'is not an organisation type of that authority', typeCode);
  }
  const authority = pick(random, candidates);
  return { authority: authority.code, type: typeof typeCode === 'string' ? typeCode : pick(random, authority.types).code };
}

/**
 * A valid 18-character unified social credit code (统一社会信用代码, GB 32100-2015) for tests. The
 * parts you give are kept; the others are drawn from `seed`, so the result is varied but
 * repeatable. Every generated code passes `parseUnifiedSocialCreditCode`, also with
 * `{ strict: true }`, which gives back the authority, type and region asked for.
 *
 * Policy, 三: 「征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」;
 * 附件1 asks for the applicant's 「统一社会信用代码」.
 *
 * Characters 9–17 are a GB 11714 organisation code (8 drawn characters and their check), the 18th
 * is the MOD 31 check character. Left out, the authority and type are drawn from every pair of
 * `CREDIT_CODE_AUTHORITIES` (give `{ authorityCode: '9', typeCode: '1' }` for an enterprise: an
 * individual business, `92…`, is not a legal person and fails `checkInstitutionApplication`).
 *
 * @param options - `authorityCode`, `typeCode`, `regionCode`, `seed`; all optional.
 * @returns an 18-character code.
 * @throws {@link sva-rules!SvaError} `invalid_option` (citing `institution.registration`) for an unknown
 *   authority, a type that no (given) authority has, a region code that is not 6 digits, a seed
 *   that is not a finite number, or options that are not an object.
 * @example
 * generateCreditCode({ authorityCode: '5', typeCode: '2', regionCode: '370403' }).slice(0, 8)
 * // '52370403': an 18-character code, the same on every run
 * isValidUnifiedSocialCreditCode(generateCreditCode({ seed: 3 })) // true
 */
export function generateCreditCode(options?: GenerateCreditCodeOptions): string {
  return guardValue(CLAUSE, () => {
    const opts = optionsOf(options, CLAUSE);
    const random = seededRandom(seedOf(opts, CLAUSE));
    const { regionCode } = opts;
    if (regionCode !== undefined && (typeof regionCode !== 'string' || !/^\d{6}$/.test(regionCode))) {
      throw invalidOption(CLAUSE, 'regionCode', '应为6位数字', 'must be 6 digits', regionCode);
    }
    const { authority, type } = authorityOf(opts.authorityCode, opts.typeCode, random);
    const region = regionCode ?? pick(random, ZAOZHUANG_DISTRICTS).code;
    let body = '';
    for (let i = 0; i < 8; i++) body += CREDIT_CODE_ALPHABET.charAt(between(random, 0, CREDIT_CODE_ALPHABET.length - 1));
    const first17 = authority + type + region + body + organisationCodeCheck(body);
    return first17 + creditCodeCheck(first17);
  });
}
