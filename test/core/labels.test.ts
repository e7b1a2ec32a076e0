import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabels, findFieldLabel, joinFields, labelsOfTerms, pathWords, prefixFields } from '../../src/core/labels.js';
import { terms } from '../../src/core/terms.js';
import { LABELS } from '../../src/labels.js';

const application = LABELS.fields.institutionApplication;
const batch = LABELS.fields.assessmentBatch;
const calendar = LABELS.fields.workdayCalendarData;

describe('findFieldLabel', () => {
  it.each([
    { name: 'a top-level field', fields: application, path: ['creditCode'], key: 'creditCode' },
    { name: 'a nested field', fields: application, path: ['contact', 'person'], key: 'contact.person' },
    { name: 'a field of an array item', fields: application, path: ['items', 0, 'trainingSince'], key: 'items[].trainingSince' },
    { name: 'any index of the array', fields: application, path: ['items', 17, 'name'], key: 'items[].name' },
    { name: 'an array item: the array', fields: application, path: ['items', 2], key: 'items' },
    { name: 'an entry of a list of words: the list', fields: application, path: ['workPlanSections', 3], key: 'workPlanSections' },
    { name: 'an unknown key inside an object: the object', fields: application, path: ['contact', 'fax'], key: 'contact' },
    { name: 'a deep field', fields: batch, path: ['questionBank', 'sets', 4, 'tasks', 0], key: 'questionBank.sets[].tasks' },
    { name: 'a record key read as *', fields: calendar, path: ['years', '2027', 'offDays', 3], key: 'years.*.offDays' },
    { name: 'a record key alone: the record', fields: calendar, path: ['years', '2027'], key: 'years' },
    { name: 'a list of records', fields: LABELS.fields.registrations, path: [3, 'idNumber'], key: '[].idNumber' },
  ])('$name', ({ fields, path, key }) => {
    const found = findFieldLabel(fields, path);
    expect(found?.key).toBe(key);
    expect(found?.label).toBe((fields as Record<string, unknown>)[key]);
  });

  it.each([
    { name: 'the empty path (the input itself)', fields: application, path: [] },
    { name: 'a field the table does not know', fields: application, path: ['shoeSize'] },
    { name: 'an index of a list of records, alone', fields: LABELS.fields.registrations, path: [3] },
    { name: 'an empty table', fields: LABELS.fields.score, path: ['x'] },
  ])('undefined for $name', ({ fields, path }) => {
    expect(findFieldLabel(fields, path)).toBeUndefined();
  });

  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    { name: 'no table', fields: undefined, path: ['name'] },
    { name: 'a table that is a string', fields: 'name', path: ['name'] },
    { name: 'a path that is not an array', fields: application, path: 'name' },
    { name: 'a segment that is neither a key nor an index', fields: application, path: [{}, 'name'] },
    { name: 'a revoked proxy as the table', fields: revoked.proxy, path: ['name'] },
  ])('undefined, without throwing, for $name', ({ fields, path }) => {
    expect(findFieldLabel(fields as never, path as never)).toBeUndefined();
  });

  it('a segment after an unknown one is not read', () => {
    expect(findFieldLabel(application, [{} as never, 'name'])).toBeUndefined();
    expect(findFieldLabel(application, ['contact', true as never, 'person'])?.key).toBe('contact');
  });

  it('never throws, and what it finds is a field of the table enclosing the path', () => {
    const segment = fc.oneof(fc.nat(5), fc.constantFrom('items', 'name', 'contact', 'person', '__proto__', 'constructor', 'x'));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        const found = findFieldLabel(application, path);
        if (found !== undefined) expect(Object.keys(application)).toContain(found.key);
      }),
    );
  });
});

describe('the table builders', () => {
  it('fieldLabels reads [zh, en, vocabulary?] rows and freezes them', () => {
    const table = fieldLabels({ a: ['甲', 'a'], b: ['乙', 'b', 'notices'] });
    expect(table).toEqual({ a: { zh: '甲', en: 'a' }, b: { zh: '乙', en: 'b', vocabulary: 'notices' } });
    expect(Object.isFrozen(table.a)).toBe(true);
    expect('vocabulary' in table.a).toBe(false);
  });

  it('labelsOfTerms reads a Term table as { zh, en }', () => {
    expect(labelsOfTerms(terms({ x: ['名', 'name'] }))).toEqual({ x: { zh: '名', en: 'name' } });
  });

  it('prefixFields puts a table under a prefix; joinFields keeps the order', () => {
    const inner = fieldLabels({ id: ['号', 'number'] });
    const joined = joinFields(fieldLabels({ sets: ['套', 'sets'] }), prefixFields('sets[].', inner));
    expect(Object.keys(joined)).toEqual(['sets', 'sets[].id']);
    expect(joined['sets[].id']).toBe(inner.id);
    expect(Object.isFrozen(joined)).toBe(true);
  });
});

