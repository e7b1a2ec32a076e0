import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_AUTHORITIES, isValidUnifiedSocialCreditCode, parseUnifiedSocialCreditCode } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';
import { NAIVE_ALPHABET, naiveCreditCodeCheck, naiveOrganisationCheck } from './naive.js';

const withCheck = (first17: string): string => first17 + naiveCreditCodeCheck(first17);
const wrongCheck = (first17: string): string => first17 + (naiveCreditCodeCheck(first17) === '1' ? '2' : '1');

// Published vectors: the worked example of GB 32100-2015 (91350100M000100Y43), codes printed on
// the business licences of well-known companies (public registry data), and codes built here with
// the naive implementation for the edge cases (check value 31 written 0, check value 30 = Y).
const vectors = [
  { name: 'GB 32100-2015 example', code: '91350100M000100Y43', authority: '工商', type: '企业', region: '350100', organisation: 'M000100Y4' },
  { name: '华为技术有限公司', code: '914403001922038216', authority: '工商', type: '企业', region: '440300', organisation: '192203821' },
  { name: '深圳市腾讯计算机系统有限公司', code: '91440300708461136T', authority: '工商', type: '企业', region: '440300', organisation: '708461136' },
  { name: 'check value 31, written 0 (computed)', code: '91370402MA30003010', authority: '工商', type: '企业', region: '370402', organisation: 'MA3000301' },
  { name: 'check value 30, written Y; a private non-enterprise unit (computed)', code: '52370403MA3000045Y', authority: '民政', type: '民办非企业单位', region: '370403', organisation: 'MA3000045' },
  { name: 'a public institution whose organisation check is X (computed)', code: '1237048112345001XN', authority: '机构编制', type: '事业单位', region: '370481', organisation: '12345001X' },
  // From the test suite of Hutool's CreditCodeUtil, a widely used Java validator.
  { name: 'Hutool CreditCodeUtilTest: valid', code: '91310110666007217T', authority: '工商', type: '企业', region: '310110', organisation: '666007217' },
];

// Hutool's test also keeps an early pilot-area code that does not follow GB 32100: it must fail.
describe('a published code that breaks the standard', () => {
  it('refuses 91350211M00013FA1N (Hutool CreditCodeUtilTest) with a checksum issue', () => {
    const result = parseUnifiedSocialCreditCode('91350211M00013FA1N');
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['credit_code_checksum']);
  });
});

