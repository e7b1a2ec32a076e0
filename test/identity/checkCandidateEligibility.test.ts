import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCandidateEligibility, definePolicy, ZAOZHUANG_2023 } from '../../src/index.js';
import type { Candidate, RuleIssue } from '../../src/index.js';
import { isoDayNumber } from '../../src/core/dates.js';
import { eligibilityIssues } from '../../src/identity/checkCandidateEligibility.js';
import { labelIssues } from '../../src/core/evidence.js';
import { CANDIDATE_FIELDS } from '../../src/identity/labels.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

// 370402200806150070: born 2008-06-15. 370404208402290025: born 2084-02-29.
const cases: { name: string; input: unknown; codes: string[] }[] = [
  { name: 'birthDate: the day before the 16th birthday', input: { birthDate: '2008-06-15', applicationDate: '2024-06-14' }, codes: ['candidate_under_age'] },
  { name: 'birthDate: the 16th birthday counts', input: { birthDate: '2008-06-15', applicationDate: '2024-06-15' }, codes: [] },
  { name: 'birthDate: the day after the 16th birthday', input: { birthDate: '2008-06-15', applicationDate: '2024-06-16' }, codes: [] },
  { name: 'idNumber: the day before the 16th birthday', input: { idNumber: '370402200806150070', applicationDate: '2024-06-14' }, codes: ['candidate_under_age'] },
  { name: 'idNumber: the 16th birthday', input: { idNumber: '370402200806150070', applicationDate: '2024-06-15' }, codes: [] },
  { name: 'idNumber: the day after', input: { idNumber: '370402200806150070', applicationDate: '2024-06-16' }, codes: [] },
  { name: 'both, agreeing', input: { birthDate: '2008-06-15', idNumber: '370402200806150070', applicationDate: '2024-06-15' }, codes: [] },
  { name: 'both, disagreeing (old enough either way)', input: { birthDate: '2000-01-01', idNumber: '370402200806150070', applicationDate: '2030-01-01' }, codes: ['birth_date_mismatch'] },
  { name: 'both, disagreeing (one under age)', input: { birthDate: '2000-01-01', idNumber: '370402200806150070', applicationDate: '2024-01-01' }, codes: ['birth_date_mismatch'] },
  { name: 'both, disagreeing (under age either way)', input: { birthDate: '2009-01-01', idNumber: '370402200806150070', applicationDate: '2024-01-01' }, codes: ['birth_date_mismatch', 'candidate_under_age'] },
  { name: 'lowercase x in the ID', input: { idNumber: '11010519491231002x', applicationDate: '2024-01-01' }, codes: [] },
  { name: 'neither birthDate nor idNumber: missing, not under age', input: { applicationDate: '2024-06-15' }, codes: ['missing_field'] },
  { name: 'no applicationDate', input: { birthDate: '2008-06-15' }, codes: ['missing_field'] },
  { name: 'nothing at all', input: {}, codes: ['missing_field', 'missing_field'] },
  { name: 'an impossible applicationDate', input: { birthDate: '2008-06-15', applicationDate: '2024-02-30' }, codes: ['invalid_date'] },
  { name: 'an impossible birthDate', input: { birthDate: '2008-02-30', applicationDate: '2024-06-15' }, codes: ['invalid_date'] },
  { name: 'a bad ID number and a bad birth date: both listed', input: { birthDate: '2008-13-01', idNumber: '370402200806150071', applicationDate: '2024-06-15' }, codes: ['resident_id_checksum', 'invalid_date'] },
  { name: 'an old 15-digit ID', input: { idNumber: '370402080615007', applicationDate: '2024-06-15' }, codes: ['resident_id_old_format'] },
  { name: 'born after the application date', input: { birthDate: '2025-01-01', applicationDate: '2024-06-15' }, codes: ['candidate_born_after_application'] },
  { name: '29 Feb birth, 16th birthday in a common year: 27 Feb', input: { idNumber: '370404208402290025', applicationDate: '2100-02-27' }, codes: ['candidate_under_age'] },
  { name: '29 Feb birth, 16th birthday in a common year: 28 Feb counts', input: { idNumber: '370404208402290025', applicationDate: '2100-02-28' }, codes: [] },
  { name: '29 Feb birth, 16th birthday in a common year: 1 Mar', input: { idNumber: '370404208402290025', applicationDate: '2100-03-01' }, codes: [] },
  { name: 'a Date as applicationDate, read in UTC+8', input: { birthDate: '2008-06-15', applicationDate: new Date('2024-06-14T16:30:00Z') }, codes: [] },
];

describe('checkCandidateEligibility (二, candidate.age)', () => {
  it.each(cases)('$name', ({ input, codes }) => {
    const result = checkCandidateEligibility(input as never);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    for (const issue of result.issues) expect(issue.clause).toBe('candidate.age');
  });

  it('says the age, the minimum and the date', () => {
    const [issue] = checkCandidateEligibility({ birthDate: '2008-06-15', applicationDate: '2024-06-14' }).issues;
    expect(issue).toMatchObject({ path: ['birthDate'], expected: 16, received: 15 });
    expect(issue?.message).toContain('2024年6月14日');
    const [fromId] = checkCandidateEligibility({ idNumber: '370402200806150071', applicationDate: '2024-06-14' }).issues;
    expect(fromId?.path).toEqual(['idNumber', 'check']);
    const [mismatch] = checkCandidateEligibility({ birthDate: '2000-01-01', idNumber: '370402200806150070', applicationDate: '2030-01-01' }).issues;
    expect(mismatch).toMatchObject({ expected: '2008-06-15', received: '2000-01-01' });
  });

  it('reads the minimum age from the policy', () => {
    const policy = definePolicy({ minCandidateAge: 18 });
    expect(checkCandidateEligibility({ birthDate: '2008-06-15', applicationDate: '2026-06-14' }, { policy }).ok).toBe(false);
    expect(checkCandidateEligibility({ birthDate: '2008-06-15', applicationDate: '2026-06-15' }, { policy }).ok).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ birthDate: '2008-06-15', idNumber: '370402200806150070', applicationDate: '2024-06-15' });
    expect(checkCandidateEligibility(input).ok).toBe(true);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      expect(checkCandidateEligibility(value as never).ok).toBe(false);
      for (const key of ['birthDate', 'idNumber', 'applicationDate']) {
        // an undefined idNumber is simply absent: birthDate decides
        if (key === 'idNumber' && value === undefined) continue;
        expect(checkCandidateEligibility({ birthDate: '2000-01-01', applicationDate: '2024-01-01', [key]: value } as never).ok).toBe(false);
      }
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (birthDate, idNumber, applicationDate) => {
        codesOf(checkCandidateEligibility({ birthDate, idNumber, applicationDate } as never));
      }),
    );
  });
});

