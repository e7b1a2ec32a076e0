import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFilingDeadlineDay } from '../../src/calendar/planFilingDeadline.js';
import { addWorkingDays, countWorkingDays, createWorkdayCalendar, definePolicy, isWorkingDay, planFilingDeadline } from '../../src/index.js';
import type { SvaError } from '../../src/index.js';
import { hostileValues, invalidDateIssue, svaErrorOf } from '../helpers/expect.js';
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

  // 'window' (issue 14 §7): filed within the 5 working days before the exam; the last day is the day before it.
  const window = definePolicy({ planFilingReading: 'window' });
  const windows = [
    { name: 'a Monday exam: the Sunday before', exam: '2024-03-18', expected: '2024-03-17' },
    { name: 'a Saturday exam: the Friday before', exam: '2024-03-16', expected: '2024-03-15' },
    { name: 'the exam after National Day: 7 October, a holiday', exam: '2024-10-08', expected: '2024-10-07' },
    { name: 'the calendar\'s first covered exam that has a 5th working day before it', exam: '2023-01-10', expected: '2023-01-09' },
  ];
  it.each(windows)('window reading: $name → $expected', ({ exam, expected }) => {
    expect(planFilingDeadline(exam, { policy: window })).toBe(expected);
    expect(planFilingDeadline(exam, { policy: definePolicy({ planFilingReading: 'deadline' }) })).toBe(planFilingDeadline(exam));
  });

  it('window reading: the last day is the day before the exam whatever the calendar, even when its first day is not covered', () => {
    expect(planFilingDeadline('2023-01-05', { policy: window })).toBe('2023-01-04');
    expect(planFilingDeadline('2027-01-11', { policy: window })).toBe('2027-01-10');
    expect(planFilingDeadline('2030-01-01', { policy: window })).toBe('2029-12-31');
  });

  // Past the calendar's end (Thursday 2026-12-31): the exam's own day is not counted, so the deadline
  // of an exam on the first uncovered day is decided by the covered days; one day later it is not.
  const pastTheEnd = [
    { name: 'an exam on the calendar\'s last day', exam: '2026-12-31', expected: '2026-12-24' },
    { name: 'an exam on the first uncovered day', exam: '2027-01-01', expected: '2026-12-25' },
    { name: 'an exam on the second uncovered day', exam: '2027-01-02', expected: 'calendar_out_of_range' },
    { name: 'an exam on the first covered day', exam: '2023-01-01', expected: 'calendar_out_of_range' },
  ];
  it.each(pastTheEnd)('$name: $exam → $expected', ({ exam, expected }) => {
    if (expected === 'calendar_out_of_range') expect(svaErrorOf(() => planFilingDeadline(exam)).code).toBe(expected);
    else expect(planFilingDeadline(exam)).toBe(expected);
  });

  it('gives the deadline of an exam on the first uncovered day as a longer calendar does, whatever the next year brings (property)', () => {
    const jan2027 = Array.from({ length: 31 }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`);
    const weekend = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0;
    fc.assert(
      fc.property(fc.subarray(jan2027.filter((d) => !weekend(d))), fc.subarray(jan2027.filter(weekend)), fc.integer({ min: 1, max: 30 }), (offDays, workDays, n) => {
        const longer = createWorkdayCalendar({ years: { '2027': { offDays, workDays } } });
        const policy = definePolicy({ planFilingWorkingDays: n });
        expect(planFilingDeadline('2027-01-01', { policy, calendar: longer })).toBe(planFilingDeadline('2027-01-01', { policy }));
      }),
    );
  });

  it('refuses a policy without a reading', () => {
    const rest: Record<string, unknown> = { ...definePolicy({}) };
    delete rest.planFilingReading;
    expect(svaErrorOf(() => planFilingDeadline('2024-03-18', { policy: rest as never })).issues.map((i) => i.path)).toEqual([['policy', 'planFilingReading']]);
  });

  it('reads planFilingWorkingDays from the policy', () => {
    expect(planFilingDeadline('2024-03-18', { policy: definePolicy({ planFilingWorkingDays: 1 }) })).toBe('2024-03-15');
  });

  it('throws calendar_out_of_range, citing plan.deadline, when the deadline would precede coverage', () => {
    expect(svaErrorOf(() => planFilingDeadline('2023-01-05')).issues).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'plan.deadline',
        message: '日历未收录该年（已收录2023年至2026年）的节假日安排',
        messageEn: 'planFilingDeadline (2023-01-05, 5) is outside the calendar (2023-01-01/2026-12-31)',
        path: ['examStart'],
        expected: '2023-01-01/2026-12-31',
        received: '(2023-01-05, 5)',
      },
    ]);
    // The first deadline inside coverage: 2023-01-03 … 2023-01-09 are the first 5 working days.
    expect(planFilingDeadline('2023-01-10')).toBe('2023-01-03');
    expect(svaErrorOf(() => planFilingDeadline('2023-01-09')).code).toBe('calendar_out_of_range');
  });

  it('throws calendar_out_of_range, citing plan.deadline, for an exam day outside coverage', () => {
    expect(svaErrorOf(() => planFilingDeadline('2027-01-11')).issues).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'plan.deadline',
        message: '日历未收录2027年（已收录2023年至2026年）的节假日安排',
        messageEn: 'examStart "2027-01-11" is outside the calendar (2023-01-01/2026-12-31)',
        path: ['examStart'],
        expected: '2023-01-01/2026-12-31',
        received: '"2027-01-11"',
      },
    ]);
  });

  it('throws invalid_option for options that are not an object', () => {
    expect(svaErrorOf(() => planFilingDeadline('2024-03-18', 7 as never)).issues).toEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'plan.deadline',
        message: '选项“options”无效：应为对象',
        messageEn: 'Option options is invalid: must be an object',
        path: ['options'],
        received: '7',
      },
    ]);
  });

  it('reads a Date in China time', () => {
    expect(planFilingDeadline(new Date('2024-10-07T16:30:00Z'))).toBe('2024-09-25');
  });

  it('gives the exact issue of an exam day that is not a real date', () => {
    expect(svaErrorOf(() => planFilingDeadline('2024-02-30')).issues).toEqual([invalidDateIssue('plan.deadline', 'examStart', '"2024-02-30"', '考试开始日期')]);
  });

  it('throws only SvaError on hostile values', () => {
    for (const value of hostileValues()) svaErrorOf(() => planFilingDeadline(value as string));
    svaErrorOf(() => planFilingDeadline('2024-03-18', { policy: { planFilingWorkingDays: -1 } as never }));
    svaErrorOf(() => planFilingDeadline('2024-03-18', 7 as never));
  });
});

describe('planFilingDeadlineDay (the day-number twin the other areas call)', () => {
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  // One day before coverage through one day after, so both out-of-range answers are compared too.
  const days = ['2022-12-31', ...ALL_DAYS, '2027-01-01'];

  it('gives planFilingDeadline\'s answer, and its exact issues placed at the path given (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...days), fc.integer({ min: 1, max: 30 }), (exam, n) => {
        const options = { policy: definePolicy({ planFilingWorkingDays: n }) };
        let expected: number | SvaError;
        try {
          expected = dayOf(planFilingDeadline(exam, options));
        } catch (error) {
          expected = error as SvaError;
        }
        if (typeof expected === 'number') {
          expect(planFilingDeadlineDay(dayOf(exam), options, ['exam', 'startDate'])).toBe(expected);
        } else {
          const placed = expected.issues.map((i) => ({ ...i, path: ['exam', 'startDate'] }));
          expect(svaErrorOf(() => planFilingDeadlineDay(dayOf(exam), options, ['exam', 'startDate'])).issues).toEqual(placed);
        }
      }),
    );
  });

  it('places an exam whose deadline is not covered at [\'examStart\'] when no path is given', () => {
    expect(svaErrorOf(() => planFilingDeadlineDay(dayOf('2023-01-05'), undefined)).issues.map((i) => [i.code, i.path])).toEqual([['calendar_out_of_range', ['examStart']]]);
  });

  it('places a bad option at the option\'s own path, not at the caller\'s field', () => {
    const error = svaErrorOf(() => planFilingDeadlineDay(dayOf('2024-03-18'), { calendar: {} }, ['exam', 'startDate']));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['invalid_option', ['calendar']]]);
  });
});
