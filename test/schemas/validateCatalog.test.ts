import { describe, it } from 'vitest';
import { validateCatalog } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: 'items, and occupations that are not items', input: { provincialItems: ['面点制作', '鲁绣'], occupations2022: ['中式面点师'] }, codes: [] },
  {
    name: 'an item that is a 2022 occupation (full-width brackets and spaces ignored)',
    input: { provincialItems: ['面点制作', '中式 面点师（初级）'], occupations2022: ['中式面点师(初级)'] },
    codes: ['item_is_occupation'],
    issues: [{ clause: 'catalog.exclusion', path: ['provincialItems', 1] }],
  },
  {
    name: 'no occupations: the exclusion is unchecked (a warning)',
    input: { provincialItems: ['面点制作'] },
    codes: ['missing_field'],
    ok: true,
    exact: [{ code: 'missing_field', severity: 'warning', clause: 'catalog.exclusion', message: '未填写职业分类大典（2022年版）已有职业（工种）', messageEn: 'occupations of the 2022 classification is missing', path: ['occupations2022'] }],
  },
  { name: 'an empty catalogue', input: { provincialItems: [], occupations2022: [] }, codes: [] },
  { name: 'an item that is not a string', input: { provincialItems: ['面点制作', 3], occupations2022: [] }, codes: ['schema_invalid_type'], issues: [{ clause: 'catalog.scope', path: ['provincialItems', 1] }] },
  { name: 'occupations not a list', input: { provincialItems: [], occupations2022: '中式面点师' }, codes: ['schema_invalid_type'], issues: [{ clause: 'catalog.exclusion' }] },
  { name: 'no items', input: { occupations2022: [] }, codes: ['schema_invalid_type'], issues: [{ path: ['provincialItems'] }] },
];

describe('validateCatalog (一)', () => {
  it.each(cases)('$name', (c) => expectCase(validateCatalog, c));
});
