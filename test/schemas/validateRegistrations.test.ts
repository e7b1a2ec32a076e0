import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegistrationsSchema, RegistrationsSchema, validateRegistrations } from '../../src/schemas/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const brief = (result: ReturnType<typeof validateRegistrations>) => result.issues.map((i) => [i.code, i.clause, i.path]);

describe('RegistrationsSchema (四2(2))', () => {
  it('accepts registrations by ID number or birth date', () => {
    expect(RegistrationsSchema.safeParse([{ idNumber: '370403199003151230', registeredOn: '2025-10-09' }, { birthDate: '1990-01-01', registeredOn: '2025-10-09' }]).success).toBe(true);
  });

  it('refuses a bad field at its path, in Chinese or English', () => {
    const zh = RegistrationsSchema.safeParse([{ registeredOn: '2025-10-09' }, { idNumber: 1, registeredOn: '2025-10-09' }]);
    expect(zh.error?.issues.map((i) => i.path)).toEqual([[1, 'idNumber']]);
    const en = createRegistrationsSchema({ language: 'en' }).safeParse([{ registeredOn: '2025-13-01' }]);
    expect(en.error?.issues[0]?.message).toBe('Expected a real YYYY-MM-DD date or a valid Date');
  });
});

describe('validateRegistrations', () => {
  it('runs the schema, then checkRegistrations with its options', () => {
    const list = [{ birthDate: '2009-10-10', registeredOn: '2025-10-09' }, { birthDate: 20000101, registeredOn: '2025-10-09' }, { birthDate: '1990-01-01', registeredOn: '2025-10-09' }];
    expect(brief(validateRegistrations(list, { planCandidateCount: 2 }))).toEqual([
      ['schema_invalid', 'candidate.age', [1, 'birthDate']],
      ['candidate_under_age', 'candidate.age', [0, 'birthDate']],
      ['registration_over_capacity', 'registration.eligible', undefined],
    ]);
    expect(validateRegistrations([], { planCandidateCount: 0 })).toEqual({ ok: true, issues: [] });
    expect(brief(validateRegistrations([]))).toEqual([['missing_field', 'registration.eligible', ['planCandidateCount']]]);
  });

  it('not an array: one schema issue citing registration.eligible', () => {
    expect(brief(validateRegistrations({}))).toEqual([['schema_invalid_type', 'registration.eligible', []]]);
  });

  it('a registration that is not an object cites registration.eligible; a field of one, candidate.age', () => {
    expect(validateRegistrations([1], { planCandidateCount: 1 }).issues).toEqual([
      {
        code: 'schema_invalid_type',
        severity: 'error',
        clause: 'registration.eligible',
        message: '第1条报名信息填写有误：应为对象，收到的是数字',
        messageEn: 'Wrong type: registrations no. 1: Invalid input: expected object, received number',
        path: [0],
      },
    ]);
    expect(brief(validateRegistrations([{ registeredOn: '2025-10-09', idNumber: 1 }], { planCandidateCount: 1 }))).toEqual([['schema_invalid_type', 'candidate.age', [0, 'idNumber']]]);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      codesOf(validateRegistrations(value));
      codesOf(validateRegistrations([value]));
      codesOf(validateRegistrations([], value as never));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(validateRegistrations(value))));
    fc.assert(fc.property(fc.array(fc.anything()), (value) => void codesOf(validateRegistrations(value))));
  });
});
