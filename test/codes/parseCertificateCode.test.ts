import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCertificateCode, isValidCertificateCode, parseCertificateCode, SHANDONG_CITIES } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const cases: { name: string; input: unknown; expect?: unknown; codes: string[] }[] = [
  { name: 'valid: the smallest serials', input: '233704000100001', codes: [] },
  { name: 'valid: the largest serials', input: '993717999999999', codes: [] },
  { name: 'valid: year 00 (2000)', input: '003701000100001', codes: [] },
  { name: 'institution serial 0000', input: '233704000000001', codes: ['certificate_code_institution_serial'] },
  { name: 'institution serial 0001', input: '233704000100001', codes: [] },
  { name: 'institution serial 9999', input: '233704999900001', codes: [] },
  { name: 'certificate serial 00000', input: '233704000100000', codes: ['certificate_code_serial'] },
  { name: 'certificate serial 00001', input: '233704000100001', codes: [] },
  { name: 'certificate serial 99999', input: '233704000199999', codes: [] },
  { name: 'city 11', input: '233711000100001', codes: [] },
  { name: 'city 12 (none)', input: '233712000100001', codes: ['certificate_code_city'] },
  { name: 'city 13', input: '233713000100001', codes: [] },
  { name: 'city 17', input: '233717000100001', codes: [] },
  { name: 'city 18 (none)', input: '233718000100001', codes: ['certificate_code_city'] },
  { name: 'city 00 (none)', input: '233700000100001', codes: ['certificate_code_city'] },
  { name: 'province 36', input: '233604000100001', codes: ['certificate_code_province'] },
  { name: '14 characters', input: '23370400010000', codes: ['certificate_code_length'] },
  { name: '16 characters', input: '2337040001000011', codes: ['certificate_code_length'] },
  { name: 'empty string', input: '', codes: ['certificate_code_length'] },
  { name: 'leading space', input: ' 233704000100001', codes: ['certificate_code_whitespace', 'certificate_code_length'] },
  { name: 'trailing newline', input: '233704000100001\n', codes: ['certificate_code_whitespace', 'certificate_code_length'] },
  { name: 'inner ideographic space', input: '2337040001\u300000001', codes: ['certificate_code_whitespace', 'certificate_code_length'] },
  { name: 'full-width digits', input: '２３３７０４０００１００００１', codes: ['certificate_code_fullwidth'] },
  { name: 'one full-width digit', input: '23370400010000１', codes: ['certificate_code_fullwidth'] },
  { name: 'a letter', input: '23370400010000A', codes: ['certificate_code_characters'] },
  { name: 'a minus sign', input: '-23370400010000', codes: ['certificate_code_characters'] },
  { name: 'every field wrong', input: '233818000000000', codes: ['certificate_code_province', 'certificate_code_city', 'certificate_code_institution_serial', 'certificate_code_serial'] },
  { name: 'a number, not a string', input: 233704000100001, codes: ['certificate_code_type'] },
  { name: 'null', input: null, codes: ['certificate_code_type'] },
  { name: 'issued the same year', input: '233704000100001', expect: { issuedOn: '2023-12-31' }, codes: [] },
  { name: 'issued the year after', input: '233704000100001', expect: { issuedOn: '2024-01-01' }, codes: ['certificate_code_year_mismatch'] },
  { name: 'issued in 1999', input: '993704000100001', expect: { issuedOn: '1999-06-01' }, codes: ['certificate_code_year_mismatch'] },
  { name: 'issuedOn as Date at 23:30 China time on 31 Dec', input: '233704000100001', expect: { issuedOn: new Date('2023-12-31T15:30:00Z') }, codes: [] },
  { name: 'issuedOn as Date at 00:30 China time on 1 Jan', input: '233704000100001', expect: { issuedOn: new Date('2023-12-31T16:30:00Z') }, codes: ['certificate_code_year_mismatch'] },
  { name: 'expected city matches', input: '233704000100001', expect: { city: '枣庄' }, codes: [] },
  { name: 'expected city by code', input: '233704000100001', expect: { city: '04' }, codes: [] },
  { name: 'expected city differs', input: '233704000100001', expect: { city: '济南' }, codes: ['certificate_code_city_mismatch'] },
  { name: 'expected institution matches', input: '233704000100001', expect: { institutionCode: '37040001' }, codes: [] },
  { name: 'expected institution differs', input: '233704000100001', expect: { institutionCode: '37040002' }, codes: ['certificate_code_institution_mismatch'] },
  { name: 'expected city unknown', input: '233704000100001', expect: { city: '莱芜' }, codes: ['invalid_option'] },
  { name: 'expected institution malformed', input: '233704000100001', expect: { institutionCode: '3704001' }, codes: ['invalid_option'] },
  { name: 'expected issuedOn impossible', input: '233704000100001', expect: { issuedOn: '2023-02-29' }, codes: ['invalid_option'] },
  { name: 'expect is not an object', input: '233704000100001', expect: 'x', codes: ['invalid_option'] },
  { name: 'expect is null', input: '233704000100001', expect: null, codes: ['invalid_option'] },
  { name: 'expect is an empty object', input: '233704000100001', expect: {}, codes: [] },
];

