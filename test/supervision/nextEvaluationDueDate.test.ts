import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, nextEvaluationDueDate } from '../../src/index.js';
import { dayNumberOf, isoOfDayNumber } from '../../src/core/dates.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

describe('nextEvaluationDueDate (六(四), supervision.evaluation)', () => {
  const cases: { name: string; last: string | Date; expected: string }[] = [
    { name: 'the same day 3 years later', last: '2023-06-15', expected: '2026-06-15' },
    { name: '29 February → 28 February', last: '2024-02-29', expected: '2027-02-28' },
    { name: '28 February of a leap year', last: '2024-02-28', expected: '2027-02-28' },
    { name: '1 March', last: '2024-03-01', expected: '2027-03-01' },
    { name: '29 February 2096 → 28 February 2099', last: '2096-02-29', expected: '2099-02-28' },
    { name: '31 December', last: '2023-12-31', expected: '2026-12-31' },
    { name: 'a Date read in UTC+8', last: new Date('2023-06-14T16:00:00Z'), expected: '2026-06-15' },
    { name: '31 December 9996 → the last representable day', last: '9996-12-31', expected: '9999-12-31' },
  ];
  it.each(cases)('$name', ({ last, expected }) => {
    expect(nextEvaluationDueDate(last)).toBe(expected);
  });

  it('reads the interval from the policy', () => {
    expect(nextEvaluationDueDate('2024-02-29', { policy: definePolicy({ evaluationIntervalYears: 4 }) })).toBe('2028-02-29');
    expect(nextEvaluationDueDate('2024-02-29', { policy: definePolicy({ evaluationIntervalYears: 1 }) })).toBe('2025-02-28');
  });

  const bad: { name: string; last: unknown; options?: unknown; code: string; clause?: string }[] = [
    { name: '29 February of a common year', last: '2023-02-29', code: 'invalid_date' },
    { name: 'a number', last: 20230615, code: 'invalid_date' },
    { name: 'Invalid Date', last: new Date(NaN), code: 'invalid_date' },
    { name: 'past 9999', last: '9998-01-01', code: 'evaluation_due_out_of_range' },
    { name: '1 January 9997: past 9999', last: '9997-01-01', code: 'evaluation_due_out_of_range' },
    { name: 'a zero interval', last: '2023-06-15', options: { policy: { evaluationIntervalYears: 0 } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'a fractional interval', last: '2023-06-15', options: { policy: { evaluationIntervalYears: 1.5 } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'an interval of 10000 years', last: '2023-06-15', options: { policy: { evaluationIntervalYears: 10_000 } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'options not an object', last: '2023-06-15', options: 3, code: 'invalid_option' },
  ];
  it.each(bad)('throws SvaError: $name', ({ last, options, code, clause = 'supervision.evaluation' }) => {
    const error = svaErrorOf(() => nextEvaluationDueDate(last as never, options as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.clause).toBe(clause);
  });

  it('throws the exact issue of a bad date and of a due date past 9999', () => {
    expect(svaErrorOf(() => nextEvaluationDueDate('2023-6-15')).issues).toEqual([
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'supervision.evaluation',
        message: '上次评估日期不是真实的日期',
        messageEn: 'lastEvaluatedOn is not a real date (YYYY-MM-DD)',
        path: ['lastEvaluatedOn'],
        expected: 'YYYY-MM-DD',
        received: '"2023-6-15"',
      },
    ]);
    expect(svaErrorOf(() => nextEvaluationDueDate('9997-01-01')).issues).toEqual([
      {
        code: 'evaluation_due_out_of_range',
        severity: 'error',
        clause: 'supervision.evaluation',
        message: '下次评估的截止日期晚于9999年12月31日，无法表示',
        messageEn: 'The next evaluation due date would fall after 9999-12-31',
        path: ['lastEvaluatedOn'],
      },
    ]);
  });

  it('is 3 years later, never later than the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2200, 12, 31) }), (n) => {
        const last = isoOfDayNumber(n);
        const due = nextEvaluationDueDate(last);
        expect(Number(due.slice(0, 4))).toBe(Number(last.slice(0, 4)) + 3);
        expect(due.slice(5) === last.slice(5) || (last.slice(5) === '02-29' && due.slice(5) === '02-28')).toBe(true);
      }),
    );
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => nextEvaluationDueDate(value as never));
      onlySvaError(() => nextEvaluationDueDate('2023-06-15', value as never));
      onlySvaError(() => nextEvaluationDueDate('2023-06-15', { policy: { evaluationIntervalYears: value } } as never));
    }
  });
});
