import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegistrations, definePolicy } from '../../src/index.js';
import type { Registration } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { residentIdCheck } from '../../src/identity/residentId.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

/** A valid resident ID number of Shizhong District for a birth date 'YYYY-MM-DD'. */
function idFor(birthDate: string, sequence = '001'): string {
  const body = `370402${birthDate.replaceAll('-', '')}${sequence}`;
  return body + residentIdCheck(`${body}0`);
}

const adult = (registeredOn = '2025-10-09', extra: Partial<Registration> = {}): Registration => ({ idNumber: idFor('1990-03-15'), registeredOn, ...extra });
/** checkRegistrations with a plan count large enough not to matter, for the rules other than the capacity. */
const counted = (list: readonly Registration[], options: Parameters<typeof checkRegistrations>[1] = {}) => checkRegistrations(list, { planCandidateCount: 1000, ...options });
const brief = (result: ReturnType<typeof checkRegistrations>) => result.issues.map((i) => [i.code, i.clause, i.path]);

describe('checkRegistrations (四2(2) registration.eligible, 二 candidate.age)', () => {
  it('passes eligible candidates within the plan\'s count', () => {
    const list = deepFreeze([adult(), { idNumber: idFor('2000-01-01', '002'), registeredOn: '2025-10-09' }, { birthDate: '2001-05-05', registeredOn: '2025-10-10' }]);
    expect(checkRegistrations(list, { planCandidateCount: 3 })).toEqual({ ok: true, issues: [] });
    expect(counted([])).toEqual({ ok: true, issues: [] });
  });

  // policy.effective: a registration dated before the scheme (2023-04-23) is outside it.
  const effective: { name: string; registeredOn: string; codes: string[] }[] = [
    { name: 'the day before the scheme', registeredOn: '2023-04-22', codes: ['before_policy_effective'] },
    { name: 'the day of the scheme', registeredOn: '2023-04-23', codes: [] },
    { name: 'the day after', registeredOn: '2023-04-24', codes: [] },
  ];
  it.each(effective)('registered $registeredOn ($name) → $codes', ({ registeredOn, codes }) => {
    const result = checkRegistrations([adult(registeredOn)], { planCandidateCount: 1 });
    expect(codesOf(result)).toEqual(codes);
    for (const issue of result.issues) expect(issue).toMatchObject({ clause: 'policy.effective', path: [0, 'registeredOn'] });
  });

  it('reads the scheme\'s date from the policy, and refuses a policy without a real one', () => {
    const policy = definePolicy({ effectiveFrom: '2026-01-01' });
    expect(codesOf(checkRegistrations([adult('2025-12-31')], { policy, planCandidateCount: 1 }))).toEqual(['before_policy_effective']);
    expect(checkRegistrations([adult('2025-12-31')], { policy: { ...policy, effectiveFrom: '2026-02-30' }, planCandidateCount: 1 }).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_option', ['policy', 'effectiveFrom']],
    ]);
  });

  // 16 周岁 on the day of registration: the 16th birthday counts.
  const ages: { name: string; registration: Registration; codes: string[] }[] = [
    { name: 'the day before the 16th birthday', registration: { idNumber: idFor('2009-10-10'), registeredOn: '2025-10-09' }, codes: ['candidate_under_age'] },
    { name: 'on the 16th birthday', registration: { idNumber: idFor('2009-10-10'), registeredOn: '2025-10-10' }, codes: [] },
    { name: 'the day after', registration: { idNumber: idFor('2009-10-10'), registeredOn: '2025-10-11' }, codes: [] },
    { name: 'birth date only, one day short', registration: { birthDate: '2009-10-10', registeredOn: '2025-10-09' }, codes: ['candidate_under_age'] },
    { name: 'born 29 February, registering 28 February of the 16th year', registration: { birthDate: '2008-02-29', registeredOn: '2024-02-28' }, codes: ['candidate_under_age'] },
    { name: 'born 29 February, registering on 29 February of the 16th year', registration: { birthDate: '2008-02-29', registeredOn: '2024-02-29' }, codes: [] },
    { name: 'neither birth date nor ID number: missing evidence', registration: { registeredOn: '2025-10-09' }, codes: ['missing_field'] },
    { name: 'a bad checksum', registration: { idNumber: `${idFor('1990-03-15').slice(0, 17)}${idFor('1990-03-15').endsWith('1') ? '2' : '1'}`, registeredOn: '2025-10-09' }, codes: ['resident_id_checksum'] },
    { name: 'birth dates that disagree', registration: { idNumber: idFor('1990-03-15', '009'), birthDate: '1990-03-16', registeredOn: '2025-10-09' }, codes: ['birth_date_mismatch'] },
    { name: 'registration date missing', registration: { idNumber: idFor('1990-03-15', '009') } as Registration, codes: ['missing_field'] },
    { name: 'registration date impossible', registration: { idNumber: idFor('1990-03-15', '009'), registeredOn: '2025-02-29' }, codes: ['invalid_date'] },
  ];
  it.each(ages)('$name → $codes', ({ registration, codes }) => {
    const result = counted([adult(), registration]);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    for (const issue of result.issues) {
      expect(issue.clause).toBe('candidate.age');
      expect(issue.path?.[0]).toBe(1);
    }
  });

  it('names the registration date, not the application date', () => {
    const [issue] = counted([{ birthDate: '1990-01-01' } as Registration]).issues;
    expect(issue).toMatchObject({ code: 'missing_field', path: [0, 'registeredOn'], message: '未填写第1条报名信息的报名日期' });
  });

  it('an ID number given twice (x and X alike) is reported at the later one', () => {
    const id = idFor('1985-07-04', '004');
    expect(id.endsWith('X')).toBe(true);
    const result = counted([adult(), { idNumber: id, registeredOn: '2025-10-09' }, { idNumber: id.toLowerCase(), registeredOn: '2025-10-10' }, adult()]);
    expect(brief(result)).toEqual([
      ['registration_duplicate_id', 'registration.eligible', [2, 'idNumber']],
      ['registration_duplicate_id', 'registration.eligible', [3, 'idNumber']],
    ]);
    expect(result.issues[0]?.message).toBe('身份证号码与第2条报名信息重复');
  });

  const counts: { count: number; codes: string[] }[] = [
    { count: 6, codes: [] },
    { count: 5, codes: [] },
    { count: 4, codes: ['registration_over_capacity'] },
    { count: 0, codes: ['registration_over_capacity'] },
  ];
  it.each(counts)('5 candidates, a plan for $count → $codes', ({ count, codes }) => {
    const five = Array.from({ length: 5 }, (_, i) => ({ idNumber: idFor('1990-03-15', `00${i}`), registeredOn: '2025-10-09' }));
    const result = checkRegistrations(five, { planCandidateCount: count });
    expect(codesOf(result)).toEqual(codes);
    if (codes.length > 0) expect(result.issues[0]).toMatchObject({ clause: 'registration.eligible', expected: count, received: 5 });
  });

  // Missing is not "no limit": without the plan's count, the capacity is reported as not checked.
  const uncounted: { name: string; list: readonly Registration[] }[] = [
    { name: 'no registration', list: [] },
    { name: 'one registration', list: [adult()] },
    { name: '50 registrations', list: Array.from({ length: 50 }, () => ({ birthDate: '1990-01-01', registeredOn: '2025-10-09' })) },
  ];
  it.each(uncounted)('without the plan\'s count, the capacity is not checked, and that is an error: $name', ({ list }) => {
    expect(checkRegistrations(list)).toEqual({
      ok: false,
      issues: [
        {
          code: 'missing_field',
          severity: 'error',
          clause: 'registration.eligible',
          message: '未填写考核计划的考核人数',
          messageEn: 'planCandidateCount is missing',
          path: ['planCandidateCount'],
        },
      ],
    });
    expect(checkRegistrations(list, { planCandidateCount: list.length })).toEqual({ ok: true, issues: [] });
  });

  it('reads the legal age from the policy', () => {
    const policy = definePolicy({ minCandidateAge: 18 });
    expect(codesOf(counted([{ birthDate: '2008-10-10', registeredOn: '2025-10-09' }], { policy }))).toEqual(['candidate_under_age']);
  });

  it('lists every failure together', () => {
    const result = checkRegistrations(
      [{ birthDate: '2012-01-01', registeredOn: '2025-10-09' }, 'x' as never, adult(), adult(undefined, { birthDate: '2025-13-01' })],
      { planCandidateCount: 2 },
    );
    expect(brief(result)).toEqual([
      ['candidate_under_age', 'candidate.age', [0, 'birthDate']],
      ['invalid_input', 'registration.eligible', [1]],
      ['invalid_date', 'candidate.age', [3, 'birthDate']],
      ['registration_duplicate_id', 'registration.eligible', [3, 'idNumber']],
      ['registration_over_capacity', 'registration.eligible', undefined],
    ]);
  });

  it('refuses bad options and a list that is not an array', () => {
    for (const count of [-1, 1.5, '3', NaN]) {
      expect(codesOf(checkRegistrations([], { planCandidateCount: count as number }))).toEqual(['invalid_option']);
    }
    expect(codesOf(checkRegistrations([], { policy: 'x' as never }))).toEqual(['invalid_option']);
    expect(codesOf(checkRegistrations({} as never, { planCandidateCount: 1 }))).toEqual(['invalid_input']);
    // A list that is not a list is reported alone: there is nothing to count.
    expect(codesOf(checkRegistrations({} as never))).toEqual(['invalid_input']);
    // The capacity not checked comes after the registrations' own issues.
    expect(brief(checkRegistrations([{ birthDate: '2012-01-01', registeredOn: '2025-10-09' }]))).toEqual([
      ['candidate_under_age', 'candidate.age', [0, 'birthDate']],
      ['missing_field', 'registration.eligible', ['planCandidateCount']],
    ]);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      codesOf(checkRegistrations(value as never));
      codesOf(checkRegistrations([value as never]));
      codesOf(checkRegistrations([], value as never));
      codesOf(checkRegistrations([adult()], { planCandidateCount: value as number }));
      codesOf(checkRegistrations([{ idNumber: value as string, birthDate: value as string, registeredOn: value as string }]));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(checkRegistrations(value as never))));
    fc.assert(fc.property(fc.array(fc.anything()), (list) => void codesOf(checkRegistrations(list as never))));
  });
});