const E = { severity: 'error', clause: 'certificate.code' } as const;

// One representative of each issue code and reason text, compared whole.
const exact: { name: string; input: unknown; expect?: unknown; issues: RuleIssue[] }[] = [
  {
    name: 'a number',
    input: 233704000100001,
    issues: [
      { ...E, code: 'certificate_code_type', message: '证书编号应为文字', messageEn: 'The certificate code must be a string; received 233704000100001', expected: 'string', received: '233704000100001' },
    ],
  },
  {
    name: 'a leading space',
    input: ' 233704000100001',
    issues: [
      { ...E, code: 'certificate_code_whitespace', message: '证书编号“ 233704000100001”含有空格或其他空白字符，请删除', messageEn: 'The certificate code " 233704000100001" contains spaces or other white space; remove them', received: '" 233704000100001"' },
      { ...E, code: 'certificate_code_length', message: '证书编号应为15位，实为16位', messageEn: 'The certificate code must have 15 digits; it has 16', expected: 15, received: 16 },
    ],
  },
  {
    name: 'full-width digits',
    input: '２３３７０４０００１００００１',
    issues: [
      { ...E, code: 'certificate_code_fullwidth', message: '证书编号“２３３７０４０００１００００１”含有全角数字，请改为半角数字0至9', messageEn: 'The certificate code "２３３７０４０００１００００１" contains full-width digits; use the digits 0 to 9', received: '"２３３７０４０００１００００１"' },
    ],
  },
  {
    name: 'a letter',
    input: '23370400010000A',
    issues: [
      { ...E, code: 'certificate_code_characters', message: '证书编号“23370400010000A”含有数字以外的字符，只能由阿拉伯数字0至9组成', messageEn: 'The certificate code "23370400010000A" may contain only the digits 0 to 9', received: '"23370400010000A"' },
    ],
  },
  {
    name: 'province 36',
    input: '233604000100001',
    issues: [
      { ...E, code: 'certificate_code_province', message: '证书编号第3至4位是省级代码，应为37（山东省），实为36', messageEn: 'Digits 3 to 4 (the province) must be 37 (Shandong); they are 36', path: ['provinceCode'], expected: '37', received: '36' },
    ],
  },
  {
    name: 'city 12',
    input: '233712000100001',
    issues: [
      { ...E, code: 'certificate_code_city', message: '证书编号第5至6位12不是山东省的市级代码', messageEn: 'Digits 5 to 6 (12) are not the code of a Shandong city', path: ['cityCode'], received: '12' },
    ],
  },
  {
    name: 'institution serial 0000',
    input: '233704000000001',
    issues: [
      { ...E, code: 'certificate_code_institution_serial', message: '证书编号第7至10位是考核机构序列码，应为0001至9999，不能为0000', messageEn: 'Digits 7 to 10 (the institution serial) must be 0001 to 9999, not 0000', path: ['institutionSerial'], expected: '0001–9999', received: '0000' },
    ],
  },
  {
    name: 'certificate serial 00000',
    input: '233704000100000',
    issues: [
      { ...E, code: 'certificate_code_serial', message: '证书编号第11至15位是证书序列码，应为00001至99999，不能为00000', messageEn: 'Digits 11 to 15 (the certificate serial) must be 00001 to 99999, not 00000', path: ['certificateSerial'], expected: '00001–99999', received: '00000' },
    ],
  },
  {
    name: 'issued the year after',
    input: '233704000100001',
    expect: { issuedOn: '2024-01-01' },
    issues: [
      { ...E, code: 'certificate_code_year_mismatch', message: '证书编号第1至2位年份代码为23，与发证年份2024年不符', messageEn: 'Digits 1 to 2 (year 23) do not match the year of issue, 2024', path: ['year'], expected: 2024, received: '23' },
    ],
  },
  {
    name: 'another city',
    input: '233704000100001',
    expect: { city: '济南' },
    issues: [
      { ...E, code: 'certificate_code_city_mismatch', message: '证书编号的市级代码为04，应为01', messageEn: 'The city code 04 of the certificate code is not the expected 01', path: ['cityCode'], expected: '01', received: '04' },
    ],
  },
  {
    name: 'another institution',
    input: '233704000100001',
    expect: { institutionCode: '37040002' },
    issues: [
      { ...E, code: 'certificate_code_institution_mismatch', message: '证书编号中的考核机构代码为37040001，与发证的考核机构代码37040002不符', messageEn: 'The institution code 37040001 in the certificate code is not that of the issuing institution, 37040002', path: ['institutionCode'], expected: '37040002', received: '37040001' },
    ],
  },
  {
    name: 'expect not an object, with a bad code',
    input: '2337',
    expect: 'x',
    issues: [
      { ...E, code: 'certificate_code_length', message: '证书编号应为15位，实为4位', messageEn: 'The certificate code must have 15 digits; it has 4', expected: 15, received: 4 },
      { ...E, code: 'invalid_option', message: '选项“expect”无效：应为对象', messageEn: 'Option expect is invalid: must be an object', path: ['expect'] },
    ],
  },
  {
    name: 'expected city unknown',
    input: '233704000100001',
    expect: { city: '莱芜' },
    issues: [{ ...E, code: 'invalid_option', message: '选项“city”无效：不是山东省的市', messageEn: 'Option city is invalid: is not a Shandong city', path: ['expect', 'city'] }],
  },
  {
    name: 'expected institution malformed',
    input: '233704000100001',
    expect: { institutionCode: '3704001' },
    issues: [
      { ...E, code: 'invalid_option', message: '选项“institutionCode”无效：不是有效的考核机构代码', messageEn: 'Option institutionCode is invalid: is not a valid institution code', path: ['expect', 'institutionCode'] },
    ],
  },
  {
    name: 'expected issuedOn impossible',
    input: '233704000100001',
    expect: { issuedOn: '2023-02-29' },
    issues: [{ ...E, code: 'invalid_option', message: '选项“issuedOn”无效：不是有效日期', messageEn: 'Option issuedOn is invalid: is not a valid date', path: ['expect', 'issuedOn'] }],
  },
  {
    name: 'an expectation whose getter throws',
    input: '233704000100001',
    expect: Object.defineProperty({}, 'city', { get: () => { throw new Error('getter'); }, enumerable: true }),
    issues: [{ ...E, code: 'invalid_input', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }],
  },
];

