import { describe, expect, it } from 'vitest';
import { isExcelNumber, readCell, readDate, wordOf } from '../../../src/cli/check/cells.js';
import { FIELDS } from '../../../src/cli/check/fields.js';
import { INSTITUTION_KINDS } from '../../../src/institutions/vocabulary.js';

describe('readCell', () => {
  const cases: { name: string; kind: Parameters<typeof readCell>[0]; cell: string; value: unknown; excel?: true }[] = [
    { name: 'an empty cell is an absent field', kind: { kind: 'text' }, cell: '', value: undefined },
    { name: 'text as written, spaces kept', kind: { kind: 'text' }, cell: ' 张伟 ', value: ' 张伟 ' },
    { name: 'an ID number as written', kind: { kind: 'id' }, cell: '37040319900315123x', value: '37040319900315123x' },
    { name: "an ID number Excel turned into 3.70402E+17", kind: { kind: 'id' }, cell: '3.70402E+17', value: '3.70402E+17', excel: true },
    { name: 'a code Excel turned into 2.53704E+14', kind: { kind: 'id' }, cell: '2.53704E+14', value: '2.53704E+14', excel: true },
    { name: 'lower-case e and no decimals', kind: { kind: 'id' }, cell: '4e+17', value: '4e+17', excel: true },
    { name: 'a score kept exact', kind: { kind: 'decimal' }, cell: '86.50', value: '86.50' },
    { name: 'a score that is not a number kept for the rules', kind: { kind: 'decimal' }, cell: '八十六', value: '八十六' },
    { name: 'a count', kind: { kind: 'count' }, cell: '12', value: 12 },
    { name: 'a count that is not whole', kind: { kind: 'count' }, cell: '1.5', value: '1.5' },
    { name: '是', kind: { kind: 'flag' }, cell: '是', value: true },
    { name: '否', kind: { kind: 'flag' }, cell: '否', value: false },
    { name: 'TRUE', kind: { kind: 'flag' }, cell: 'TRUE', value: true },
    { name: 'a flag that is neither kept for the rules', kind: { kind: 'flag' }, cell: '也许', value: '也许' },
    { name: 'a list', kind: { kind: 'list' }, cell: '面点制作、中式烹调；茶艺', value: ['面点制作', '中式烹调', '茶艺'] },
    { name: 'names', kind: { kind: 'names' }, cell: '面点制作,茶艺', value: [{ name: '面点制作' }, { name: '茶艺' }] },
    { name: 'a vocabulary word by its Chinese name', kind: FIELDS['institution-application'].kind as never, cell: '职业技能培训机构', value: 'training_institution' },
    { name: 'a vocabulary word by its id', kind: FIELDS['institution-application'].kind as never, cell: 'college', value: 'college' },
    { name: 'an unknown word kept for the rules', kind: FIELDS['institution-application'].kind as never, cell: '个体户', value: '个体户' },
    {
      name: 'work-plan sections by their headings, which hold 、 themselves',
      kind: FIELDS['institution-application'].workPlanSections as never,
      cell: '一、总体规划、工作计划；二、组织机构及职责',
      value: ['overall_plan', 'organisation'],
    },
    { name: 'words split at 、 when the whole names none', kind: FIELDS['assessment-batch']['exam.notices'] as never, cell: 'candidate_notice、discipline_rules', value: ['candidate_notice', 'discipline_rules'] },
    { name: 'archive media', kind: FIELDS['archive-record'].medium as never, cell: '纸质档案', value: 'paper' },
  ];
  it.each(cases)('$name', ({ kind, cell, value, excel }) => {
    expect(readCell(kind, cell)).toEqual(value);
    expect(isExcelNumber(kind, cell)).toBe(excel === true);
  });

  const dates: [string, string][] = [
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024-3-1', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['2024/3/1 0:00', '2024-03-01'],
    ['2024/3/1 00:00:00', '2024-03-01'],
    ['2024/2/30', '2024-02-30'], // read as written; the rules refuse the day
    ['2024/3/1 9:30', '2024/3/1 9:30'],
    ['3/1/2024', '3/1/2024'],
    ['45352', '45352'],
  ];
  it.each(dates)('reads the date %s as %s', (cell, iso) => {
    expect(readDate(cell)).toBe(iso);
  });

  it('finds vocabulary words whatever their width or case', () => {
    expect(wordOf(' Enterprise ', INSTITUTION_KINDS)).toBe('enterprise');
    expect(wordOf('院 校', INSTITUTION_KINDS)).toBe('college');
    expect(wordOf('学校', INSTITUTION_KINDS)).toBeUndefined();
  });
});

describe('readDate, on every day of a leap year and the next, written as Excel writes them', () => {
  it('reads 2024/3/1, 2024-3-1 and 2024年3月1日 as 2024-03-01', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 86400000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-').map(Number);
      for (const written of [`${y}/${m}/${d}`, `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`, `${y}-${m}-${d}`, `${y}年${m}月${d}日`]) {
        expect(readDate(written)).toBe(iso);
      }
    }
  });

  it.each([
    ['2024/13/1', '2024-13-01'], // in the ISO form, for the rules to refuse as a date
    ['2024/0/1', '2024-00-01'],
    ['2024/1/32', '2024-01-32'],
    ['2024/1/', '2024/1/'],
    ['2024//1', '2024//1'],
    ['24/1/1', '24/1/1'],
    ['2024/1/1/1', '2024/1/1/1'],
    ['2024/a/1', '2024/a/1'],
  ])('reads %s as %s', (cell, read) => {
    expect(readDate(cell)).toBe(read);
  });
});
