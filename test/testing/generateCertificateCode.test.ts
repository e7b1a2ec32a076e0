import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidCertificateCode, parseCertificateCode } from '../../src/index.js';
import { generateCertificateCode } from '../../src/testing/index.js';
import { svaErrorOf } from '../helpers/expect.js';

describe('generateCertificateCode (sva-rules/testing)', () => {
  it('keeps the parts given', () => {
    expect(generateCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 })).toBe('233704000100001');
    const code = generateCertificateCode({ institutionCode: '37040012', year: 2025, seed: 3 });
    const parsed = parseCertificateCode(code);
    expect(parsed.ok && parsed.value.institutionCode).toBe('37040012');
    expect(parsed.ok && parsed.value.year).toBe(2025);
    // the institution code takes the place of city and institutionSerial
    expect(generateCertificateCode({ institutionCode: '37040012', city: '12', institutionSerial: 0, year: 2025, certificateSerial: 7 })).toBe('253704001200007');
  });

  it('draws the parts left out from the seed: the same code on every run', () => {
    expect(generateCertificateCode()).toBe('283709981000274');
    expect(generateCertificateCode({ seed: 7 })).toBe('233717699006196');
  });

  it('draws a year from 2023 to 2030 and every city of Shandong', () => {
    const codes = Array.from({ length: 400 }, (_, seed) => parseCertificateCode(generateCertificateCode({ seed })));
    const years = new Set(codes.map((c) => (c.ok ? c.value.year : 0)));
    expect([...years].sort()).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(new Set(codes.map((c) => (c.ok ? c.value.institutionCode.slice(0, 4) : ''))).size).toBe(16);
  });

  it('gives a valid code for every seed, the same code for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const code = generateCertificateCode({ seed });
        expect(isValidCertificateCode(code)).toBe(true);
        expect(generateCertificateCode({ seed })).toBe(code);
      }),
    );
    expect(generateCertificateCode()).toBe(generateCertificateCode({ seed: 1 }));
    expect(new Set(Array.from({ length: 50 }, (_, seed) => generateCertificateCode({ seed }))).size).toBeGreaterThan(45);
  });

  it('throws SvaError for an invalid part given', () => {
    expect(svaErrorOf(() => generateCertificateCode({ city: '12' })).code).toBe('unknown_city');
    expect(svaErrorOf(() => generateCertificateCode({ year: 1999 })).code).toBe('certificate_year_out_of_range');
  });

  it.each(['x', null, [], 7])('throws SvaError invalid_input for options %j', (options) => {
    expect(svaErrorOf(() => generateCertificateCode(options as never)).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'certificate.code',
        message: '输入有误：“options”应为对象',
        messageEn: 'Invalid input: options must be an object',
        path: ['options'],
      },
    ]);
  });

  it('an option that cannot be read is an invalid_input SvaError citing certificate.code', () => {
    const unreadable = Object.defineProperty({}, 'year', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(svaErrorOf(() => generateCertificateCode(unreadable as never)).issues).toEqual([{ code: 'invalid_input', severity: 'error', clause: 'certificate.code', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }]);
  });
});
