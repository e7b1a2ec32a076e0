import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstitutionCode, isValidInstitutionCode, parseInstitutionCode, SHANDONG_CITIES } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { codesOf, hostileValues, svaErrorOf } from '../helpers/expect.js';

const E = { severity: 'error', clause: 'selection.code' } as const;

describe('formatInstitutionCode (三3(2), selection.code)', () => {
  const valid = [
    { name: 'serial 1', input: { city: '04', serial: 1 }, expected: '37040001' },
    { name: 'serial 9999', input: { city: '04', serial: 9999 }, expected: '37049999' },
    { name: 'city by name', input: { city: '枣庄', serial: 1 }, expected: '37040001' },
    { name: 'city by name with 市', input: { city: '枣庄市', serial: 12 }, expected: '37040012' },
    { name: 'city 11', input: { city: '11', serial: 1 }, expected: '37110001' },
    { name: 'city 13', input: { city: '13', serial: 1 }, expected: '37130001' },
    { name: 'city 17', input: { city: '17', serial: 1 }, expected: '37170001' },
  ];
  it.each(valid)('$name', ({ input, expected }) => expect(formatInstitutionCode(input)).toBe(expected));

  const invalid: { name: string; input: unknown; codes: string[] }[] = [
    { name: 'serial 0', input: { city: '04', serial: 0 }, codes: ['institution_serial_out_of_range'] },
    { name: 'serial 10000', input: { city: '04', serial: 10000 }, codes: ['institution_serial_out_of_range'] },
    { name: 'serial 1.5', input: { city: '04', serial: 1.5 }, codes: ['institution_serial_out_of_range'] },
    { name: 'serial "1"', input: { city: '04', serial: '1' }, codes: ['institution_serial_out_of_range'] },
    { name: 'city 12', input: { city: '12', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city 18', input: { city: '18', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city " 04"', input: { city: ' 04', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city missing', input: { serial: 1 }, codes: ['unknown_city'] },
    { name: 'both wrong', input: { city: '莱芜', serial: -1 }, codes: ['unknown_city', 'institution_serial_out_of_range'] },
    { name: 'city ""', input: { city: '', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city "0" (one digit of a code)', input: { city: '0', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city "1济" (across a code and a name)', input: { city: '1济', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city "01济南" (code and name together)', input: { city: '01济南', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city "市枣庄" (市 in front)', input: { city: '市枣庄', serial: 1 }, codes: ['unknown_city'] },
    { name: 'city "枣庄市市"', input: { city: '枣庄市市', serial: 1 }, codes: ['unknown_city'] },
    { name: 'input a number', input: 5, codes: ['invalid_input'] },
  ];
  it.each(invalid)('throws SvaError: $name', ({ input, codes }) => {
    const error = svaErrorOf(() => formatInstitutionCode(input as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.issues.every((i) => i.clause === 'selection.code')).toBe(true);
  });

  const exact: { name: string; input: unknown; issues: RuleIssue[] }[] = [
    {
      name: 'city 12',
      input: { city: '12', serial: 1 },
      issues: [
        { ...E, code: 'unknown_city', message: '“12”不是山东省的市（请填写两位市级代码，如04，或市名，如枣庄）', messageEn: '"12" is not a Shandong city (give a two-digit code such as 04, or a name such as 枣庄)', path: ['city'], received: '"12"' },
      ],
    },
    {
      name: 'serial 10000',
      input: { city: '04', serial: 10000 },
      issues: [
        { ...E, code: 'institution_serial_out_of_range', message: '考核机构序列码应为1至9999之间的整数', messageEn: 'The institution serial must be a whole number from 1 to 9999; received 10000', path: ['serial'], expected: 9999, received: '10000' },
      ],
    },
    {
      name: 'input null',
      input: null,
      issues: [{ ...E, code: 'invalid_input', message: '输入有误：“input”应为对象', messageEn: 'Invalid input: input must be an object', path: ['input'] }],
    },
  ];
  it.each(exact)('throws the exact issues: $name', ({ input, issues }) => {
    const error = svaErrorOf(() => formatInstitutionCode(input as never));
    expect(error.issues).toEqual(issues);
    expect(error.code).toBe(issues[0]?.code);
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) svaErrorOf(() => formatInstitutionCode(value as never));
  });
});

describe('parseInstitutionCode (三3(2), selection.code)', () => {
  const cases: { name: string; input: unknown; expect?: unknown; codes: string[] }[] = [
    { name: 'valid', input: '37040001', codes: [] },
    { name: 'serial 0000', input: '37040000', codes: ['institution_code_serial'] },
    { name: 'serial 9999', input: '37049999', codes: [] },
    { name: 'city 12', input: '37120001', codes: ['institution_code_city'] },
    { name: 'city 18', input: '37180001', codes: ['institution_code_city'] },
    { name: 'province 11', input: '11040001', codes: ['institution_code_province'] },
    { name: '7 characters', input: '3704001', codes: ['institution_code_length'] },
    { name: '9 characters', input: '370400011', codes: ['institution_code_length'] },
    { name: 'surrounding spaces', input: ' 37040001 ', codes: ['institution_code_whitespace', 'institution_code_length'] },
    { name: 'full-width', input: '３７０４０００１', codes: ['institution_code_fullwidth'] },
    { name: 'letters', input: '3704000A', codes: ['institution_code_characters'] },
    { name: 'a number', input: 37040001, codes: ['institution_code_type'] },
    { name: 'expected city matches', input: '37040001', expect: { city: '枣庄' }, codes: [] },
    { name: 'expected city differs', input: '37040001', expect: { city: '01' }, codes: ['institution_code_city_mismatch'] },
    { name: 'expected city unknown', input: '37040001', expect: { city: '12' }, codes: ['invalid_option'] },
    { name: 'a String object', input: new String('37040001'), codes: ['institution_code_type'] },
    { name: 'an object with length 8', input: { length: 8 }, codes: ['institution_code_type'] },
    // The character classes, at their boundaries (one code point below, on, above).
    { name: '7 digits ending in 9', input: '3704999', codes: ['institution_code_length'] },
    { name: "'/' (below 0)", input: '3704000/', codes: ['institution_code_characters'] },
    { name: "':' (above 9)", input: '3704000:', codes: ['institution_code_characters'] },
    { name: 'U+0008 (below tab)', input: '3704000\u0008', codes: ['institution_code_characters'] },
    { name: 'tab U+0009', input: '3704000\t', codes: ['institution_code_whitespace'] },
    { name: 'carriage return U+000D', input: '3704000\r', codes: ['institution_code_whitespace'] },
    { name: 'U+000E (above carriage return)', input: '3704000\u000e', codes: ['institution_code_characters'] },
    { name: 'space U+0020', input: '3704000 ', codes: ['institution_code_whitespace'] },
    { name: 'no-break space U+00A0', input: '3704000\u00a0', codes: ['institution_code_whitespace'] },
    { name: 'U+1FFF (below en quad)', input: '3704000\u1fff', codes: ['institution_code_characters'] },
    { name: 'en quad U+2000', input: '3704000\u2000', codes: ['institution_code_whitespace'] },
    { name: 'zero-width space U+200B', input: '3704000\u200b', codes: ['institution_code_whitespace'] },
    { name: 'U+200C (above zero-width space)', input: '3704000\u200c', codes: ['institution_code_characters'] },
    { name: 'ideographic space U+3000', input: '3704000\u3000', codes: ['institution_code_whitespace'] },
    { name: 'byte order mark U+FEFF', input: '3704000\ufeff', codes: ['institution_code_whitespace'] },
    { name: 'U+FF0F (below full-width 0)', input: '3704000\uff0f', codes: ['institution_code_characters'] },
    { name: 'full-width 0 U+FF10', input: '3704000\uff10', codes: ['institution_code_fullwidth'] },
    { name: 'full-width 9 U+FF19', input: '3704000\uff19', codes: ['institution_code_fullwidth'] },
    { name: 'U+FF1A (above full-width 9)', input: '3704000\uff1a', codes: ['institution_code_characters'] },
    { name: 'white space, full-width and other at once', input: ' ３A', codes: ['institution_code_whitespace', 'institution_code_fullwidth', 'institution_code_characters', 'institution_code_length'] },
  ];
  it.each(cases)('$name', ({ input, expect: want, codes }) => {
    const result = parseInstitutionCode(input, want as never);
    expect(codesOf(result)).toEqual(codes);
    expect(isValidInstitutionCode(input, want as never)).toBe(codes.length === 0);
    for (const issue of result.issues) expect(issue.clause).toBe('selection.code');
  });

  // One representative of each issue code and reason text, compared whole.
  const exact: { name: string; input: unknown; expect?: unknown; issues: RuleIssue[] }[] = [
    {
      name: 'a number',
      input: 37040001,
      issues: [
        { ...E, code: 'institution_code_type', message: '考核机构代码应为文字', messageEn: 'The institution code must be a string; received 37040001', expected: 'string', received: '37040001' },
      ],
    },
    {
      name: 'surrounding spaces',
      input: ' 37040001 ',
      issues: [
        { ...E, code: 'institution_code_whitespace', message: '考核机构代码“ 37040001 ”含有空格或其他空白字符，请删除', messageEn: 'The institution code " 37040001 " contains spaces or other white space; remove them', received: '" 37040001 "' },
        { ...E, code: 'institution_code_length', message: '考核机构代码应为8位，实为10位', messageEn: 'The institution code must have 8 digits; it has 10', expected: 8, received: 10 },
      ],
    },
    {
      name: 'full-width',
      input: '３７０４０００１',
      issues: [
        { ...E, code: 'institution_code_fullwidth', message: '考核机构代码“３７０４０００１”含有全角数字，请改为半角数字0至9', messageEn: 'The institution code "３７０４０００１" contains full-width digits; use the digits 0 to 9', received: '"３７０４０００１"' },
      ],
    },
    {
      name: 'a letter',
      input: '3704000A',
      issues: [
        { ...E, code: 'institution_code_characters', message: '考核机构代码“3704000A”含有数字以外的字符，只能由阿拉伯数字0至9组成', messageEn: 'The institution code "3704000A" may contain only the digits 0 to 9', received: '"3704000A"' },
      ],
    },
    {
      name: 'province 11',
      input: '11040001',
      issues: [
        { ...E, code: 'institution_code_province', message: '考核机构代码第1至2位是省级代码，应为37（山东省），实为11', messageEn: 'Digits 1 to 2 (the province) must be 37 (Shandong); they are 11', path: ['provinceCode'], expected: '37', received: '11' },
      ],
    },
    {
      name: 'city 12',
      input: '37120001',
      issues: [
        { ...E, code: 'institution_code_city', message: '考核机构代码第3至4位12不是山东省的市级代码', messageEn: 'Digits 3 to 4 (12) are not the code of a Shandong city', path: ['cityCode'], received: '12' },
      ],
    },
    {
      name: 'serial 0000',
      input: '37040000',
      issues: [
        { ...E, code: 'institution_code_serial', message: '考核机构代码第5至8位是序列码，应为0001至9999，不能为0000', messageEn: 'Digits 5 to 8 (the institution serial) must be 0001 to 9999, not 0000', path: ['serial'], received: '0000' },
      ],
    },
    {
      name: 'expected city differs',
      input: '37040001',
      expect: { city: '01' },
      issues: [
        { ...E, code: 'institution_code_city_mismatch', message: '考核机构代码的市级代码为04，应为01', messageEn: 'The city code 04 of the institution code is not the expected 01', path: ['cityCode'], expected: '01', received: '04' },
      ],
    },
    {
      name: 'expected city unknown',
      input: '37040001',
      expect: { city: '12' },
      issues: [{ ...E, code: 'invalid_option', message: '选项“city”无效：不是山东省的市', messageEn: 'Option city is invalid: is not a Shandong city', path: ['expect', 'city'] }],
    },
    {
      name: 'expect not an object',
      input: '37040001',
      expect: 1,
      issues: [{ ...E, code: 'invalid_option', message: '选项“expect”无效：应为对象', messageEn: 'Option expect is invalid: must be an object', path: ['expect'] }],
    },
    {
      name: 'an expectation whose getter throws',
      input: '37040001',
      expect: Object.defineProperty({}, 'city', { get: () => { throw new Error('getter'); }, enumerable: true }),
      issues: [{ ...E, code: 'invalid_input', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }],
    },
  ];
  it.each(exact)('gives the exact issues: $name', ({ input, expect: want, issues }) => {
    expect(parseInstitutionCode(input, want as never)).toEqual({ ok: false, issues });
  });

  it('gives every part', () => {
    expect(parseInstitutionCode('37169999')).toEqual({
      ok: true,
      issues: [],
      value: { code: '37169999', provinceCode: '37', cityCode: '16', cityName: '滨州', serial: 9999 },
    });
  });

  it('round-trips format → parse over every city and serial', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHANDONG_CITIES), fc.integer({ min: 1, max: 9999 }), (city, serial) => {
        const code = formatInstitutionCode({ city: city.code, serial });
        const parsed = parseInstitutionCode(code, { city: city.name });
        expect(parsed.ok && parsed.value).toEqual({ code, provinceCode: '37', cityCode: city.code, cityName: city.name, serial });
      }),
    );
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, want) => {
        expect(parseInstitutionCode(input, want as never).ok).toBe(isValidInstitutionCode(input, want as never));
      }),
    );
    for (const value of hostileValues()) {
      expect(parseInstitutionCode(value).ok).toBe(false);
      parseInstitutionCode('37040001', value as never);
    }
  });
});

describe('SHANDONG_CITIES', () => {
  it('lists the 16 cities of 附件3, 01–17 without 12, and is frozen', () => {
    expect(SHANDONG_CITIES.map((c) => c.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '13', '14', '15', '16', '17']);
    expect(SHANDONG_CITIES.find((c) => c.code === '04')?.name).toBe('枣庄');
    expect(Object.isFrozen(SHANDONG_CITIES)).toBe(true);
    expect(Object.isFrozen(SHANDONG_CITIES[0])).toBe(true);
  });
});