describe('parseUnifiedSocialCreditCode (GB 32100-2015, institution.registration)', () => {
  it.each(vectors)('accepts $name', ({ code, authority, type, region, organisation }) => {
    expect(naiveCreditCodeCheck(code.slice(0, 17))).toBe(code[17]);
    expect(naiveOrganisationCheck(code.slice(8, 16))).toBe(code[16]);
    const result = parseUnifiedSocialCreditCode(code, { strict: true });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      code,
      authorityCode: code[0],
      authorityName: authority,
      typeCode: code[1],
      typeName: type,
      regionCode: region,
      organisationCode: organisation,
    });
    expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
  });

  it('decodes the example completely', () => {
    expect(parseUnifiedSocialCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      issues: [],
      value: {
        code: '91350100M000100Y43',
        authorityCode: '9',
        authorityName: '工商',
        authorityNameEn: 'industry and commerce',
        typeCode: '1',
        typeName: '企业',
        typeNameEn: 'enterprise',
        regionCode: '350100',
        organisationCode: 'M000100Y4',
      },
    });
  });

  const cases: { name: string; input: unknown; strict?: boolean; codes: string[] }[] = [
    { name: 'lowercase letters', input: '91350100m000100y43', codes: [] },
    { name: 'wrong check character', input: '91350100M000100Y44', codes: ['credit_code_checksum'] },
    { name: 'check value 31 written as 31-style garbage (Y instead of 0)', input: '91370402MA3000301Y', codes: ['credit_code_checksum'] },
    { name: 'letter I', input: '91350100M000100I43', codes: ['credit_code_characters'] },
    { name: 'letter O', input: '91350100M000100O43', codes: ['credit_code_characters'] },
    { name: 'letter Z', input: '91350100M000100Z43', codes: ['credit_code_characters'] },
    { name: 'letter S', input: '91350100M000100S43', codes: ['credit_code_characters'] },
    { name: 'letter V', input: '91350100M000100V43', codes: ['credit_code_characters'] },
    { name: 'a hyphen', input: '91350100-M000100Y4', codes: ['credit_code_characters'] },
    { name: 'full-width letters', input: '91350100Ｍ000100Y43', codes: ['credit_code_characters'] },
    { name: '17 characters', input: '91350100M000100Y4', codes: ['credit_code_length'] },
    { name: '19 characters', input: '91350100M000100Y433', codes: ['credit_code_length'] },
    { name: 'a space and 19 characters', input: ' 91350100M000100Y43', codes: ['credit_code_characters', 'credit_code_length'] },
    { name: 'unknown authority B', input: withCheck('B1350100M000100Y4'), codes: ['credit_code_authority'] },
    { name: 'unknown authority 0', input: withCheck('01350100M000100Y4'), codes: ['credit_code_authority'] },
    { name: 'type 4 under 工商 (only 1, 2, 3)', input: withCheck('94350100M000100Y4'), codes: ['credit_code_org_type'] },
    { name: 'type 9 under 工商', input: withCheck('99350100M000100Y4'), codes: ['credit_code_org_type'] },
    { name: 'type 9 under 民政', input: withCheck('59370402MA3000045'), codes: [] },
    { name: 'type 2 under 其他 Y (only 1)', input: withCheck('Y2370402MA3000045'), codes: ['credit_code_org_type'] },
    { name: 'type 1 under 其他 Y', input: withCheck('Y1370402MA3000045'), codes: [] },
    { name: 'a letter in the region code', input: withCheck('9137040AMA3000301'), codes: ['credit_code_region'] },
    { name: 'everything wrong at once', input: wrongCheck('B137040AMA3000301'), codes: ['credit_code_authority', 'credit_code_region', 'credit_code_checksum'] },
    { name: 'strict: organisation check right', input: '91350100M000100Y43', strict: true, codes: [] },
    { name: 'strict: organisation check wrong', input: withCheck('91370402MA3000302'), strict: true, codes: ['credit_code_organisation_checksum'] },
    { name: 'not strict: organisation check not applied', input: withCheck('91370402MA3000302'), codes: [] },
    { name: 'a number', input: 91350100, codes: ['credit_code_type'] },
    { name: 'undefined', input: undefined, codes: ['credit_code_type'] },
  ];
  it.each(cases)('$name', ({ input, strict, codes }) => {
    const options = strict === undefined ? undefined : { strict };
    const result = parseUnifiedSocialCreditCode(input, options);
    expect(codesOf(result)).toEqual(codes);
    expect(isValidUnifiedSocialCreditCode(input, options)).toBe(codes.length === 0);
    for (const issue of result.issues) expect(issue.clause).toBe('institution.registration');
  });

  it('names the characters that are not allowed and what the check should be', () => {
    expect(parseUnifiedSocialCreditCode('91350100M0001OOI43').issues[0]?.received).toBe('"OI"');
    expect(parseUnifiedSocialCreditCode('91350100M000100Y44').issues[0]).toMatchObject({ path: ['check'], expected: '3', received: '4' });
    const type = parseUnifiedSocialCreditCode(withCheck('94350100M000100Y4')).issues[0];
    expect(type?.message).toContain('统一社会信用代码第2位“4”不是登记管理部门工商（9）的机构类别代码');
    expect(type?.messageEn).toContain('industry and commerce');
  });

  it('holds every authority and type of GB 32100, frozen', () => {
    expect(CREDIT_CODE_AUTHORITIES.map((a) => a.code).join('')).toBe('12345678' + '9ANY');
    expect(CREDIT_CODE_AUTHORITIES.find((a) => a.code === '9')?.types.map((t) => t.code)).toEqual(['1', '2', '3']);
    expect(Object.isFrozen(CREDIT_CODE_AUTHORITIES)).toBe(true);
    expect(Object.isFrozen(CREDIT_CODE_AUTHORITIES[0]?.types[0])).toBe(true);
  });

  const symbol = fc.constantFrom(...NAIVE_ALPHABET);
  const codes = fc
    .tuple(
      fc.constantFrom(...CREDIT_CODE_AUTHORITIES.flatMap((a) => a.types.map((t) => a.code + t.code))),
      fc.stringMatching(/^\d{6}$/),
      fc.array(symbol, { minLength: 8, maxLength: 8 }).map((a) => a.join('')),
    )
    .map(([head, region, body]) => withCheck(`${head}${region}${body}${naiveOrganisationCheck(body)}`));

  it('accepts every code built with the naive checks, strict or not', () => {
    fc.assert(
      fc.property(codes, (code) => {
        expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
        expect(isValidUnifiedSocialCreditCode(code, { strict: true })).toBe(true);
        expect(isValidUnifiedSocialCreditCode(code.toLowerCase())).toBe(true);
      }),
    );
  });

  it('refuses every single-character substitution (MOD 31, 31 prime)', () => {
    fc.assert(
      fc.property(codes, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, at, shift) => {
        const replaced = NAIVE_ALPHABET[(NAIVE_ALPHABET.indexOf(code[at]!) + shift) % 31]!;
        expect(isValidUnifiedSocialCreditCode(code.slice(0, at) + replaced + code.slice(at + 1))).toBe(false);
      }),
    );
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        expect(parseUnifiedSocialCreditCode(input, options as never).ok).toBe(isValidUnifiedSocialCreditCode(input, options as never));
      }),
    );
    for (const value of hostileValues()) {
      expect(parseUnifiedSocialCreditCode(value).ok).toBe(false);
      const withOptions = parseUnifiedSocialCreditCode('91350100M000100Y43', value as never);
      if (!withOptions.ok) expect(codesOf(withOptions)).toEqual(['credit_code_unreadable']);
    }
  });
});
