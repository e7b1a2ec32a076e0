import { describe, it } from 'vitest';
import { definePolicy } from '../../src/index.js';
import { validateAssignmentList } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const DISTRICTS = ['370402', '370403', '370404', '370405', '370406', '370481'];
const institutions = (n: number) => Array.from({ length: n }, (_, i) => ({ institution: `I${i + 1}`, item: '面点制作', district: DISTRICTS[i] as string }));

const cases: ValidateCase[] = [
  { name: '5 institutions for one item city-wide', input: institutions(5), codes: [] },
  { name: '6: a warning (一般)', input: institutions(6), codes: ['allocation_city_exceeded'], ok: true, issues: [{ severity: 'warning', clause: 'allocation.city' }] },
  { name: '6 under generalLimits error', input: institutions(6), options: { policy: definePolicy({ generalLimits: 'error' }) }, codes: ['allocation_city_exceeded'], ok: false },
  {
    name: 'a second institution in one district',
    input: [{ institution: 'A', item: '面点制作', district: '370402' }, { institution: 'B', item: '面点制作', district: '市中区' }],
    codes: ['allocation_district_taken'],
    issues: [{ path: [1] }],
  },
  {
    name: 'a third item for one institution',
    input: ['面点制作', '鲁绣', '剪纸'].map((item) => ({ institution: 'A', item, district: DISTRICTS[0] as string })),
    codes: ['allocation_items_exceeded'],
  },
  { name: 'an empty institution: the schema, citing allocation.items', input: [{ institution: '', item: '面点制作', district: '370402' }], codes: ['schema_too_small'], issues: [{ clause: 'allocation.items', path: [0, 'institution'] }] },
  { name: 'no item: the schema, citing allocation.city', input: [{ institution: 'A', district: '370402' }], codes: ['schema_invalid_type'], issues: [{ clause: 'allocation.city', path: [0, 'item'] }] },
  { name: 'a district outside Zaozhuang (a rule)', input: [{ institution: 'A', item: '面点制作', district: '370102' }], codes: ['unknown_district'], issues: [{ clause: 'allocation.district' }] },
  { name: 'a district as a number', input: [{ institution: 'A', item: '面点制作', district: 370402 }], codes: ['schema_invalid_type'], issues: [{ clause: 'allocation.district' }] },
];

describe('validateAssignmentList (三)', () => {
  it.each(cases)('$name', (c) => expectCase(validateAssignmentList, c));
});
