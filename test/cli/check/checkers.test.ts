import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertificateChecker } from '../../../src/cli/check/certificateChecker.js';
import { checkerOf } from '../../../src/cli/check/checkers.js';
import { RegistrationChecker } from '../../../src/cli/check/registrationChecker.js';
import type { RuleIssue } from '../../../src/core/issues.js';
import { validateAssignmentList } from '../../../src/schemas/validateAssignmentList.js';
import { validateCertificate } from '../../../src/schemas/validateCertificate.js';
import { validateRegistrations } from '../../../src/schemas/validateRegistrations.js';
import { sampleCertificate } from '../../../src/testing/sampleCertificate.js';
import { idNumber } from './arbitraries.js';

const codes = (issues: readonly RuleIssue[] | undefined) => (issues ?? []).map((i) => i.code);

describe('CertificateChecker', () => {
  it("gives a certificate validateCertificate's issues, with the institution given", () => {
    const checker = new CertificateChecker({ institutionCode: '37040002' });
    const c = sampleCertificate();
    expect(checker.check(c, 2)).toEqual(validateCertificate(c, { institutionCode: '37040002' }).issues);
    expect(codes(checker.check(c, 2))).toContain('certificate_code_institution_mismatch');
  });

  const a = sampleCertificate();
  const cases: { name: string; records: object[]; expected: string[][] }[] = [
    { name: 'different codes and holders', records: [a, { ...a, code: '253704000100002', idNumber: '37040319900315006X' }], expected: [[], []] },
    { name: 'a code twice', records: [a, { ...a, idNumber: '37040319900315006X' }], expected: [[], ['certificate_code_repeated']] },
    { name: 'a holder twice for one item', records: [a, { ...a, code: '253704000100002' }], expected: [[], ['certificate_holder_repeated']] },
    { name: 'a holder twice, x and X', records: [{ ...a, idNumber: '37040319900315006x' }, { ...a, idNumber: '37040319900315006X', code: '253704000100002' }], expected: [[], ['certificate_holder_repeated']] },
    { name: 'one holder, two items', records: [a, { ...a, code: '253704000100002', item: '中式烹调' }], expected: [[], []] },
    { name: 'one item written with other white space or width', records: [a, { ...a, code: '253704000100002', item: ' 面点 制作' }], expected: [[], ['certificate_holder_repeated']] },
    {
      name: 'an invalid code and ID number twice still count',
      records: [{ ...a, code: 'ABC', idNumber: '123' }, { ...a, code: 'ABC', idNumber: '123' }],
      expected: [
        ['resident_id_length', 'certificate_code_characters', 'certificate_code_length'],
        ['resident_id_length', 'certificate_code_characters', 'certificate_code_length', 'certificate_code_repeated', 'certificate_holder_repeated'],
      ],
    },
  ];
  it.each(cases)('across the file: $name', ({ records, expected }) => {
    const checker = new CertificateChecker();
    expect(records.map((r, i) => codes(checker.check(r, i + 2)))).toEqual(expected);
  });

  it('names the line of the first certificate in the message', () => {
    const checker = new CertificateChecker();
    checker.check(a, 7);
    const issue = checker.check({ ...a, idNumber: '37040319900315006X' }, 9)[0];
    expect(issue).toMatchObject({ code: 'certificate_code_repeated', clause: 'certificate.code', path: ['code'], received: a.code });
    expect(issue?.message).toBe(`证书编号${a.code}与第7行的证书重复`);
  });
});

describe('RegistrationChecker', () => {
  const registration = fc.record(
    { idNumber, birthDate: fc.constantFrom('2000-01-01', '2009-10-15', '2024-02-30'), registeredOn: fc.constantFrom('2025-10-14', '2025-10-15', 'x') },
    { requiredKeys: ['registeredOn'] },
  );

  it('gives, record by record, the issues validateRegistrations gives the whole list', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: registration }, { weight: 1, arbitrary: fc.constantFrom(null, 3) }), { maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 8 })), (list, count) => {
        const planCandidateCount = count ?? undefined;
        const checker = new RegistrationChecker(planCandidateCount === undefined ? {} : { planCandidateCount });
        const ofFile = (issue: RuleIssue) => issue.code === 'registration_over_capacity' || issue.path?.[0] === 'planCandidateCount';
        const streamed = list.flatMap((r, i) => checker.check(r).map((issue) => ({ ...issue, path: ofFile(issue) ? issue.path : [i, ...(issue.path ?? [])] })));
        const whole = validateRegistrations(list, planCandidateCount === undefined ? {} : { planCandidateCount }).issues;
        const over = (issues: readonly { code: string }[]) => issues.some((i) => i.code === 'registration_over_capacity');
        expect(over(streamed)).toBe(over(whole));
        // Without a count the capacity is reported as not checked, once, as the whole list reports it (a file has a record).
        const notChecked = (issues: readonly RuleIssue[]) => issues.filter((i) => i.code === 'missing_field' && i.path?.[0] === 'planCandidateCount');
        expect(notChecked(streamed as RuleIssue[])).toEqual(list.length === 0 ? [] : notChecked(whole));
        // The same code at the same place; a repeated ID number names the same first registration.
        const key = (i: RuleIssue) => `${JSON.stringify(i.path)} ${i.code} ${i.code === 'registration_duplicate_id' ? i.message : ''}`;
        // The capacity is the file's (--plan-count, or none): the whole list without a count reports it as not checked.
        const capacity = (i: RuleIssue) => i.code === 'registration_over_capacity' || i.path?.[0] === 'planCandidateCount';
        const others = (issues: readonly RuleIssue[]) => issues.filter((i) => !capacity(i)).map(key).sort();
        expect(others(streamed as RuleIssue[])).toEqual(others(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('names the field of the registration, not its place in a one-item list', () => {
    const [issue] = new RegistrationChecker().check({ registeredOn: '2025-10-14' });
    expect(issue).toMatchObject({ code: 'missing_field', path: ['birthDate'] });
    expect(issue?.message).not.toContain('[0]');
    expect(issue?.messageEn).not.toContain('[0]');
  });

  it('fails every registration after the plan count, saying which one it is', () => {
    const checker = new RegistrationChecker({ planCandidateCount: 1 });
    expect(codes(checker.check({ birthDate: '2000-01-01', registeredOn: '2025-10-14' }))).toEqual([]);
    const [issue] = checker.check({ birthDate: '2000-01-02', registeredOn: '2025-10-14' });
    expect(issue).toMatchObject({ code: 'registration_over_capacity', expected: 1, received: 2 });
  });
});

describe('the list checker (allocation rows)', () => {
  it("gives each row the issues of validateAssignmentList over the whole file, at the end", () => {
    const rows = [
      { institution: 'A', item: '面点制作', district: '市中区' },
      { institution: 'B', item: '面点制作', district: '市中区' },
      { institution: 'A', item: '茶艺', district: '不存在区' },
    ];
    const checker = checkerOf('assignment');
    expect(rows.map((r, i) => checker.check(r, i + 2))).toEqual([undefined, undefined, undefined]);
    const results = checker.finish();
    const whole = validateAssignmentList(rows).issues;
    expect(results.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(results.flatMap((r, i) => r.issues.map((issue) => ({ ...issue, path: [i, ...(issue.path ?? [])] })))).toEqual(expect.arrayContaining(whole as RuleIssue[]));
    expect(results.flatMap((r) => r.issues)).toHaveLength(whole.length);
    expect(whole.length).toBeGreaterThan(0);
  });
});
