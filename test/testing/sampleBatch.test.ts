import { describe, expect, it } from 'vitest';
import { svaErrorOf } from '../helpers/expect.js';
import { checkBatch, checkCertificate } from '../../src/index.js';
import { sampleBatch, sampleCertificate } from '../../src/testing/index.js';

describe('sampleBatch', () => {
  it('reads a __proto__ key of parsed JSON as a field, never as the prototype', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": true}, "item": "剪纸"}') as Record<string, unknown>;
    const sample = sampleBatch(overrides as never) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(sample)).toBe(Object.prototype);
    expect(sample.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(sample, '__proto__')?.value).toEqual({ polluted: true });
    expect(sample.item).toBe('剪纸');
  });

  it('passes checkBatch as built', () => {
    expect(checkBatch(sampleBatch())).toEqual({ ok: true, issues: [] });
  });

  it('is deterministic and fresh on every call', () => {
    const a = sampleBatch();
    const b = sampleBatch();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.exam).not.toBe(b.exam);
    expect(a.questionBank?.sets).not.toBe(b.questionBank?.sets);
  });

  it('merges overrides shallowly: a section given replaces the whole section', () => {
    const batch = sampleBatch({ exam: { startDate: '2025-10-13' } });
    expect(batch.exam).toEqual({ startDate: '2025-10-13' });
    expect(batch.plan).toEqual(sampleBatch().plan);
    const one = sampleBatch({ exam: { ...sampleBatch().exam, videoRecorded: false } });
    expect(one.exam).toEqual({ ...sampleBatch().exam, videoRecorded: false });
    expect(checkBatch(one).issues.map((i) => i.code)).toEqual(['exam_not_recorded']);
  });

  it('an override of undefined removes the field', () => {
    const batch = sampleBatch({ certificates: undefined });
    expect('certificates' in batch).toBe(false);
    expect(checkBatch(batch).issues.map((i) => i.path?.join('.'))).toEqual([
      'certificates.uploadedOn', 'certificates.approvedOn', 'certificates.issuedOn',
    ]);
  });

  it('its certificate is that of sampleCertificate', () => {
    const batch = sampleBatch();
    const certificate = sampleCertificate();
    expect(certificate.item).toBe(batch.item);
    expect(certificate.issuedOn).toBe(batch.certificates?.issuedOn);
    const options = { institutionCode: batch.institutionCode, resultsPublicityEnd: batch.resultsPublicity?.end as string };
    expect(checkCertificate(certificate, options)).toEqual({ ok: true, issues: [] });
  });

  it.each(['x', null, [], 1])('throws SvaError invalid_input for overrides %j', (overrides) => {
    expect(svaErrorOf(() => sampleBatch(overrides as never)).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'batch.scope',
        message: '输入有误：“overrides”应为对象',
        messageEn: 'Invalid input: overrides must be an object',
        path: ['overrides'],
      },
    ]);
  });

  it('overrides that cannot be read are an invalid_input SvaError citing batch.scope', () => {
    const unreadable = Object.defineProperty({}, 'item', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(svaErrorOf(() => sampleBatch(unreadable as never)).issues).toEqual([{ code: 'invalid_input', severity: 'error', clause: 'batch.scope', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }]);
  });
});