describe('checkCandidateEligibility with a policy that lacks its number (issue 12)', () => {
  it('{ policy: {} } is refused, never printed as 「未满 {expected} 周岁」', () => {
    const result = checkCandidateEligibility({ birthDate: '2010-01-01', applicationDate: '2024-01-01' }, { policy: {} } as never);
    expect(result.ok).toBe(false);
    expect(result.issues).toStrictEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'policy.definition',
        message: '选项“policy.minCandidateAge”无效：应为不小于1的整数',
        messageEn: 'Option policy.minCandidateAge is invalid: must be a whole number ≥ 1',
        path: ['policy', 'minCandidateAge'],
        received: 'undefined',
      },
    ]);
  });

  it('a policy spread from ZAOZHUANG_2023 with an override applies the override', () => {
    const input = { birthDate: '2010-01-01', applicationDate: '2024-01-01' };
    expect(codesOf(checkCandidateEligibility(input, { policy: { ...definePolicy({}), minCandidateAge: 14 } }))).toEqual([]);
    expect(codesOf(checkCandidateEligibility(input, { policy: { ...definePolicy({}), minCandidateAge: 15 } }))).toEqual(['candidate_under_age']);
  });
});

describe('eligibilityIssues (the twin checkRegistrations calls with the day and the policy read)', () => {
  const day = (iso: string) => isoDayNumber(iso) as number;
  // 366·N days after the birth the age is taken as reached without counting the years: the rows
  // around that shortcut and around the birthday itself, for N = 1 and N = 16.
  const rows: { name: string; birthDate: string; application: string; age: number; codes: string[] }[] = [
    { name: 'N = 1, the first birthday (365 days, a common year)', birthDate: '2022-03-01', application: '2023-03-01', age: 1, codes: [] },
    { name: 'N = 1, the day before it', birthDate: '2022-03-01', application: '2023-02-28', age: 1, codes: ['candidate_under_age'] },
    { name: 'N = 1, 366 days over a leap day', birthDate: '2023-03-01', application: '2024-03-01', age: 1, codes: [] },
    { name: 'N = 1, 365 days over a leap day: the day before the birthday', birthDate: '2023-03-01', application: '2024-02-29', age: 1, codes: ['candidate_under_age'] },
    { name: 'N = 1, born on 29 February, 365 days later (28 February counts)', birthDate: '2024-02-29', application: '2025-02-28', age: 1, codes: [] },
    { name: 'N = 16, the day before the 16th birthday', birthDate: '2008-06-15', application: '2024-06-14', age: 16, codes: ['candidate_under_age'] },
    { name: 'N = 16, the 16th birthday', birthDate: '2008-06-15', application: '2024-06-15', age: 16, codes: [] },
    { name: 'N = 16, 366·16 days after the birth', birthDate: '2008-06-15', application: '2024-06-27', age: 16, codes: [] },
    { name: 'born after the application', birthDate: '2024-06-16', application: '2024-06-15', age: 16, codes: ['candidate_born_after_application'] },
  ];
  it.each(rows)('$name', ({ birthDate, application, age, codes }) => {
    const policy = definePolicy({ minCandidateAge: age });
    const issues: RuleIssue[] = [];
    eligibilityIssues(undefined, birthDate, day(application), policy, issues);
    expect(issues.map((i) => i.code)).toEqual(codes);
    expect(labelIssues(issues, CANDIDATE_FIELDS)).toEqual(checkCandidateEligibility({ birthDate, applicationDate: application }, { policy }).issues);
  });

  it('gives the issues of checkCandidateEligibility, without the application date\'s own', () => {
    const idNumber = fc.oneof(fc.constant('370402200806150070'), fc.constant('11010519491231002x'), fc.constant('370402200806150071'), fc.string(), fc.constant(undefined));
    const date = fc.oneof(fc.constant('2008-06-15'), fc.constant('2024-06-15'), fc.constant('2024-02-30'), fc.constant(undefined));
    fc.assert(
      fc.property(idNumber, date, date, (id, birthDate, applicationDate) => {
        const issues: RuleIssue[] = [];
        eligibilityIssues(id, birthDate, applicationDate === undefined ? undefined : isoDayNumber(applicationDate), ZAOZHUANG_2023, issues);
        const candidate = { idNumber: id, birthDate, applicationDate } as unknown as Candidate;
        // The check names the fields by their labels (labelIssues); the twin leaves that to its caller.
        expect(labelIssues(issues, CANDIDATE_FIELDS)).toEqual(checkCandidateEligibility(candidate).issues.filter((i) => i.path?.[0] !== 'applicationDate'));
      }),
    );
  });
});
