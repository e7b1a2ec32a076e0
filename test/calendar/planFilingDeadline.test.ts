import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, definePolicy, isWorkingDay, planFilingDeadline } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { ALL_DAYS, nextDay, refCount } from './reference.js';

describe('planFilingDeadline (四2(3), plan.deadline)', () => {
  const cases = [
    { name: 'exam on Monday 2024-03-18 (the reading of clauses.md)', exam: '2024-03-18', expected: '2024-03-11' },
    { name: 'exam on a Saturday', exam: '2024-03-16', expected: '2024-03-11' },
    { name: 'exam on a Friday', exam: '2024-03-15', expected: '2024-03-08' },
    { name: 'exam right after National Day 2024, over the make-up Sunday', exam: '2024-10-08', expected: '2024-09-25' },
    { name: 'exam right after National Day 2023, over two make-up days', exam: '2023-10-09', expected: '2023-09-26' },
    { name: 'exam right after Spring Festival 2025', exam: '2025-02-05', expected: '2025-01-22' },
    { name: 'exam right after Spring Festival 2026', exam: '2026-02-24', expected: '2026-02-10' },
    { name: 'exam on a holiday', exam: '2024-10-03', expected: '2024-09-25' },
  ];
  it.each(cases)('$name: $exam → $expected', ({ exam, expected }) => {
    expect(planFilingDeadline(exam)).toBe(expected);
    // The reading: 5 working days from the deadline to the day before the exam, both included.
    expect(refCount(expected, nextDay(exam, -1))).toBe(5);
  });

  it('is addWorkingDays(examStart, −5), a working day with 5 working days to the exam', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_DAYS.slice(30)), (exam) => {
        const deadline = planFilingDeadline(exam);
        expect(deadline).toBe(addWorkingDays(exam, -5));
        expect(isWorkingDay(deadline)).toBe(true);
        expect(countWorkingDays(deadline, nextDay(exam, -1))).toBe(5);
      }),
      { numRuns: 300 },
    );
  });

  it('reads planFilingWorkingDays from the policy', () => {
    expect(planFilingDeadline('2024-03-18', { policy: definePolicy({ planFilingWorkingDays: 1 }) })).toBe('2024-03-15');
  });

  it('throws calendar_out_of_range, citing plan.deadline, when the deadline would precede coverage', () => {
    const error = svaErrorOf(() => planFilingDeadline('2023-01-05'));
    expect(error.issues[0]).toMatchObject({ code: 'calendar_out_of_range', clause: 'plan.deadline', path: ['examStart'] });
    expect(svaErrorOf(() => planFilingDeadline('2027-01-11')).issues[0]?.clause).toBe('plan.deadline');
  });

  it('reads a Date in China time', () => {
    expect(planFilingDeadline(new Date('2024-10-07T16:30:00Z'))).toBe('2024-09-25');
  });

  it('throws only SvaError on hostile values', () => {
    for (const value of hostileValues()) svaErrorOf(() => planFilingDeadline(value as string));
    svaErrorOf(() => planFilingDeadline('2024-03-18', { policy: { planFilingWorkingDays: -1 } as never }));
    svaErrorOf(() => planFilingDeadline('2024-03-18', 7 as never));
  });
});