describe('parseCertificateCode (附件3, certificate.code)', () => {
  it.each(cases)('$name', ({ input, expect: want, codes }) => {
    const result = parseCertificateCode(input, want as never);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    expect(isValidCertificateCode(input, want as never)).toBe(codes.length === 0);
    for (const issue of result.issues) expect(['certificate.code', 'selection.code']).toContain(issue.clause);
  });

  it.each(exact)('gives the exact issues: $name', ({ input, expect: want, issues }) => {
    expect(parseCertificateCode(input, want as never)).toEqual({ ok: false, issues });
  });

  it('names where a field is wrong and what was received', () => {
    const result = parseCertificateCode('233704000000001');
    expect(result.issues[0]).toMatchObject({ path: ['institutionSerial'], received: '0000', severity: 'error' });
  });

  it('round-trips format → parse over every city, year and serial', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom(...SHANDONG_CITIES),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 99999 }),
        (year, city, institutionSerial, certificateSerial) => {
          const code = formatCertificateCode({ year, city: city.name, institutionSerial, certificateSerial });
          const parsed = parseCertificateCode(code, { issuedOn: `${year}-06-15`, city: city.code });
          expect(parsed.ok && parsed.value).toEqual({
            code,
            year,
            provinceCode: '37',
            cityCode: city.code,
            cityName: city.name,
            institutionCode: code.slice(2, 10),
            institutionSerial,
            certificateSerial,
          });
          expect(formatCertificateCode({ year, institutionCode: code.slice(2, 10), certificateSerial })).toBe(code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws, and agrees with isValidCertificateCode, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, want) => {
        const result = parseCertificateCode(input, want as never);
        expect(isValidCertificateCode(input, want as never)).toBe(result.ok);
        expect(result.issues.length > 0 || result.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with isValidCertificateCode on random 15-digit strings', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), (code) => {
        const result = parseCertificateCode(code);
        expect(isValidCertificateCode(code)).toBe(result.ok);
        const cityOk = SHANDONG_CITIES.some((c) => c.code === code.slice(4, 6));
        expect(result.ok).toBe(code.startsWith('37', 2) && cityOk && code.slice(6, 10) !== '0000' && code.slice(10) !== '00000');
      }),
    );
  });

  it('never throws on hostile values, as input or as expectation', () => {
    for (const value of hostileValues()) {
      expect(parseCertificateCode(value).ok).toBe(false);
      expect(isValidCertificateCode(value)).toBe(false);
      const withExpect = parseCertificateCode('233704000100001', value as never);
      expect(withExpect.issues.every((issue) => issue.code === 'invalid_option' || issue.code === 'invalid_input')).toBe(true);
      expect(isValidCertificateCode('233704000100001', value as never)).toBe(withExpect.ok);
    }
  });
});
