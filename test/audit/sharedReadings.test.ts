import { describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/index.js';
import type { AuditInput } from '../../src/audit/index.js';
import { sampleAudit } from '../../src/testing/index.js';

// auditBatch reads each certificate's ID number once only when a registration gave that very
// number and checkRegistrations found it valid; every other ID number is checked on the
// certificate as checkCertificate checks it.
describe('auditBatch: the ID numbers read once across the records', () => {
  const issuesAt = (input: AuditInput, path: string) =>
    auditBatch(input)
      .clauses.flatMap((c) => c.issues)
      .filter((i) => (i.path ?? []).join('.').startsWith(path))
      .map((i) => i.code);
  const withIds = (registered: string, certified: string): AuditInput => {
    const input = sampleAudit({ candidates: 1 });
    const registrations = (input.registrations ?? []).map((r) => ({ ...r, idNumber: registered }));
    const results = (input.results ?? []).map((r) => ({ ...r, idNumber: registered }));
    const certificates = (input.certificates ?? []).map((c) => ({ ...c, idNumber: certified }));
    return { ...input, registrations, results, certificates };
  };
  // 37040219900512001X is valid; 370402199005120131 has a wrong check character.
  const rows: { name: string; registered: string; certified: string; codes: string[] }[] = [
    { name: 'a valid number, the same on both', registered: '37040219900512001X', certified: '37040219900512001X', codes: [] },
    { name: 'registered with X, certified with x: linked, and checked on the certificate', registered: '37040219900512001X', certified: '37040219900512001x', codes: [] },
    { name: 'registered with x, certified with X', registered: '37040219900512001x', certified: '37040219900512001X', codes: [] },
    { name: 'a wrong check character on both: the certificate reports its own', registered: '370402199005120131', certified: '370402199005120131', codes: ['resident_id_checksum'] },
    { name: 'linked once trimmed, but checked as typed on the certificate', registered: '37040219900512001X', certified: ' 37040219900512001X', codes: ['resident_id_length', 'resident_id_characters'] },
    { name: 'a valid number registered, a wrong one certified', registered: '37040219900512001X', certified: '370402199005120131', codes: ['resident_id_checksum', 'certificate_not_registered'] },
  ];
  it.each(rows)('$name', ({ registered, certified, codes }) => {
    expect(issuesAt(withIds(registered, certified), 'certificates.0.idNumber')).toEqual(codes);
  });
});
