import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/index.js';
import { codesOf, hostileValues, svaErrorOf } from '../helpers/expect.js';

describe('ageOn (二, candidate.age): completed years, 周岁', () => {
  const cases = [
    { name: 'the day before the 16th birthday', birth: '2008-06-15', on: '2024-06-14', age: 15 },
    { name: 'the 16th birthday', birth: '2008-06-15', on: '2024-06-15', age: 16 },
    { name: 'the day after the 16th birthday', birth: '2008-06-15', on: '2024-06-16', age: 16 },
    { name: 'the day of birth', birth: '2008-06-15', on: '2008-06-15', age: 0 },
    { name: 'born 31 December, on 30 December', birth: '2000-12-31', on: '2016-12-30', age: 15 },
    { name: 'born 31 December, on 31 December', birth: '2000-12-31', on: '2016-12-31', age: 16 },
    { name: 'born 1 January, on 31 December of the year before', birth: '2000-01-01', on: '2015-12-31', age: 15 },
    // 29 February: in a common year the birthday is 28 February (民法典 第二百零二条: 月末日).
    { name: '29 Feb birth, 27 Feb of a common year', birth: '2004-02-29', on: '2021-02-27', age: 16 },
    { name: '29 Feb birth, 28 Feb of a common year (the birthday)', birth: '2004-02-29', on: '2021-02-28', age: 17 },
    { name: '29 Feb birth, 1 Mar of a common year', birth: '2004-02-29', on: '2021-03-01', age: 17 },
    { name: '29 Feb birth, 28 Feb of a leap year (not yet)', birth: '2004-02-29', on: '2020-02-28', age: 15 },
    { name: '29 Feb birth, 29 Feb of a leap year', birth: '2004-02-29', on: '2020-02-29', age: 16 },
    { name: '29 Feb birth, 16th birthday in 2100 (a common year): 27 Feb', birth: '2084-02-29', on: '2100-02-27', age: 15 },
    { name: '29 Feb birth, 16th birthday in 2100: 28 Feb', birth: '2084-02-29', on: '2100-02-28', age: 16 },
    { name: '28 Feb birth, 28 Feb of a leap year', birth: '2003-02-28', on: '2020-02-28', age: 17 },
    { name: '1 Mar birth, 29 Feb of a leap year', birth: '2004-03-01', on: '2020-02-29', age: 15 },
  ];
  it.each(cases)('$name → $age', ({ birth, on, age }) => expect(ageOn(birth, on)).toBe(age));

  it('reads a Date as its day in UTC+8', () => {
    // 2024-06-14T16:30Z is 00:30 on 15 June in China: the 16th birthday.
    expect(ageOn('2008-06-15', new Date('2024-06-14T16:30:00Z'))).toBe(16);
    expect(ageOn('2008-06-15', new Date('2024-06-14T15:30:00Z'))).toBe(15);
    expect(ageOn(new Date('2008-06-14T16:00:00Z'), '2024-06-15')).toBe(16);
  });

  it('throws SvaError for bad dates (every one) and a day before birth', () => {
    expect(svaErrorOf(() => ageOn('2023-02-29', '2024-13-01')).issues.map((i) => i.code)).toEqual(['invalid_date', 'invalid_date']);
    const before = svaErrorOf(() => ageOn('2008-06-15', '2008-06-14'));
    expect(before.code).toBe('age_before_birth');
    expect(before.issues[0]).toMatchObject({ clause: 'candidate.age', expected: '2008-06-15', received: '2008-06-14' });
    for (const value of hostileValues()) {
      svaErrorOf(() => ageOn(value as never, '2024-01-01'));
      svaErrorOf(() => ageOn('2000-01-01', value as never));
    }
  });

  it('agrees with a count of birthdays passed, and never decreases', () => {
    const day = fc.integer({ min: 0, max: 60_000 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40_000 }), (from, span) => {
        const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
        const birth = iso(from);
        const on = iso(from + span);
        const age = ageOn(birth, on);
        const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
        const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
        const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const birthdayDay = bm === 2 && bd === 29 && !isLeap(oy) ? 28 : bd;
        const expected = oy - by - (om < bm || (om === bm && od < birthdayDay) ? 1 : 0);
        expect(age).toBe(expected);
        expect(ageOn(birth, iso(from + span + 1))).toBeGreaterThanOrEqual(age);
      }),
    );
  });

  it('builds well-formed issues', () => {
    try {
      ageOn('x', 'y');
    } catch (error) {
      expect(codesOf({ ok: false, issues: (error as { issues: never[] }).issues })).toEqual(['invalid_date', 'invalid_date']);
    }
  });
});
