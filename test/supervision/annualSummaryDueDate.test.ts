import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualSummaryDueDate, definePolicy } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

describe('annualSummaryDueDate (六(四), annual.summary)', () => {
  const cases = [
    { year: 2023, expected: '2023-12-31' },
    { year: 2024, expected: '2024-12-31' },
    { year: 1, expected: '0001-12-31' },
    { year: 9999, expected: '9999-12-31' },
  ];
  it.each(cases)('$year → $expected', ({ year, expected }) => {
    expect(annualSummaryDueDate(year)).toBe(expected);
  });

  it('reads the due month and day from the policy; a day past the month end is its last day', () => {
    expect(annualSummaryDueDate(2024, { policy: definePolicy({ annualSummaryDue: { month: 12, day: 20 } }) })).toBe('2024-12-20');
    expect(annualSummaryDueDate(2024, { policy: definePolicy({ annualSummaryDue: { month: 2, day: 31 } }) })).toBe('2024-02-29');
    expect(annualSummaryDueDate(2023, { policy: definePolicy({ annualSummaryDue: { month: 2, day: 29 } }) })).toBe('2023-02-28');
  });

  it('accepts the first month and the first day of a month as the due date', () => {
    expect(annualSummaryDueDate(2024, { policy: definePolicy({ annualSummaryDue: { month: 1, day: 1 } }) })).toBe('2024-01-01');
    expect(annualSummaryDueDate(2024, { policy: definePolicy({ annualSummaryDue: { month: 12, day: 1 } }) })).toBe('2024-12-01');
  });

  const bad: { name: string; year: unknown; options?: unknown; code: string; clause?: string }[] = [
    { name: 'year 0', year: 0, code: 'annual_summary_year_invalid' },
    { name: 'year 10000', year: 10000, code: 'annual_summary_year_invalid' },
    { name: 'year 2024.5', year: 2024.5, code: 'annual_summary_year_invalid' },
    { name: "year '2024'", year: '2024', code: 'annual_summary_year_invalid' },
    { name: 'year NaN', year: NaN, code: 'annual_summary_year_invalid' },
    { name: 'year -2024', year: -2024, code: 'annual_summary_year_invalid' },
    { name: 'a policy with month 13', year: 2024, options: { policy: { annualSummaryDue: { month: 13, day: 1 } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'a policy with month 0', year: 2024, options: { policy: { annualSummaryDue: { month: 0, day: 1 } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'a policy with day 0', year: 2024, options: { policy: { annualSummaryDue: { month: 12, day: 0 } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'a policy with day 32', year: 2024, options: { policy: { annualSummaryDue: { month: 12, day: 32 } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'a policy with month 11.5', year: 2024, options: { policy: { annualSummaryDue: { month: 11.5, day: 1 } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: "a policy with month '12'", year: 2024, options: { policy: { annualSummaryDue: { month: '12', day: 31 } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: "a policy with day '31'", year: 2024, options: { policy: { annualSummaryDue: { month: 12, day: '31' } } }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'a policy without annualSummaryDue', year: 2024, options: { policy: {} }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'policy not an object', year: 2024, options: { policy: 'strict' }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'options not an object', year: 2024, options: 'strict', code: 'invalid_option' },
  ];
  it.each(bad)('throws SvaError: $name', ({ year, options, code, clause = 'annual.summary' }) => {
    const error = svaErrorOf(() => annualSummaryDueDate(year as never, options as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.clause).toBe(clause);
  });

  it('throws the exact issue of a bad year', () => {
    const error = svaErrorOf(() => annualSummaryDueDate(0));
    expect(error.issues).toEqual([
      {
        code: 'annual_summary_year_invalid',
        severity: 'error',
        clause: 'annual.summary',
        message: '年度应为1至9999之间的整数，收到的是0',
        messageEn: 'The year must be a whole number from 1 to 9999; received 0',
        path: ['year'],
        expected: '1–9999',
        received: '0',
      },
    ]);
  });

  it('throws the exact issue of a bad due date in the policy', () => {
    const error = svaErrorOf(() => annualSummaryDueDate(2024, { policy: { annualSummaryDue: { month: '12', day: 32 } } } as never));
    expect(error.issues).toEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'policy.definition',
        message: '选项“policy.annualSummaryDue”无效：应为1至12月中的某月某日（1至31日）',
        messageEn: 'Option policy.annualSummaryDue is invalid: must be a month 1–12 and a day 1–31',
        path: ['policy', 'annualSummaryDue'],
        received: 'object',
      },
    ]);
  });

  it('is 31 December of every year 1–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (year) => {
      expect(annualSummaryDueDate(year)).toBe(`${String(year).padStart(4, '0')}-12-31`);
    }));
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      // 1 is a valid year (0001); every other hostile value is not.
      if (value !== 1) svaErrorOf(() => annualSummaryDueDate(value as never));
      onlySvaError(() => annualSummaryDueDate(2024, value as never));
      onlySvaError(() => annualSummaryDueDate(2024, { policy: { annualSummaryDue: value } } as never));
    }
  });
});
