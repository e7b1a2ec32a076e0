// Every check that takes `options.policy`, given a random partial policy: it never throws, and no
// message keeps a placeholder or says "undefined" (issue 12: 「未满 {expected} 周岁」). A policy
// that lacks a number the check reads, or holds an impossible one, is refused with invalid_option.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseIndex } from '../../scripts/clausesDoc.js';
import * as root from '../../src/index.js';
import { ZAOZHUANG_2023 } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { sampleBatch, sampleCertificate, sampleInstitutionApplication } from '../../src/testing/index.js';

/** Each check that takes options.policy, with an input that makes it apply its numbers. */
const CHECKS: { name: string; run: (options: unknown) => { readonly ok: boolean; readonly issues: readonly RuleIssue[] } }[] = [
  {
    name: 'checkAllocation',
    run: (o) =>
      root.checkAllocation(
        [
          { institution: 'A', item: '面点制作', district: '370402' },
          { institution: 'B', item: '面点制作', district: '370402' },
          { institution: 'A', item: '剪纸', district: '370402' },
          { institution: 'A', item: '茶艺', district: '370403' },
        ],
        o as never,
      ),
  },
  {
    name: 'checkNewAssignment',
    run: (o) =>
      root.checkNewAssignment(
        [
          { institution: 'B', item: '面点制作', district: '370402' },
          { institution: 'A', item: '剪纸', district: '370403' },
        ],
        { institution: 'A', item: '面点制作', district: '370402' },
        o as never,
      ),
  },
  { name: 'checkCandidateEligibility', run: (o) => root.checkCandidateEligibility({ birthDate: '2010-01-01', applicationDate: '2024-01-01' }, o as never) },
  {
    name: 'checkQuestionBank',
    run: (o) => root.checkQuestionBank({ sets: [{ id: 'A', tasks: ['t'] }], approvedOn: '2024-01-01' }, { ...(o as object), usedOn: '2024-03-18' } as never),
  },
  {
    name: 'checkInstitutionApplication',
    run: (o) => {
      const app = sampleInstitutionApplication();
      const recent = app.items.map((item) => ({ ...item, trainingSince: app.applicationDate }));
      return root.checkInstitutionApplication({ ...app, items: [...recent, { ...recent[0], name: '剪纸' }, { ...recent[0], name: '茶艺' }] } as never, o as never);
    },
  },
  { name: 'checkBatch', run: (o) => root.checkBatch({ ...sampleBatch(), plan: { ...sampleBatch().plan, filedOn: '2025-09-30' } } as never, o as never) },
  { name: 'checkCertificate', run: (o) => root.checkCertificate({ ...sampleCertificate(), score: 59 } as never, o as never) },
  { name: 'checkRegistrations', run: (o) => root.checkRegistrations([{ idNumber: '370402200910150011', registeredOn: '2025-10-14' }] as never, o as never) },
  { name: 'checkScore', run: (o) => root.checkScore(59.9, o as never) },
  { name: 'checkPublicityPeriod', run: (o) => root.checkPublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-08' }, o as never) },
  { name: 'checkSelection', run: (o) => root.checkSelection({ publicity: { start: '2024-03-11', end: '2024-03-14' }, objections: [], codeAssignedOn: '2024-03-18' }, o as never) },
  { name: 'checkAnnualSummary', run: (o) => root.checkAnnualSummary({ year: 2024, submittedOn: '2025-01-05' } as never, '2025-02-01', o as never) },
  {
    name: 'auditBatch',
    run: (o) => {
      const report = root.auditBatch(
        { batch: sampleBatch(), registrations: [{ idNumber: '370402200910150011', registeredOn: '2025-10-14' }], certificates: [sampleCertificate({ score: 59 })] } as never,
        o as never,
      );
      return { ok: report.ok, issues: report.clauses.flatMap((c) => c.issues) };
    },
  },
];

const KEYS = Object.keys(ZAOZHUANG_2023).filter((k) => k !== 'clauses');
const value = fc.oneof(
  fc.integer({ min: -2, max: 120 }),
  fc.constantFrom(0, 1, 5, 60, 100, 9999, 10_000, 99_999, 100_000, 1.5, NaN, Infinity, '5', '', null, undefined, 'warning', 'error'),
  fc.constantFrom({ month: 12, day: 31 }, { month: 13, day: 1 }, { month: 12 }, {}, []),
  fc.anything(),
);
/** A policy with any subset of the keys, each any value; half the time spread over ZAOZHUANG_2023. */
const partialPolicy = fc
  .tuple(fc.boolean(), fc.record(Object.fromEntries(KEYS.map((k) => [k, value])), { requiredKeys: [] }))
  .map(([spread, numbers]) => (spread ? { ...ZAOZHUANG_2023, ...numbers } : numbers));

describe('every check that takes options.policy, with a random partial policy', () => {
  it.each(CHECKS)('$name never throws and never prints a placeholder or "undefined"', ({ run }) => {
    fc.assert(
      fc.property(partialPolicy, (policy) => {
        const result = run({ policy });
        for (const issue of result.issues) {
          for (const message of [issue.message, issue.messageEn]) {
            expect(message).not.toMatch(/[{}]/);
            expect(message).not.toContain('undefined');
          }
        }
      }),
    );
  });

  it.each(CHECKS)('$name refuses an empty policy with invalid_option, and applies ZAOZHUANG_2023 spread with no change', ({ run }) => {
    const refused = run({ policy: {} });
    expect(refused.ok).toBe(false);
    expect(refused.issues.length).toBeGreaterThan(0);
    expect(refused.issues.every((i) => i.code === 'invalid_option' && i.clause === 'policy.definition')).toBe(true);
    expect(run({ policy: { ...ZAOZHUANG_2023 } })).toEqual(run(undefined));
  });

  it('covers every exported check that reads the policy through the door', () => {
    // The functions whose code reaches the door (core/policyOptions.ts, which cites
    // policy.definition), as docs/clauses.md lists them; of those, the ones that never throw.
    const reads = (clauseIndex()['policy.definition']?.functions ?? []).filter((name) => /^(check|audit)/.test(name));
    expect(reads.sort()).toEqual(CHECKS.map((c) => c.name).sort());
  });
});
