import { withOverrides } from './overrides.js';
import type { Certificate } from '../batches/types.js';

/**
 * A certificate of the batch of {@link sampleBatch}, for tests: it passes `checkCertificate`
 * with `{ institutionCode: '37040001', resultsPublicityEnd: '2025-10-21' }` (and with no options),
 * and always gives the same data. The ID number has a valid checksum and a birth date of
 * 1990-03-15; the code is 2025's first certificate of institution 37040001.
 *
 * Overrides are merged shallowly (a certificate has no nested field); a key given as `undefined`
 * removes the field, to test missing evidence.
 *
 * @param overrides - fields to replace.
 * @returns a fresh certificate on every call.
 * @example
 * sampleCertificate().code // '253704000100001'
 * checkCertificate(sampleCertificate({ score: 59.9 })).issues[0].code // 'score_below_pass_mark'
 */
export function sampleCertificate(overrides: Partial<Record<keyof Certificate, unknown>> = {}): Certificate {
  return withOverrides<Certificate>('certificate.contents', () => ({
    name: '张伟',
    idNumber: '370403199003151230',
    item: '面点制作',
    score: 86.5,
    code: '253704000100001',
    institution: '枣庄市某职业培训学校',
    issuedOn: '2025-10-27',
  }), overrides);
}
