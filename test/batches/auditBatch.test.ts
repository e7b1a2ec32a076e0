import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/index.js';
import type { AuditInput } from '../../src/index.js';
import { sampleBatch } from '../../src/testing/index.js';
import { expectWellFormed } from '../helpers/expect.js';

const read = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8')) as AuditInput;

describe('auditBatch', () => {
  it('holds every clause of the sample batch run by the book (examples/sample-batch.json)', () => {
    const report = auditBatch(read('sample-batch.json'));
    expect(report.ok).toBe(true);
    expect(report.errors).toBe(0);
    expect(report.clauses.map((c) => c.clause)).toEqual([
      'assessment.method', 'bank.sets', 'bank.approval', 'score.pass', 'batch.scope', 'announcement.contents',
      'registration.eligible', 'plan.deadline', 'plan.contents', 'plan.review', 'exam.site', 'exam.notices', 'exam.video',
      'results.publicity', 'certificate.issuance', 'certificate.code', 'certificate.contents', 'archive.contents',
      'supervision.violations',
    ]);
    expect(report.passRate).toEqual({ candidates: 4, passed: 3, passRate: '75.00' });
  });

  it('finds every planted fault of examples/batch-with-problems.json, grouped by clause, with paths', () => {
    const report = auditBatch(read('batch-with-problems.json'));
    expect(report.ok).toBe(false);
    const failed = Object.fromEntries(
      report.clauses.filter((c) => !c.ok).map((c) => [c.clause, c.issues.map((i) => `${i.code}@${(i.path ?? []).join('.')}`)]),
    );
    expect(failed).toEqual({
      'candidate.age': ['candidate_under_age@registrations.4.idNumber'],
      'score.pass': ['score_below_pass_mark@certificates.1.score'],
      'registration.eligible': ['registration_duplicate_id@registrations.5.idNumber', 'registration_over_capacity@registrations'],
      'plan.deadline': ['plan_filed_late@batch.plan.filedOn'],
      'results.publicity': ['publicity_too_short@batch.resultsPublicity.end'],
      'certificate.code': ['certificate_code_year_mismatch@certificates.2.code.year'],
      'archive.contents': ['archive_document_missing@archive.documents.video_recordings'],
    });
    expect(report.errors).toBe(8);
    for (const c of report.clauses) expectWellFormed(c.issues);
  });

  it('checks only the batch when nothing else is given, and reports a missing batch', () => {
    const report = auditBatch({ batch: sampleBatch() });
    expect(report.ok).toBe(true);
    expect(report.clauses.map((c) => c.clause)).not.toContain('registration.eligible');
    expect(report.passRate).toBeUndefined();
    const empty = auditBatch({} as AuditInput);
    expect(empty.ok).toBe(false);
    expect(auditBatch(null as unknown as AuditInput).ok).toBe(false);
  });

  it('leaves out the pass rate when a score is invalid, and never throws', () => {
    const report = auditBatch({ batch: sampleBatch(), scores: [60, 'x'] });
    expect(report.passRate).toBeUndefined();
  });
});
