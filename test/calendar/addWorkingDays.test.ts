import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, isWorkingDay } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { ALL_DAYS, refAdd, refIsWorking } from './reference.js';

const anyDay = fc.constantFrom(...ALL_DAYS);
const workingDay = fc.constantFrom(...ALL_DAYS.filter(refIsWorking));

describe('addWorkingDays (三3(2), 四2(3), 四2(5))', () => {
  const cases = [
    { name: 'n = 0 gives the day itself', date: '2024-03-18', n: 0, expected: '2024-03-18' },
    { name: 'n = 0 on a rest day gives the rest day', date: '2024-10-01', n: 0, expected: '2024-10-01' },
    { name: 'Monday + 5 → next Monday', date: '2024-03-11', n: 5, expected: '2024-03-18' },
    { name: 'Monday − 5 → previous Monday', date: '2024-03-18', n: -5, expected: '2024-03-11' },
    { name: 'Friday + 1 → Monday', date: '2024-03-15', n: 1, expected: '2024-03-18' },
    { name: 'Saturday + 1 → Monday (the start is not counted)', date: '2024-03-16', n: 1, expected: '2024-03-18' },
    { name: 'Saturday − 1 → Friday', date: '2024-03-16', n: -1, expected: '2024-03-15' },
    { name: 'over National Day 2024: Monday 30 September + 1', date: '2024-09-30', n: 1, expected: '2024-10-08' },
    { name: 'back over National Day 2024, onto the make-up Sunday', date: '2024-10-08', n: -2, expected: '2024-09-29' },
    { name: 'from a holiday, forward', date: '2024-10-03', n: 1, expected: '2024-10-08' },
    { name: 'over Spring Festival 2025, onto the make-up Saturday', date: '2025-02-05', n: 3, expected: '2025-02-08' },
    { name: 'the first working day of coverage', date: '2023-01-02', n: 1, expected: '2023-01-03' },
    { name: 'to the last covered day', date: '2026-12-30', n: 1, expected: '2026-12-31' },
    { name: '250 working days, about a year', date: '2024-01-02', n: 250, expected: refAdd('2024-01-02', 250) },
  ];
  it.each(cases)('$name', ({ date, n, expected }) => {
    expect(addWorkingDays(date, n)).toBe(expected);
    expect(refAdd(date, n)).toBe(expected);
  });

  it('agrees with the naive day-by-day reference on random queries', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -400, max: 400 }), (date, n) => {
        const expected = refAdd(date, n);
        if (expected === undefined) expect(svaErrorOf(() => addWorkingDays(date, n)).code).toBe('calendar_out_of_range');
        else expect(addWorkingDays(date, n)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('is its own inverse from a working day: add n, then −n', () => {
    fc.assert(
      fc.property(workingDay, fc.integer({ min: -300, max: 300 }), (a, n) => {
        fc.pre(refAdd(a, n) !== undefined);
        expect(addWorkingDays(addWorkingDays(a, n), -n)).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it('relates to countWorkingDays: [a, a + n] holds n working days, plus a when a is one', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 300 }), (a, n) => {
        fc.pre(refAdd(a, n) !== undefined && refAdd(a, -n) !== undefined);
        const extra = isWorkingDay(a) ? 1 : 0;
        expect(countWorkingDays(a, addWorkingDays(a, n))).toBe(n + extra);
        expect(countWorkingDays(addWorkingDays(a, -n), a)).toBe(n + extra);
        expect(isWorkingDay(addWorkingDays(a, n))).toBe(true);
        expect(isWorkingDay(addWorkingDays(a, -n))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const outside = [
    { name: 'past the last covered day', date: '2026-12-31', n: 1, path: ['n'], received: '(2026-12-31, 1)' },
    { name: 'before the first covered day', date: '2023-01-03', n: -2, path: ['n'], received: '(2023-01-03, -2)' },
    { name: 'a huge n', date: '2024-03-18', n: Number.MAX_SAFE_INTEGER, path: ['n'], received: '(2024-03-18, 9007199254740991)' },
    { name: 'a start outside coverage, even with n = 0', date: '2027-01-04', n: 0, path: ['date'], received: '"2027-01-04"' },
  ];
  it.each(outside)('throws calendar_out_of_range: $name', ({ date, n, path, received }) => {
    const error = svaErrorOf(() => addWorkingDays(date, n));
    expect(error.code).toBe('calendar_out_of_range');
    expect(error.issues[0]?.path).toEqual(path);
    expect(error.issues[0]?.received).toBe(received);
  });

  it('names the computation and the calendar in its calendar_out_of_range issue', () => {
    expect(svaErrorOf(() => addWorkingDays('2026-12-31', 1)).issues).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '日历未收录该年（已收录2023年至2026年）的节假日安排',
        messageEn: 'addWorkingDays (2026-12-31, 1) is outside the calendar (2023-01-01/2026-12-31)',
        path: ['n'],
        expected: '2023-01-01/2026-12-31',
        received: '(2026-12-31, 1)',
      },
    ]);
  });

  const badN: { name: string; n: unknown }[] = [
    { name: '1.5', n: 1.5 },
    { name: 'NaN', n: NaN },
    { name: 'Infinity', n: Infinity },
    { name: "'5'", n: '5' },
    { name: 'missing', n: undefined },
    { name: '2^53', n: 2 ** 53 },
  ];
  it.each(badN)('throws invalid_input for n = $name', ({ n }) => {
    const error = svaErrorOf(() => addWorkingDays('2024-03-18', n as number));
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.path).toEqual(['n']);
  });

  it('gives the exact invalid_input issue for n', () => {
    expect(svaErrorOf(() => addWorkingDays('2024-03-18', 1.5)).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '输入有误：工作日天数应为整数',
        messageEn: 'Invalid input: n must be a whole number',
        path: ['n'],
        expected: 'a whole number',
        received: '1.5',
      },
    ]);
  });

  it('reports a bad date and a bad n together', () => {
    expect(svaErrorOf(() => addWorkingDays('2024-02-30', 0.5)).issues.map((i) => i.code)).toEqual(['invalid_date', 'invalid_input']);
  });

  it('throws only SvaError on hostile values', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => addWorkingDays(value as string, 1));
      if (!Number.isSafeInteger(value)) svaErrorOf(() => addWorkingDays('2024-03-18', value as number));
      if (value !== undefined) svaErrorOf(() => addWorkingDays('2024-03-18', 1, value as never));
    }
  });
});
