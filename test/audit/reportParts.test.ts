// The parts of the audit report that restate the input: the batch's identity (absent fields stay
// absent) and the steps of 四2 with their first and last days, and whether an error of each step's
// clause was found.
import { describe, expect, it } from 'vitest';
import { batchIdentity, batchTimeline } from '../../src/audit/reportParts.js';
import type { AuditBatchIdentity, AuditTimelineStep } from '../../src/audit/types.js';
import type { RuleIssue } from '../../src/core/issues.js';

describe('batchIdentity', () => {
  it.each<[string, Record<string, unknown>, AuditBatchIdentity]>([
    ['every field given', { batch: { institutionCode: '37040001', item: '面点制作', district: '370403' }, certificates: [{ institution: '某学校' }] }, { institution: '某学校', institutionCode: '37040001', item: '面点制作', district: '370403' }],
    ['no field given', { batch: {} }, {}],
    ['no batch', {}, {}],
    ['a batch that is not an object', { batch: 'x', certificates: 'x' }, {}],
    ['fields that are not text', { batch: { institutionCode: 37040001, item: ['面点制作'], district: 370403 } }, {}],
    ['empty text, as given', { batch: { institutionCode: '', item: '', district: '' } }, { institutionCode: '', item: '', district: '' }],
    ['one institution on every certificate, spaces around it', { certificates: [{ institution: '某学校' }, { institution: ' 某学校 ' }, { institution: '某学校\u3000' }] }, { institution: '某学校' }],
    ['two institutions', { certificates: [{ institution: '某学校' }, { institution: '另一学校' }] }, {}],
    ['one institution, the other certificates without one', { certificates: [null, {}, { institution: 5 }, { institution: '某学校' }] }, { institution: '某学校' }],
    ['one institution, a certificate without one between two with it', { certificates: [{ institution: '某学校' }, {}, { institution: 5 }, null, { institution: '某学校' }] }, { institution: '某学校' }],
    ['two institutions, a certificate without one between them', { certificates: [{ institution: '某学校' }, {}, { institution: '另一学校' }] }, {}],
    ['no certificate', { certificates: [] }, {}],
    ['certificates that are not a list', { certificates: { institution: '某学校' } }, {}],
  ])('%s', (_, input, identity) => {
    expect(batchIdentity(input)).toStrictEqual(identity);
  });
});

describe('batchTimeline', () => {
  const steps = (dates: Partial<Record<AuditTimelineStep['step'], { from?: string; to?: string }>>, failed: readonly string[] = []): AuditTimelineStep[] => {
    const clauses = { announcement: 'announcement.contents', registration: 'registration.eligible', plan: 'plan.deadline', exam: 'plan.review', results_publicity: 'results.publicity', certificates: 'certificate.issuance' } as const;
    return (Object.keys(clauses) as AuditTimelineStep['step'][]).map((step) => ({ step, ...dates[step], clause: clauses[step], ok: !failed.includes(clauses[step]) }));
  };

  it('gives the six steps of 四2 in order, with no date when the input gives none', () => {
    expect(batchTimeline({}, [])).toStrictEqual(steps({}));
    expect(batchTimeline({ batch: 5, registrations: 'x', certificates: 'x' }, [])).toStrictEqual(steps({}));
  });

  it('reads each step\'s dates', () => {
    const input = {
      batch: {
        announcement: { publishedOn: '2025-09-10' },
        plan: { filedOn: '2025-09-28' },
        exam: { startDate: '2025-10-13', endDate: '2025-10-14' },
        resultsPublicity: { start: '2025-10-15', end: '2025-10-21' },
        certificates: { issuedOn: '2025-10-27' },
      },
      registrations: [{ registeredOn: '2025-09-22' }, { registeredOn: '2025-09-20' }, { registeredOn: '2025-09-24' }, { registeredOn: '2025-09-21' }],
      certificates: [{ issuedOn: '2025-10-28' }, { issuedOn: '2025-10-29' }],
    };
    expect(batchTimeline(input, [])).toStrictEqual(
      steps({
        announcement: { from: '2025-09-10' },
        registration: { from: '2025-09-20', to: '2025-09-24' },
        plan: { from: '2025-09-28' },
        exam: { from: '2025-10-13', to: '2025-10-14' },
        results_publicity: { from: '2025-10-15', to: '2025-10-21' },
        certificates: { from: '2025-10-27', to: '2025-10-29' },
      }),
    );
  });

  it.each<[string, Record<string, unknown>, Partial<Record<AuditTimelineStep['step'], { from?: string; to?: string }>>]>([
    ['a one-day exam (no end date)', { batch: { exam: { startDate: '2025-10-13' } } }, { exam: { from: '2025-10-13', to: '2025-10-13' } }],
    ['an exam with an end date only', { batch: { exam: { endDate: '2025-10-14' } } }, { exam: { to: '2025-10-14' } }],
    ['an exam whose end date is not a date', { batch: { exam: { startDate: '2025-10-13', endDate: 'x' } } }, { exam: { from: '2025-10-13', to: '2025-10-13' } }],
    ['a publicity with its end only', { batch: { resultsPublicity: { end: '2025-10-21' } } }, { results_publicity: { to: '2025-10-21' } }],
    ['one registration', { registrations: [{ registeredOn: '2025-09-20' }] }, { registration: { from: '2025-09-20', to: '2025-09-20' } }],
    ['registrations in falling order', { registrations: [{ registeredOn: '2025-09-24' }, { registeredOn: '2025-09-22' }, { registeredOn: '2025-09-20' }] }, { registration: { from: '2025-09-20', to: '2025-09-24' } }],
    ['registrations in rising order', { registrations: [{ registeredOn: '2025-09-20' }, { registeredOn: '2025-09-22' }, { registeredOn: '2025-09-24' }] }, { registration: { from: '2025-09-20', to: '2025-09-24' } }],
    ['registrations with dates that cannot be read', { registrations: [null, { registeredOn: 'x' }, {}, { registeredOn: '2025-09-22' }, { registeredOn: 20250925 }] }, { registration: { from: '2025-09-22', to: '2025-09-22' } }],
    ['certificates issued before the batch says', { batch: { certificates: { issuedOn: '2025-10-27' } }, certificates: [{ issuedOn: '2025-10-20' }] }, { certificates: { from: '2025-10-20', to: '2025-10-27' } }],
    ['certificates without the batch\'s day', { certificates: [{ issuedOn: '2025-10-28' }, null] }, { certificates: { from: '2025-10-28', to: '2025-10-28' } }],
  ])('reads %s', (_, input, dates) => {
    expect(batchTimeline(input, [])).toStrictEqual(steps(dates));
  });

  const issue = (clause: string, severity: 'error' | 'warning'): RuleIssue => ({ code: 'x', severity, clause, message: '某', messageEn: 'x' }) as RuleIssue;

  it('marks a step failed when an error of its clause is in the report, never for a warning or another clause', () => {
    const issues = [issue('plan.deadline', 'error'), issue('results.publicity', 'warning'), issue('certificate.issuance', 'error'), issue('batch.scope', 'error')];
    expect(batchTimeline({}, issues)).toStrictEqual(steps({}, ['plan.deadline', 'certificate.issuance']));
  });
});
