import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCertificateCode, isValidCertificateCode, parseCertificateCode, SHANDONG_CITIES } from '../../src/index.js';
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
];

describe('parseCertificateCode (附件3, certificate.code)', () => {
  it.each(cases)('$name', ({ input, expect: want, codes }) => {
    const result = parseCertificateCode(input, want as never);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    expect(isValidCertificateCode(input, want as never)).toBe(codes.length === 0);
    for (const issue of result.issues) expect(['certificate.code', 'selection.code']).toContain(issue.clause);
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