describe('pathWords: a path in the words of a field table', () => {
  const fields = { items: { zh: '考核项目', en: 'items' }, 'items[].name': { zh: '项目名称', en: 'item name' } };
  const list = { zh: '报名信息', en: 'registration' };
  it.each<[string, readonly (string | number)[], { zh: string; en: string }]>([
    ['a field of the table', ['items'], { zh: '考核项目', en: 'items' }],
    ['a field of an item of a list', ['items', 1, 'name'], { zh: '第2个考核项目的项目名称', en: 'items no. 2, item name' }],
    ['an item of a list of records at the root', [4], { zh: '第5条报名信息', en: 'registration no. 5' }],
    ['a key the table does not know, at the root', ['other'], { zh: '“other”', en: '"other"' }],
    ['a key the table does not know, with a list at the root: not the list\'s label', ['planCandidateCount'], { zh: '“planCandidateCount”', en: '"planCandidateCount"' }],
    ['a key the table does not know, inside a field', ['items', 'other'], { zh: '考核项目中的“other”', en: '"other" of items' }],
    ['a key the table does not know after an item, named as a field before it', ['items', 0, 'items'], { zh: '第1个考核项目的“items”', en: 'items no. 1, "items"' }],
  ])('%s', (_name, path, words) => {
    expect(pathWords(fields, path, path[0] === 'items' ? undefined : list)).toEqual(words);
  });

  it.each<[string, Record<string, { zh: string; en: string }>, readonly (string | number)[], { zh: string; en: string } | undefined, { zh: string; en: string }]>([
    ['an item at the root, no list named', fields, [0], undefined, { zh: '列表第1项', en: 'the list no. 1' }],
    ['an item of a list whose name has 表 inside, not at the end', fields, [0], { zh: '表中记录', en: 'entry' }, { zh: '第1条表中记录', en: 'entry no. 1' }],
    ['an item of a list of an item', { ...fields, 'items[].sub': { zh: '子项', en: 'sub' } }, ['items', 0, 'sub', 1], undefined, { zh: '第1个考核项目的第2个子项', en: 'items no. 1, sub no. 2' }],
    ['an unknown key at the root, labelled by the root\'s *', { '*': { zh: '其他', en: 'other' } }, ['x'], undefined, { zh: '其他', en: 'other' }],
    ['an unknown key of a record, labelled by the record\'s *', { a: { zh: '甲', en: 'a' }, 'a.*': { zh: '甲项', en: 'entry of a' } }, ['a', 'x'], undefined, { zh: '甲项', en: 'entry of a' }],
  ])('%s', (_name, table, path, root, words) => {
    expect(pathWords(table, path, root)).toEqual(words);
  });
});

describe('findFieldLabel: the walk through a table, case by case', () => {
  const label = (zh: string) => ({ zh, en: zh });
  const table = { items: label('项目'), 'items[].name': label('名称'), '*': label('其他'), rec: label('记录'), 'rec.*': label('记录项'), 'rec.*.y': label('深处') };
  it.each<[string, unknown, unknown, string | undefined]>([
    ['a field of an item', table, ['items', 0, 'name'], 'items[].name'],
    ['an unknown field of an item: the item\'s list', table, ['items', 0, 'other'], 'items'],
    ['an unknown key at the root: the root\'s *', table, ['unknown'], '*'],
    ['an unknown key of a record: the record\'s *', table, ['rec', 'z'], 'rec.*'],
    ['a field of any record entry (rec.*.y)', table, ['rec', 'x', 'y'], 'rec.*.y'],
    ['a segment that is neither a key nor an index', table, [true], undefined],
    ['no table', null, ['items'], undefined],
    ['a table that is a text', 'items', ['items'], undefined],
    ['a path that is not a list', table, 'items', undefined],
    ['a path that is not a list, whose letters are keys', { i: label('字母') }, 'i', undefined],
    ['a table that is a text, by the index of a letter', 'items', ['0'], undefined],
    ['a field below an entry of a record whose entries have no label (a.*.b)', { a: label('甲'), 'a.*.b': label('乙') }, ['a', 'k', 'b'], 'a.*.b'],
    ['a field of an item of a list below such an entry (a.*[].x)', { a: label('甲'), 'a.*[].x': label('丙') }, ['a', 'k', 0, 'x'], 'a.*[].x'],
  ])('%s', (_name, fields, path, key) => {
    expect(findFieldLabel(fields as never, path as never)?.key).toBe(key);
  });
});
