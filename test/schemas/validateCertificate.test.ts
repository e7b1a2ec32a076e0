import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertificateSchema, createCertificateSchema, validateCertificate } from '../../src/schemas/index.js';
import { sampleCertificate } from '../../src/testing/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const OPTIONS = { institutionCode: '37040001', resultsPublicityEnd: '2025-10-21' };
const brief = (result: ReturnType<typeof validateCertificate>) => result.issues.map((i) => [i.code, i.clause, i.path]);

describe('CertificateSchema (附件4)', () => {
  it('accepts the sample certificate, a score as text and a Date', () => {
    expect(CertificateSchema.safeParse(sampleCertificate()).success).toBe(true);
    expect(CertificateSchema.safeParse(sampleCertificate({ score: '86.5', issuedOn: new Date('2025-10-27T00:00:00+08:00') })).success).toBe(true);
  });

  it('speaks Chinese by default and English on request', () => {
    expect(CertificateSchema.safeParse(sampleCertificate({ score: null })).error?.issues[0]?.message).toBe('应为数字，如59.5');
    expect(createCertificateSchema({ language: 'en' }).safeParse(sampleCertificate({ score: null })).error?.issues[0]?.message).toBe(
      'Expected a finite number or a decimal string (such as "59.5")',
    );
    expect(createCertificateSchema({ language: 'en' }).safeParse(sampleCertificate({ name: 1 })).error?.issues[0]?.message).toMatch(
      /^Invalid input: expected string/,
    );
  });

  it.each(['name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'])('requires %s', (field) => {
    const result = CertificateSchema.safeParse(sampleCertificate({ [field]: undefined }));
    expect(result.error?.issues.map((i) => i.path)).toEqual([[field]]);
  });
});

describe('validateCertificate', () => {
  it('passes the sample', () => {
    expect(validateCertificate(sampleCertificate(), OPTIONS)).toEqual({ ok: true, issues: [] });
  });

  it('reports the rules once the shape is right', () => {
    expect(brief(validateCertificate(sampleCertificate({ score: 59.9, issuedOn: '2025-10-21' }), OPTIONS))).toEqual([
      ['score_below_pass_mark', 'score.pass', ['score']],
      ['certificates_issued_too_early', 'certificate.issuance', ['issuedOn']],
    ]);
  });

  it('a shape issue is told once, with the clause of its field', () => {
    expect(brief(validateCertificate(sampleCertificate({ code: 253704000100001 })))).toEqual([['schema_invalid_type', 'certificate.code', ['code']]]);
    expect(brief(validateCertificate(sampleCertificate({ score: true })))).toEqual([['schema_invalid', 'score.scale', ['score']]]);
    expect(brief(validateCertificate(sampleCertificate({ name: undefined })))).toEqual([['schema_invalid_type', 'certificate.contents', ['name']]]);
  });

  it('not an object: one schema issue', () => {
    for (const value of [null, 1, 'x', []]) expect(codesOf(validateCertificate(value))).toEqual(['schema_invalid_type']);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      expect(validateCertificate(value).ok).toBe(false);
      codesOf(validateCertificate(sampleCertificate(), value as never));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(validateCertificate(value, OPTIONS))));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'), fc.anything()), (patch) => {
        codesOf(validateCertificate(sampleCertificate(patch), OPTIONS));
      }),
    );
  });
});
