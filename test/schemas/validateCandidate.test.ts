import { describe, it } from 'vitest';
import { validateCandidate } from '../../src/schemas/index.js';
import { generateResidentIdNumber } from '../../src/testing/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const id = generateResidentIdNumber({ birthDate: '2008-06-15', seed: 4 });

const cases: ValidateCase[] = [
  { name: 'the day before the 16th birthday', input: { birthDate: '2008-06-15', applicationDate: '2024-06-14' }, codes: ['candidate_under_age'], issues: [{ clause: 'candidate.age' }] },
  { name: 'on the 16th birthday', input: { birthDate: '2008-06-15', applicationDate: '2024-06-15' }, codes: [] },
  { name: 'the day after', input: { idNumber: id, applicationDate: '2024-06-16' }, codes: [] },
  { name: 'by ID number, under age', input: { idNumber: id, applicationDate: '2024-06-14' }, codes: ['candidate_under_age'], issues: [{ path: ['idNumber'] }] },
  { name: 'the two birth dates disagree', input: { birthDate: '2008-06-16', idNumber: id, applicationDate: '2030-01-01' }, codes: ['birth_date_mismatch'] },
  { name: 'neither birth date nor ID: missing, not under age', input: { applicationDate: '2024-06-15' }, codes: ['missing_field'] },
  { name: 'a bad checksum (a rule)', input: { idNumber: `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`, applicationDate: '2024-06-15' }, codes: ['resident_id_checksum'], issues: [{ path: ['idNumber', 'check'] }] },
  { name: 'an impossible birth date: told once', input: { birthDate: '2008-06-31', applicationDate: '2024-06-15' }, codes: ['schema_invalid'], issues: [{ path: ['birthDate'] }] },
  { name: 'an ID number as a number', input: { idNumber: Number(id), applicationDate: '2024-06-15' }, codes: ['schema_invalid_type'], issues: [{ path: ['idNumber'] }] },
  { name: 'no application date', input: { birthDate: '2008-06-15' }, codes: ['schema_invalid'], issues: [{ path: ['applicationDate'] }] },
];

describe('validateCandidate (二)', () => {
  it.each(cases)('$name', (c) => expectCase(validateCandidate, c));
});
