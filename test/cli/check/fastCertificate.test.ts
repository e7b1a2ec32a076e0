import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertificateValidator } from '../../../src/cli/check/fastCertificate.js';
import { isPlainResidentId } from '../../../src/cli/check/residentId.js';
import { isValidResidentIdNumber } from '../../../src/identity/isValidResidentIdNumber.js';
import { parseResidentIdNumber } from '../../../src/identity/parseResidentIdNumber.js';
import { validateCertificate } from '../../../src/schemas/validateCertificate.js';
import { sampleCertificate } from '../../../src/testing/sampleCertificate.js';
import { certificate, idNumber } from './arbitraries.js';

describe('CertificateValidator (the fast path)', () => {
  it('gives exactly the issues of validateCertificate, record after record, on random registers', () => {
    fc.assert(
      fc.property(fc.array(certificate, { maxLength: 40 }), fc.constantFrom(undefined, '37040001', '37040002'), (records, institutionCode) => {
        const options = institutionCode === undefined ? {} : { institutionCode };
        const validator = new CertificateValidator(options);
        for (const record of records) {
          const issues = validator.issues(record);
          expect(issues).toEqual(validateCertificate(record, options).issues);
          if (validator.passedFast) expect(isPlainResidentId((record as { idNumber: string }).idNumber)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same issues for valid certificates sharing a template, and catches the one bad field', () => {
    const validator = new CertificateValidator();
    const validate = (record: unknown) => validator.issues(record);
    const good = sampleCertificate();
    expect(validate(good)).toEqual([]);
    expect(validate({ ...good, code: '253704000100002' })).toEqual([]);
    for (const bad of [
      { score: 59.5 },
      { code: '253704000100000' },
      { idNumber: '370403199003151231' },
      { name: ' ' },
      { item: ' ' },
      { item: '' },
      { institution: ' ' },
      { issuedOn: '2024-10-27' },
    ]) {
      const record = { ...good, ...bad };
      expect(validate(record)).toEqual(validateCertificate(record).issues);
      expect(validate(record).length).toBeGreaterThan(0);
    }
    // Other templates, valid or not as the library says (another institution, another city).
    for (const other of [{ code: '253704000200001' }, { code: '253701000100001' }, { code: '253712000100001' }, { item: '中式烹调' }]) {
      const record = { ...good, ...other };
      expect(validate(record)).toEqual(validateCertificate(record).issues);
      expect(validate(record)).toEqual(validateCertificate(record).issues);
    }
  });

  it('reads ID numbers as parseResidentIdNumber does (valid with no issue)', () => {
    fc.assert(
      fc.property(idNumber, (id) => {
        if (typeof id !== 'string') return;
        const parsed = parseResidentIdNumber(id);
        expect(isPlainResidentId(id)).toBe(parsed.ok && parsed.issues.length === 0);
        expect(isPlainResidentId(id)).toBe(isValidResidentIdNumber(id));
      }),
      { numRuns: 2000 },
    );
  });
});
