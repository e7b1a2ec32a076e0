import { describe, it } from 'vitest';
import { definePolicy } from '../../src/index.js';
import { validatePublicityPeriod } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

// 2024-03-11 is a Monday: Monday to Friday is 5 working days.
const cases: ValidateCase[] = [
  { name: 'Monday to Thursday: 4 working days', input: { kind: 'selection', start: '2024-03-11', end: '2024-03-14' }, codes: ['publicity_too_short'], issues: [{ clause: 'selection.publicity', received: 4 }] },
  { name: 'Monday to Friday: 5', input: { kind: 'selection', start: '2024-03-11', end: '2024-03-15' }, codes: [] },
  { name: 'Monday to next Monday: 6', input: { kind: 'results', start: '2024-03-11', end: '2024-03-18' }, codes: [] },
  { name: 'results across the National Day holiday', input: { kind: 'results', start: '2024-09-30', end: '2024-10-08' }, codes: ['publicity_too_short'], issues: [{ clause: 'results.publicity' }] },
  { name: 'Dates read in UTC+8', input: { kind: 'results', start: new Date('2024-03-10T16:30:00Z'), end: new Date('2024-03-15T15:59:00Z') }, codes: [] },
  { name: 'a longer policy', input: { kind: 'results', start: '2024-03-11', end: '2024-03-15' }, options: { policy: definePolicy({ resultsPublicityWorkingDays: 6 }) }, codes: ['publicity_too_short'] },
  {
    name: 'an unknown kind: the schema, citing selection',
    input: { kind: 'exam', start: '2024-03-11', end: '2024-03-15' },
    codes: ['schema_invalid_value'],
    exact: [
      {
        code: 'schema_invalid_value',
        severity: 'error',
        clause: 'selection.publicity',
        message: '公示事项的取值无效：应为“selection”、“results”之一',
        messageEn: 'Invalid value: what is made public: Invalid option: expected one of "selection"|"results"',
        path: ['kind'],
      },
    ],
  },
  {
    name: 'end left out: told once',
    input: { kind: 'results', start: '2024-03-11' },
    codes: ['schema_invalid'],
    exact: [
      {
        code: 'schema_invalid',
        severity: 'error',
        clause: 'results.publicity',
        message: '公示结束日期填写有误：应为真实的日期',
        messageEn: 'Invalid input: last day of the publicity: Expected a real YYYY-MM-DD date or a valid Date',
        path: ['end'],
      },
    ],
  },
  { name: 'end left out of a selection publicity: cites selection', input: { kind: 'selection', start: '2024-03-11' }, codes: ['schema_invalid'], issues: [{ clause: 'selection.publicity', path: ['end'] }] },
  { name: 'end before start (a rule)', input: { kind: 'results', start: '2024-03-15', end: '2024-03-11' }, codes: ['publicity_end_before_start'] },
  { name: 'outside the calendar', input: { kind: 'results', start: '2030-03-11', end: '2030-03-15' }, codes: ['calendar_out_of_range', 'calendar_out_of_range'] },
];

describe('validatePublicityPeriod (三3(2), 四2(5))', () => {
  it.each(cases)('$name', (c) => expectCase(validatePublicityPeriod, c));
});
