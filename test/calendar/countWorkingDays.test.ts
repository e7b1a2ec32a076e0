import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { ALL_DAYS, refCount } from './reference.js';

describe('countWorkingDays (三3(2), 四2(5))', () => {
  const cases = [
    { name: 'one working day', start: '2024-03-18', end: '2024-03-18', expected: 1 },
    { name: 'one rest day', start: '2024-03-16', end: '2024-03-16', expected: 0 },
    { name: 'Monday to Friday', start: '2024-03-11', end: '2024-03-15', expected: 5 },
    { name: 'Monday to Thursday', start: '2024-03-11', end: '2024-03-14', expected: 4 },
    { name: 'Monday to Saturday', start: '2024-03-11', end: '2024-03-16', expected: 5 },
    { name: 'National Day week 2024', start: '2024-10-01', end: '2024-10-07', expected: 0 },
    { name: 'the week around National Day 2024, with its make-up Sunday', start: '2024-09-29', end: '2024-10-12', expected: 7 },
    { name: 'end before start', start: '2024-03-15', end: '2024-03-11', expected: 0 },
    { name: 'the whole of 2024', start: '2024-01-01', end: '2024-12-31', expected: refCount('2024-01-01', '2024-12-31') },
    { name: 'all of 2023–2026', start: '2023-01-01', end: '2026-12-31', expected: 996 },
  ];
  it.each(cases)('$name: $expected', ({ start, end, expected }) => {
    expect(countWorkingDays(start, end)).toBe(expected);
    expect(refCount(start, end)).toBe(expected);
  });

  it.each([
    { year: 2023, expected: 249 },
    { year: 2024, expected: 251 },
    { year: 2025, expected: 248 },
    { year: 2026, expected: 248 },
  ])('$year has $expected working days', ({ year, expected }) => {
    expect(countWorkingDays(`${year}-01-01`, `${year}-12-31`)).toBe(expected);
    expect(refCount(`${year}-01-01`, `${year}-12-31`)).toBe(expected);
  });

  it('agrees with the naive day-by-day reference on random spans', () => {
    const day = fc.constantFrom(...ALL_DAYS);
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(countWorkingDays(a, b)).toBe(a <= b ? refCount(a, b) : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('is additive: [a, m] + [m + 1, b] = [a, b]', () => {
    const index = fc.integer({ min: 0, max: ALL_DAYS.length - 1 });
    fc.assert(
      fc.property(index, index, index, (i, j, k) => {
        const [a, m, b] = [i, j, k].sort((x, y) => x - y).map((x) => ALL_DAYS[x] as string) as [string, string, string];
        const after = ALL_DAYS[ALL_DAYS.indexOf(m) + 1];
        const rest = after === undefined || after > b ? 0 : countWorkingDays(after, b);
        expect(countWorkingDays(a, m) + rest).toBe(countWorkingDays(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('reads Dates in China time', () => {
    expect(countWorkingDays(new Date('2024-09-30T16:30:00Z'), new Date('2024-10-07T15:30:00Z'))).toBe(0);
  });

  it('throws calendar_out_of_range for either end outside coverage, and reports both', () => {
    const error = svaErrorOf(() => countWorkingDays('2022-12-31', '2027-01-01'));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['calendar_out_of_range', ['start']],
      ['calendar_out_of_range', ['end']],
    ]);
    expect(svaErrorOf(() => countWorkingDays('2027-01-05', '2027-01-04')).code).toBe('calendar_out_of_range');
  });

  it('does not take an error thrown by a Date it reads for its own issues, even one carrying a list of issues', () => {
    // Such as a validation library's error: it is not an SvaError, so the Date is no valid date.
    const foreign = Object.assign(new Error('foreign'), { issues: [{ code: 'foreign' }] });
    class ThrowingDate extends Date {
      override getTime(): number {
        throw foreign;
      }
    }
    expect(svaErrorOf(() => countWorkingDays(new ThrowingDate(), '2024-03-18')).issues).toEqual([
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '“start”不是真实的日期',
        messageEn: 'start is not a real date (YYYY-MM-DD)',
        path: ['start'],
        expected: 'YYYY-MM-DD',
        received: 'object',
      },
    ]);
  });

  it('throws only SvaError on hostile values', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => countWorkingDays(value as string, '2024-03-18'));
      svaErrorOf(() => countWorkingDays('2024-03-18', value as string));
    }
  });
});
