import { describe, it } from 'vitest';
import { validateSelection } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const base = { publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [], codeAssignedOn: '2024-03-18' };

const cases: ValidateCase[] = [
  { name: 'by the book', input: base, codes: [] },
  { name: 'an objection resolved on the day of the code', input: { ...base, objections: [{ raisedOn: '2024-03-15', resolvedOn: '2024-03-18' }] }, codes: [] },
  { name: '4 working days: the rule', input: { ...base, publicity: { start: '2024-03-11', end: '2024-03-14' } }, codes: ['publicity_too_short'], issues: [{ clause: 'selection.publicity', path: ['publicity', 'end'] }] },
  { name: 'the code on the last day: the rule', input: { ...base, codeAssignedOn: '2024-03-15' }, codes: ['selection_code_too_early'], issues: [{ clause: 'selection.code' }] },
  { name: 'an open objection: the rule', input: { ...base, objections: [{ raisedOn: '2024-03-12' }] }, codes: ['objection_unresolved'] },
  { name: 'no objections: told once, by the schema', input: { publicity: base.publicity, codeAssignedOn: '2024-03-18' }, codes: ['schema_invalid_type'], issues: [{ clause: 'selection.code', path: ['objections'] }] },
  { name: 'an impossible start: told once, by the schema', input: { ...base, publicity: { start: '2024-02-30', end: '2024-03-15' } }, codes: ['schema_invalid'], issues: [{ clause: 'selection.publicity', path: ['publicity', 'start'] }] },
  { name: 'not an object', input: 'selection', codes: ['schema_invalid_type'] },
];

describe('validateSelection (三3(2))', () => {
  it.each(cases)('$name', (c) => expectCase(validateSelection, c));
});
