import { describe, expect, it } from 'vitest';
import { svaErrorOf } from '../helpers/expect.js';
import { checkCertificate, isValidCertificateCode, isValidResidentIdNumber } from '../../src/index.js';
import { sampleCertificate } from '../../src/testing/index.js';

describe('sampleCertificate', () => {
  it('reads a __proto__ key of parsed JSON as a field, never as the prototype', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": true}, "name": "王芳"}') as Record<string, unknown>;
    const sample = sampleCertificate(overrides as never) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(sample)).toBe(Object.prototype);
    expect(sample.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(sample, '__proto__')?.value).toEqual({ polluted: true });
    expect(sample.name).toBe('王芳');
  });

  it('passes checkCertificate as built, with and without options', () => {
    expect(checkCertificate(sampleCertificate())).toEqual({ ok: true, issues: [] });
    expect(checkCertificate(sampleCertificate(), { institutionCode: '37040001', resultsPublicityEnd: '2025-10-21' })).toEqual({ ok: true, issues: [] });
    expect(isValidResidentIdNumber(sampleCertificate().idNumber)).toBe(true);
    expect(isValidCertificateCode(sampleCertificate().code, { issuedOn: sampleCertificate().issuedOn, institutionCode: '37040001' })).toBe(true);
  });

  it('is deterministic and fresh on every call', () => {
    expect(sampleCertificate()).toEqual(sampleCertificate());
    expect(sampleCertificate()).not.toBe(sampleCertificate());
  });

  it('takes overrides; undefined removes a field', () => {
    expect(sampleCertificate({ score: 59.9 }).score).toBe(59.9);
    expect(checkCertificate(sampleCertificate({ score: 59.9 })).issues.map((i) => i.code)).toEqual(['score_below_pass_mark']);
    const without = sampleCertificate({ name: undefined });
    expect('name' in without).toBe(false);
    expect(checkCertificate(without).issues.map((i) => i.code)).toEqual(['missing_field']);
  });

  it.each(['x', null, [], 1])('throws SvaError invalid_input for overrides %j', (overrides) => {
    expect(svaErrorOf(() => sampleCertificate(overrides as never)).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'certificate.contents',
        message: '输入有误：“overrides”应为对象',
        messageEn: 'Invalid input: overrides must be an object',
        path: ['overrides'],
      },
    ]);
  });

  it('overrides that cannot be read are an invalid_input SvaError citing certificate.contents', () => {
    const unreadable = Object.defineProperty({}, 'score', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(svaErrorOf(() => sampleCertificate(unreadable as never)).issues).toEqual([{ code: 'invalid_input', severity: 'error', clause: 'certificate.contents', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }]);
  });
});
