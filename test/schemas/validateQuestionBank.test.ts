import { describe, it } from 'vitest';
import { definePolicy } from '../../src/index.js';
import { validateQuestionBank } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const sets = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, tasks: [`T${i + 1}a`, `T${i + 1}b`] }));

const cases: ValidateCase[] = [
  { name: '5 distinct sets, approved the day of use', input: { sets: sets(5), approvedOn: '2024-03-18' }, options: { usedOn: '2024-03-18' }, codes: [] },
  { name: '4 sets: a warning (一般)', input: { sets: sets(4) }, codes: ['too_few_sets'], ok: true, issues: [{ severity: 'warning', clause: 'bank.sets' }] },
  { name: '4 sets under generalLimits error', input: { sets: sets(4) }, options: { policy: definePolicy({ generalLimits: 'error' }) }, codes: ['too_few_sets'], ok: false },
  { name: '6 sets', input: { sets: sets(6) }, codes: [] },
  {
    name: 'a set without tasks: told once, by the schema',
    input: { sets: [...sets(5), { id: 'S6', tasks: [] }] },
    codes: ['schema_too_small'],
    issues: [{ clause: 'bank.sets', path: ['sets', 5, 'tasks'] }],
  },
  { name: 'an empty id', input: { sets: [...sets(4), { id: '', tasks: ['x'] }] }, codes: ['schema_too_small'], issues: [{ path: ['sets', 4, 'id'] }] },
  { name: 'an id twice (a rule)', input: { sets: [...sets(5), { id: 'S1', tasks: ['y'] }] }, codes: ['set_id_duplicate'] },
  {
    name: 'an impossible approval date',
    input: { sets: sets(5), approvedOn: '2024-02-30' },
    codes: ['schema_invalid'],
    issues: [{ clause: 'bank.approval', path: ['approvedOn'] }],
  },
  {
    name: 'approved a day after use',
    input: { sets: sets(5), approvedOn: '2024-03-19' },
    options: { usedOn: '2024-03-18' },
    codes: ['bank_approved_after_use'],
    issues: [{ clause: 'bank.approval' }],
  },
  { name: 'used, never approved', input: { sets: sets(5) }, options: { usedOn: '2024-03-18' }, codes: ['missing_field'], issues: [{ path: ['approvedOn'] }] },
  { name: 'sets not a list', input: { sets: 'A,B' }, codes: ['schema_invalid_type'], issues: [{ path: ['sets'] }] },
];

describe('validateQuestionBank (四1)', () => {
  it.each(cases)('$name', (c) => expectCase(validateQuestionBank, c));
});
