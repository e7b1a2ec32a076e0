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
});
