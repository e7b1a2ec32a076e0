import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstitutionCode, isValidInstitutionCode, parseInstitutionCode, SHANDONG_CITIES } from '../../src/index.js';
import { codesOf, hostileValues, svaErrorOf } from '../helpers/expect.js';

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
  ];
  it.each(invalid)('throws SvaError: $name', ({ input, codes }) => {
    const error = svaErrorOf(() => formatInstitutionCode(input as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.issues.every((i) => i.clause === 'selection.code')).toBe(true);
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
  ];
  it.each(cases)('$name', ({ input, expect: want, codes }) => {
    const result = parseInstitutionCode(input, want as never);
    expect(codesOf(result)).toEqual(codes);
    expect(isValidInstitutionCode(input, want as never)).toBe(codes.length === 0);
    for (const issue of result.issues) expect(issue.clause).toBe('selection.code');
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
