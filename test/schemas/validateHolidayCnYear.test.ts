import { describe, it } from 'vitest';
import { validateHolidayCnYear } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const days = [
  { name: '元旦', date: '2027-01-01', isOffDay: true },
  { name: '春节', date: '2027-02-20', isOffDay: false },
];

const cases: ValidateCase[] = [
  { name: 'a 2027 file', input: { year: 2027, days }, codes: [] },
  { name: 'a day without a name', input: { year: 2027, days: [{ date: '2027-01-01', isOffDay: true }] }, codes: [] },
  { name: 'the notice names 31 December of the year before', input: { year: 2027, days: [{ name: '元旦', date: '2026-12-31', isOffDay: true }] }, codes: [] },
  { name: '9 October 2026, a Friday, as a make-up day', input: { year: 2026, days: [{ name: '国庆节', date: '2026-10-09', isOffDay: false }] }, codes: ['calendar_data_weekday_workday'], issues: [{ path: ['days', 0, 'date'], clause: 'calendar.working_days' }] },
  { name: 'isOffDay left out', input: { year: 2027, days: [{ name: '元旦', date: '2027-01-01' }] }, codes: ['schema_invalid_type'], issues: [{ path: ['days', 0, 'isOffDay'] }] },
  { name: 'isOffDay as a string', input: { year: 2027, days: [{ date: '2027-01-01', isOffDay: 'true' }] }, codes: ['schema_invalid_type'] },
  { name: 'year 999', input: { year: 999, days: [] }, codes: ['schema_too_small'], issues: [{ path: ['year'] }] },
  { name: 'year 1000, with no base', input: { year: 1000, days: [] }, options: { base: null }, codes: [] },
  { name: 'year 9999, with no base', input: { year: 9999, days: [] }, options: { base: null }, codes: [] },
  { name: 'year 10000', input: { year: 10000, days: [] }, options: { base: null }, codes: ['schema_too_big'], issues: [{ path: ['year'], message: '年份不符合要求：应不大于9999' }] },
  { name: 'year 2027.5', input: { year: 2027.5, days: [] }, codes: ['schema_invalid_type'] },
  { name: 'year 2029 after 2026: a gap', input: { year: 2029, days: [] }, codes: ['calendar_data_gap'] },
  { name: 'year 2029 with no base', input: { year: 2029, days: [] }, options: { base: null }, codes: [] },
];

describe('validateHolidayCnYear', () => {
  it.each(cases)('$name', (c) => expectCase(validateHolidayCnYear, c));
});