describe('checkRegistrations: the exact issue of each code and reason', () => {
  const option = (received: string) => ({
    code: 'invalid_option',
    severity: 'error',
    clause: 'registration.eligible',
    message: '选项“planCandidateCount”无效：应为不小于0的整数',
    messageEn: 'Option planCandidateCount is invalid: must be a whole number, 0 or more',
    path: ['planCandidateCount'],
    received,
  });

  it('a plan\'s count below 0 or not whole, and a list that is not an array', () => {
    expect(checkRegistrations([], { planCandidateCount: -1 })).toStrictEqual({ ok: false, issues: [option('-1')] });
    expect(checkRegistrations({} as never, { planCandidateCount: 1.5 })).toStrictEqual({
      ok: false,
      issues: [
        option('1.5'),
        {
          code: 'invalid_input',
          severity: 'error',
          clause: 'registration.eligible',
          message: '输入有误：报名信息应为列表',
          messageEn: 'Invalid input: registrations must be an array',
          path: ['registrations'],
          received: 'object',
        },
      ],
    });
  });

  it('a count of 0 or more is accepted, on the boundary too', () => {
    expect(checkRegistrations([], { planCandidateCount: 0 })).toEqual({ ok: true, issues: [] });
    expect(checkRegistrations([adult()], { planCandidateCount: 1 })).toEqual({ ok: true, issues: [] });
    expect(checkRegistrations([adult()], { planCandidateCount: Number.MAX_SAFE_INTEGER })).toEqual({ ok: true, issues: [] });
    expect(checkRegistrations([], { planCandidateCount: Number.MAX_SAFE_INTEGER + 1 }).issues).toStrictEqual([option('9007199254740992')]);
  });

  it('an entry that is not an object', () => {
    expect(counted([adult(), 'x' as never]).issues).toStrictEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'registration.eligible',
        message: '输入有误：第2条报名信息应为对象',
        messageEn: 'Invalid input: registration no. 2 must be an object',
        path: [1],
        received: '"x"',
      },
    ]);
  });

  it('an ID number given twice, and more candidates than the plan\'s count', () => {
    const id = idFor('1990-03-15');
    expect(checkRegistrations([adult(), { birthDate: '1990-01-01', registeredOn: '2025-10-09' }, { idNumber: id, registeredOn: '2025-10-10' }], { planCandidateCount: 2 })).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'registration_duplicate_id',
          severity: 'error',
          clause: 'registration.eligible',
          message: '身份证号码与第1条报名信息重复',
          messageEn: 'The ID number repeats that of registration 1',
          path: [2, 'idNumber'],
          received: id,
        },
        {
          code: 'registration_over_capacity',
          severity: 'error',
          clause: 'registration.eligible',
          message: '报名3人，超过考核计划的2人',
          messageEn: '3 candidates registered, more than the plan\u2019s 2',
          expected: 2,
          received: 3,
        },
      ],
    });
  });

  it('a missing birth date is named with the registration\'s index', () => {
    expect(counted([adult(), { registeredOn: '2025-10-09' }]).issues).toStrictEqual([
      { code: 'missing_field', severity: 'error', clause: 'candidate.age', message: '未填写第2条报名信息的出生日期', messageEn: 'registration no. 2, date of birth is missing', path: [1, 'birthDate'] },
    ]);
  });

  it('a registration date that is not a date cites candidate.age at the registration', () => {
    expect(counted([adult(), { birthDate: '1990-01-01', registeredOn: '2025-10-32' }]).issues).toStrictEqual([
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'candidate.age',
        message: '第2条报名信息的报名日期不是真实的日期',
        messageEn: 'registration no. 2, registration date is not a real date (YYYY-MM-DD)',
        path: [1, 'registeredOn'],
        expected: 'YYYY-MM-DD',
        received: '"2025-10-32"',
      },
    ]);
  });
});

describe('checkRegistrations: a registration before the scheme, named as the form names it', () => {
  it('gives the issue: the field 报名日期 under the registration\'s index, both days', () => {
    const found = counted([adult(), adult('2023-04-22')]).issues.find((i) => i.code === 'before_policy_effective');
    expect(found).toMatchObject({
      path: [1, 'registeredOn'],
      expected: '2023-04-23',
      received: '2023-04-22',
    });
    // The field as the form names it, in both languages (the policy's words, not the path).
    expect(found?.message).toContain('报名日期');
    expect(found?.messageEn).toContain('registration date');
  });
});
