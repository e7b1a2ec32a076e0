import { describe, expect, it } from 'vitest';
import { validateAnnualSummary } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: 'submitted on 31 December', input: { year: 2024, submittedOn: '2024-12-31' }, options: { asOf: '2025-03-01' }, codes: [] },
  { name: 'submitted on 1 January', input: { year: 2024, submittedOn: '2025-01-01' }, options: { asOf: '2025-03-01' }, codes: ['annual_summary_late'], issues: [{ clause: 'annual.summary' }] },
  { name: 'not submitted, as of 31 December', input: { year: 2024 }, options: { asOf: '2024-12-31' }, codes: [] },
  { name: 'not submitted, as of 1 January', input: { year: 2024 }, options: { asOf: '2025-01-01' }, codes: ['annual_summary_missing'] },
  { name: 'the day given in place of the options', input: { year: 2024 }, options: '2025-01-01', codes: ['annual_summary_missing'] },
  { name: 'the day as a Date', input: { year: 2024 }, options: new Date('2025-01-01T00:00:00+08:00'), codes: ['annual_summary_missing'] },
  {
    name: 'no asOf: missing, beside the schema',
    input: { year: '2024' },
    codes: ['schema_invalid_type', 'missing_field'],
    exact: [
      {
        code: 'schema_invalid_type',
        severity: 'error',
        clause: 'annual.summary',
        message: '总结年度填写有误：应为数字，收到的是文字',
        messageEn: 'Wrong type: year summarised: Invalid input: expected number, received string',
        path: ['year'],
      },
      { code: 'missing_field', severity: 'error', clause: 'annual.summary', message: '未填写核查日期', messageEn: 'The as-of date is missing', path: ['asOf'] },
    ],
  },
  { name: 'asOf given as undefined: missing', input: { year: 2024 }, options: { asOf: undefined }, codes: ['missing_field'], issues: [{ path: ['asOf'] }] },
  { name: 'no options at all: missing', input: { year: 2024 }, codes: ['missing_field'], issues: [{ path: ['asOf'] }] },
  { name: 'year 1: the first year the schema takes, before the scheme', input: { year: 1 }, options: { asOf: '2025-03-01' }, codes: ['year_before_policy_effective'] },
  { name: 'year 9999: the last', input: { year: 9999 }, options: { asOf: '2025-03-01' }, codes: [] },
  {
    name: 'year 0: the schema',
    input: { year: 0 },
    options: { asOf: '2025-03-01' },
    codes: ['schema_too_small'],
    exact: [
      {
        code: 'schema_too_small',
        severity: 'error',
        clause: 'annual.summary',
        message: '总结年度不符合要求：应不小于1',
        messageEn: 'Too small: year summarised: Too small: expected number to be >=1',
        path: ['year'],
      },
    ],
  },
  {
    name: 'year 10000: the schema',
    input: { year: 10000 },
    options: { asOf: '2025-03-01' },
    codes: ['schema_too_big'],
    exact: [
      {
        code: 'schema_too_big',
        severity: 'error',
        clause: 'annual.summary',
        message: '总结年度不符合要求：应不大于9999',
        messageEn: 'Too big: year summarised: Too big: expected number to be <=9999',
        path: ['year'],
      },
    ],
  },
  { name: 'a fractional year: told once', input: { year: 2024.5 }, options: { asOf: '2025-01-01' }, codes: ['schema_invalid_type'], issues: [{ path: ['year'] }] },
  { name: 'an impossible submission date', input: { year: 2024, submittedOn: '2024-12-32' }, options: { asOf: '2025-01-01' }, codes: ['schema_invalid'] },
];

describe('validateAnnualSummary (六(四))', () => {
  it.each(cases)('$name', (c) => expectCase(validateAnnualSummary as never, c));

  it('an impossible asOf is the rule\'s invalid_date', () => {
    expect(validateAnnualSummary({ year: 2024 }, { asOf: '2025-02-30' }).issues.map((i) => i.code)).toEqual(['invalid_date']);
  });
});
