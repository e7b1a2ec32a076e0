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
    { name: 'a catalogue with a non-string occupation', item: '面点制作', catalog: { provincialItems: ['面点制作'], occupations2022: [1] }, codes: ['invalid_option'], ok: false },
    { name: 'a catalogue whose occupations are not an array', item: '面点制作', catalog: { provincialItems: ['面点制作'], occupations2022: '美发师' }, codes: ['invalid_option'], ok: false },
    { name: 'a function is not a catalogue', item: '面点制作', catalog: Object.assign(() => undefined, { provincialItems: ['面点制作'] }), codes: ['invalid_option'], ok: false },
    { name: 'a blank name', item: '  ', codes: ['invalid_input'], ok: false },
    { name: 'a bad catalogue and a bad name: both', item: '', catalog: { provincialItems: '面点制作' }, codes: ['invalid_option', 'invalid_input'], ok: false },
  ];
  it.each(cases)('$name', ({ item, catalog: given, codes, ok }) => {
    const result = checkCatalogItem(item as string, (given ?? catalog) as never);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(ok);
  });

  const invalidOption = {
    code: 'invalid_option',
    severity: 'error',
    clause: 'catalog.scope',
    message: '选项“catalog”无效：省级目录（“provincialItems”）与职业分类大典的职业清单（“occupations2022”）应为文字的列表',
    messageEn: 'Option catalog is invalid: provincialItems and occupations2022 must be arrays of strings',
    path: ['catalog'],
  };
  const invalidName = (received: string) => ({
    code: 'invalid_input',
    severity: 'error',
    clause: 'catalog.scope',
    message: '输入有误：考核项目名称不能为空',
    messageEn: 'Invalid input: the item name must be a non-empty string',
    path: ['itemName'],
    received,
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const exact: { name: string; item: unknown; catalog?: unknown; ok?: boolean; issues: unknown[] }[] = [
    {
      name: 'not in the catalogue', item: '插花',
      issues: [{ code: 'item_not_in_catalog', severity: 'error', clause: 'catalog.scope', message: '考核项目“插花”不在《山东省专项职业能力考核项目目录》范围内', messageEn: 'Item "插花" is not in the Shandong catalogue of special vocational ability items', path: ['itemName'] }],
    },
    {
      name: 'an occupation of 2022', item: '中式面点师',
      issues: [
        {
          code: 'item_is_occupation', severity: 'error', clause: 'catalog.exclusion',
          message: '考核项目“中式面点师”是《中华人民共和国职业分类大典（2022年版）》中已有的职业（工种），不再列入专项职业能力考核项目',
          messageEn: 'Item "中式面点师" is an occupation of the 2022 Occupational Classification, so it is not a special vocational ability item',
          path: ['itemName'],
        },
      ],
    },
    {
      name: 'no occupation list', item: '鲁绣', catalog: { provincialItems: ['鲁绣'] }, ok: true,
      issues: [
        {
          code: 'catalog_exclusion_unchecked', severity: 'warning', clause: 'catalog.exclusion',
          message: '未提供《中华人民共和国职业分类大典（2022年版）》的职业（工种）清单，未能核对考核项目“鲁绣”是否已是职业（工种）',
          messageEn: 'No list of the 2022 occupations was given, so "鲁绣" was not checked against it',
          path: ['itemName'],
        },
      ],
    },
    { name: 'a blank name', item: '  ', issues: [invalidName('"  "')] },
    { name: 'a number as the name', item: 1, issues: [invalidName('1')] },
    { name: 'a null catalogue', item: '鲁绣', catalog: null, issues: [invalidOption] },
    { name: 'a catalogue with a non-string occupation', item: '鲁绣', catalog: { provincialItems: ['鲁绣'], occupations2022: [1] }, issues: [invalidOption] },
    { name: 'a bad catalogue and a number as the name', item: 1, catalog: undefined, issues: [invalidOption, invalidName('1')] },
    {
      name: 'a catalogue that cannot be read', item: '鲁绣', catalog: revoked.proxy,
      issues: [{ code: 'invalid_input', severity: 'error', clause: 'catalog.scope', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }],
    },
  ];
  it.each(exact)('the whole issue: $name', (row) => {
    const given = 'catalog' in row ? row.catalog : catalog;
    expect(checkCatalogItem(row.item as string, given as never)).toEqual({ ok: row.ok ?? false, issues: row.issues });
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
