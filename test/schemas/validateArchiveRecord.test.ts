import { describe, it } from 'vitest';
import { validateArchiveRecord } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: 'paper, closed on 29 February', input: { medium: 'paper', closedOn: '2024-02-29' }, codes: [] },
  { name: 'electronic, closed as a Date', input: { medium: 'electronic', closedOn: new Date('2024-03-01T00:00:00+08:00') }, codes: [] },
  { name: 'paper closed 9996-12-31: ends 9999-12-31', input: { medium: 'paper', closedOn: '9996-12-31' }, codes: [] },
  { name: 'paper closed 9997-01-01: past 9999', input: { medium: 'paper', closedOn: '9997-01-01' }, codes: ['archive_retention_out_of_range'], issues: [{ clause: 'archive.retention', path: ['closedOn'] }] },
  { name: 'an unknown medium: told once', input: { medium: 'film', closedOn: '2024-02-29' }, codes: ['schema_invalid_value'], issues: [{ path: ['medium'] }] },
  { name: 'closedOn left out', input: { medium: 'paper' }, codes: ['schema_invalid'], issues: [{ path: ['closedOn'] }] },
];

describe('validateArchiveRecord (四2(7))', () => {
  it.each(cases)('$name', (c) => expectCase(validateArchiveRecord, c));
});
