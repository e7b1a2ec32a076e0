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
  { name: 'no asOf: missing, beside the schema', input: { year: '2024' }, codes: ['schema_invalid_type', 'missing_field'], issues: [{ path: ['year'] }, { path: ['asOf'] }] },
  { name: 'a fractional year: told once', input: { year: 2024.5 }, options: { asOf: '2025-01-01' }, codes: ['schema_invalid_type'], issues: [{ path: ['year'] }] },
  { name: 'an impossible submission date', input: { year: 2024, submittedOn: '2024-12-32' }, options: { asOf: '2025-01-01' }, codes: ['schema_invalid'] },
];

describe('validateAnnualSummary (六(四))', () => {
  it.each(cases)('$name', (c) => expectCase(validateAnnualSummary as never, c));

  it('an impossible asOf is the rule\'s invalid_date', () => {
    expect(validateAnnualSummary({ year: 2024 }, { asOf: '2025-02-30' }).issues.map((i) => i.code)).toEqual(['invalid_date']);
  });
});
