import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalogItem } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const catalog = { provincialItems: ['面点制作', '剪纸（民间）', '鲁绣', '中式面点师'], occupations2022: ['中式面点师', '美发师'] };

describe('checkCatalogItem (一: catalog.scope, catalog.exclusion)', () => {
  const cases: { name: string; item: unknown; catalog?: unknown; codes: string[]; ok: boolean }[] = [
    { name: 'in the catalogue, not an occupation', item: '面点制作', codes: [], ok: true },
    { name: 'not in the catalogue', item: '插花', codes: ['item_not_in_catalog'], ok: false },
    { name: 'in the catalogue but an occupation of 2022', item: '中式面点师', codes: ['item_is_occupation'], ok: false },
    { name: 'neither in the catalogue and an occupation', item: '美发师', codes: ['item_not_in_catalog', 'item_is_occupation'], ok: false },
    { name: 'full-width and ASCII brackets are the same', item: '剪纸(民间)', codes: [], ok: true },
    { name: 'white space is ignored', item: ' 鲁 绣 ', codes: [], ok: true },
    { name: 'no occupation list: a warning', item: '面点制作', catalog: { provincialItems: ['面点制作'] }, codes: ['catalog_exclusion_unchecked'], ok: true },
    { name: 'an empty name', item: '', codes: ['invalid_input'], ok: false },
    { name: 'a number', item: 1, codes: ['invalid_input'], ok: false },
    { name: 'a catalogue without provincialItems', item: '面点制作', catalog: {}, codes: ['invalid_option'], ok: false },
    { name: 'a catalogue with a non-string item', item: '面点制作', catalog: { provincialItems: [1] }, codes: ['invalid_option'], ok: false },
  ];
  it.each(cases)('$name', ({ item, catalog: given, codes, ok }) => {
    const result = checkCatalogItem(item as string, (given ?? catalog) as never);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(ok);
  });

  it('cites the clause of each rule', () => {
    expect(checkCatalogItem('美发师', catalog).issues.map((i) => i.clause)).toEqual(['catalog.scope', 'catalog.exclusion']);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      codesOf(checkCatalogItem(value as never, catalog));
      expect(checkCatalogItem('面点制作', value as never).ok).toBe(false);
    }
    fc.assert(fc.property(fc.anything(), fc.anything(), (item, given) => void codesOf(checkCatalogItem(item as never, given as never))));
  });
});
