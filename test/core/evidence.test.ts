import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  invalidIssue,
  labelIssues,
  lackingWordIssue,
  lackingWords,
  missingIssue,
  pathName,
  readCount,
  readDate,
  readFlag,
  readList,
  readObject,
  readSection,
  readText,
  readWords,
  underPath,
} from '../../src/core/evidence.js';
import type { RuleIssue } from '../../src/index.js';
import { expectWellFormed } from '../helpers/expect.js';

const CLAUSE = 'eligibility.legal';
const PATH = ['items', 0, 'name'];

/** What a reader gives and which issue codes it pushes, for one value. */
function run<T>(reader: (value: unknown, path: readonly (string | number)[], clause: typeof CLAUSE, issues: RuleIssue[]) => T, value: unknown) {
  const issues: RuleIssue[] = [];
  const result = reader(value, PATH, CLAUSE, issues);
  expectWellFormed(issues);
  return { result, codes: issues.map((i) => i.code), issues };
}

describe('pathName, missingIssue and invalidIssue', () => {
  it.each([
    { path: [], name: '' },
    { path: ['plan'], name: 'plan' },
    { path: ['plan', 'filedOn'], name: 'plan.filedOn' },
    { path: [0], name: '[0]' },
    { path: ['items', 0, 'trainingSince'], name: 'items[0].trainingSince' },
    { path: ['existing', 1, 'district'], name: 'existing[1].district' },
  ])('names $path as "$name"', ({ path, name }) => {
    expect(pathName(path)).toBe(name);
  });

  it('give the exact missing_field and invalid_input issues, naming the whole path', () => {
    expect(missingIssue(CLAUSE, PATH)).toStrictEqual({
      code: 'missing_field',
      severity: 'error',
      clause: CLAUSE,
      message: '未填写items[0].name',
      messageEn: 'items[0].name is missing',
      path: PATH,
    });
    expect(missingIssue(CLAUSE, PATH, 'warning').severity).toBe('warning');
    expect(invalidIssue(CLAUSE, PATH, 5, '字符串', 'a string')).toStrictEqual({
      code: 'invalid_input',
      severity: 'error',
      clause: CLAUSE,
      message: '输入有误：items[0].name应为字符串',
      messageEn: 'Invalid input: items[0].name must be a string',
      path: PATH,
      received: '5',
    });
  });
});

describe('the readers: missing is not false', () => {
  it.each([
    { name: 'text', reader: readText, value: 'A', result: 'A', codes: [] },
    { name: 'text: absent', reader: readText, value: undefined, result: undefined, codes: ['missing_field'] },
    { name: 'text: blank is not given', reader: readText, value: ' \t', result: undefined, codes: ['missing_field'] },
    { name: 'text: a number', reader: readText, value: 5, result: undefined, codes: ['invalid_input'] },
    { name: 'flag: true', reader: readFlag, value: true, result: true, codes: [] },
    { name: 'flag: false is an answer', reader: readFlag, value: false, result: false, codes: [] },
    { name: 'flag: absent is not false', reader: readFlag, value: undefined, result: undefined, codes: ['missing_field'] },
    { name: 'flag: 0 is not false', reader: readFlag, value: 0, result: undefined, codes: ['invalid_input'] },
    { name: 'flag: "false" is not false', reader: readFlag, value: 'false', result: undefined, codes: ['invalid_input'] },
    { name: 'count: 0', reader: readCount, value: 0, result: 0, codes: [] },
    { name: 'count: absent is not 0', reader: readCount, value: undefined, result: undefined, codes: ['missing_field'] },
    { name: 'count: −1', reader: readCount, value: -1, result: undefined, codes: ['invalid_input'] },
    { name: 'count: 1.5', reader: readCount, value: 1.5, result: undefined, codes: ['invalid_input'] },
    { name: 'count: "1"', reader: readCount, value: '1', result: undefined, codes: ['invalid_input'] },
    { name: 'date: 1970-01-02 is day 1', reader: readDate, value: '1970-01-02', result: 1, codes: [] },
    { name: 'date: absent', reader: readDate, value: undefined, result: undefined, codes: ['missing_field'] },
    { name: 'date: 29 February of a common year', reader: readDate, value: '2023-02-29', result: undefined, codes: ['invalid_date'] },
    { name: 'object', reader: readObject, value: { a: 1 }, result: { a: 1 }, codes: [] },
    { name: 'object: absent', reader: readObject, value: undefined, result: undefined, codes: ['missing_field'] },
    { name: 'object: an array', reader: readObject, value: [], result: undefined, codes: ['invalid_input'] },
    { name: 'section: absent reads as {}, so that each field is reported', reader: readSection, value: undefined, result: {}, codes: [] },
    { name: 'section: null', reader: readSection, value: null, result: undefined, codes: ['invalid_input'] },
    { name: 'list', reader: readList, value: [1], result: [1], codes: [] },
    { name: 'list: absent is not empty', reader: readList, value: undefined, result: undefined, codes: ['missing_field'] },
    { name: 'list: a string', reader: readList, value: 'a', result: undefined, codes: ['invalid_input'] },
  ])('$name', ({ reader, value, result, codes }) => {
    const read = run(reader as never, value);
    expect(read.result).toEqual(result);
    expect(read.codes).toEqual(codes);
    for (const issue of read.issues) expect(issue).toMatchObject({ clause: CLAUSE, path: PATH });
  });

  it('name the whole path in an invalid date, and say what a list should be', () => {
    expect(run(readDate, '2023-02-29').issues[0]?.message).toBe('items[0].name不是真实的日期');
    const issues: RuleIssue[] = [];
    readList(5, PATH, CLAUSE, issues, '字符串数组', 'an array of strings');
    expect(issues[0]?.messageEn).toBe('Invalid input: items[0].name must be an array of strings');
  });

  it('never throw, and push at most one issue, for any value (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const reader of [readText, readFlag, readCount, readDate, readObject, readSection, readList]) {
          const issues: RuleIssue[] = [];
          const result = reader(value, PATH, CLAUSE, issues);
          expect(issues.length).toBe(result === undefined ? 1 : 0);
        }
      }),
    );
  });
});

describe('readWords and lackingWords', () => {
  const TABLE = { a: { name: '甲', nameEn: 'A' }, b: { name: '乙', nameEn: 'B' }, c: { name: '丙', nameEn: 'C' } } as const;

  it('read the known words, keep the other strings as typed, and refuse what is not a non-empty string', () => {
    const issues: RuleIssue[] = [];
    expect(readWords(['a', 'x', 'c', 7, ' ', 'x', 'y'], PATH, CLAUSE, TABLE, issues)).toEqual({ words: new Set(['a', 'c']), extras: ['x', 'y'] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_input', [...PATH, 3]],
      ['invalid_input', [...PATH, 4]],
    ]);
  });

  it.each([
    { value: ['a', 'b', 'c'], lacking: [], extras: [], codes: [] },
    { value: ['c', 'a'], lacking: ['b'], extras: [], codes: [] },
    { value: ['c', 'a', 'bb'], lacking: ['b'], extras: ['bb'], codes: [] },
    { value: [], lacking: ['a', 'b', 'c'], extras: [], codes: [] },
    { value: undefined, lacking: undefined, codes: ['missing_field'] },
    { value: 'a', lacking: undefined, codes: ['invalid_input'] },
  ])('lackingWords($value) → $lacking', ({ value, lacking, extras, codes }) => {
    const issues: RuleIssue[] = [];
    expect(lackingWords(value, PATH, CLAUSE, TABLE, issues)).toEqual(lacking === undefined ? undefined : { lacking, extras });
    expect(issues.map((i) => i.code)).toEqual(codes);
  });
});

describe('underPath', () => {
  const issue = (code: string, path?: (string | number)[]): RuleIssue => ({
    code,
    severity: 'error',
    clause: 'candidate.age',
    message: 'm',
    messageEn: 'm',
    ...(path === undefined ? {} : { path }),
  });

  it('prefixes the paths, names the whole path of a missing field, keeps an option\'s path, and may cite another clause', () => {
    const placed = underPath([issue('x', ['a']), issue('y'), missingIssue('candidate.age', ['birthDate']), issue('invalid_option', ['policy'])], ['registrations', 2], 'registration.eligible');
    expect(placed.map((i) => [i.code, i.clause, i.path])).toEqual([
      ['x', 'registration.eligible', ['registrations', 2, 'a']],
      ['y', 'registration.eligible', ['registrations', 2]],
      ['missing_field', 'registration.eligible', ['registrations', 2, 'birthDate']],
      ['invalid_option', 'registration.eligible', ['policy']],
    ]);
    expect(placed[2]?.message).toBe('未填写registrations[2].birthDate');
    expect(underPath([issue('x', ['a'])], [0])[0]?.clause).toBe('candidate.age');
  });
});

describe('lackingWordIssue: the other entries quoted beside the word that lacks', () => {
  const TABLE = { word_lacking: ['缺少{expected}{extrasZh}', '{expected} is missing{extrasEn}'] } as const;
  it.each([
    { extras: [], zh: '缺少甲', en: 'A is missing' },
    { extras: ['x'], zh: '缺少甲（另填有「x」，不是所列名称，如为笔误请更正）', en: 'A is missing (also given: "x", not a listed name; correct it if it is a misspelling)' },
    { extras: ['x', 'y'], zh: '缺少甲（另填有「x」、「y」，不是所列名称，如为笔误请更正）', en: 'A is missing (also given: "x", "y", not a listed name; correct it if it is a misspelling)' },
  ])('extras $extras', ({ extras, zh, en }) => {
    const issue = lackingWordIssue(TABLE, 'word_lacking', CLAUSE, PATH, '甲', extras, {});
    expect([issue.message, issue.messageEn.replace('甲', 'A')]).toEqual([zh, en]);
    expect(issue.received).toEqual(extras.length === 0 ? undefined : extras);
  });
});

describe('labelIssues: the path a reader\'s message quotes, in words', () => {
  const fields = { items: { zh: '考核项目', en: 'items' }, 'items[].name': { zh: '项目名称', en: 'item name' } };
  const issue = (code: string, message: string, path: (string | number)[]): RuleIssue => ({
    code, severity: 'error', clause: CLAUSE, message, messageEn: message, path,
  });
  it.each<[string, RuleIssue, string]>([
    ['a missing field (未填写 and the path)', missingIssue(CLAUSE, ['items', 1, 'name']), '未填写第2个考核项目的项目名称'],
    ['an invalid input (输入有误： and the path)', issue('invalid_input', '输入有误：items[1].name应为文字', ['items', 1, 'name']), '输入有误：第2个考核项目的项目名称应为文字'],
    ['an invalid date (the path first)', issue('invalid_date', 'items[1].name不是真实的日期', ['items', 1, 'name']), '第2个考核项目的项目名称不是真实的日期'],
    ['a message placed under a prefix, quoting the tail of its path', issue('missing_field', '未填写name', ['items', 1, 'name']), '未填写第2个考核项目的项目名称'],
    ['the path quoted, but not where a reader quotes it', issue('invalid_input', '输入有误：另见items[1].name', ['items', 1, 'name']), '输入有误：另见items[1].name'],
    ['another code, whose message starts with the path', issue('resident_id_length', 'items[1].name应为18位', ['items', 1, 'name']), 'items[1].name应为18位'],
    ['a code that ends like a reader\'s', issue('not_missing_field', '未填写items[1].name', ['items', 1, 'name']), '未填写items[1].name'],
    ['a code that starts like a reader\'s', issue('invalid_date_order', 'items[1].name不是真实的日期', ['items', 1, 'name']), 'items[1].name不是真实的日期'],
    ['no path', issue('missing_field', '未填写', []), '未填写'],
  ])('%s', (_name, given, zh) => {
    const [labelled] = labelIssues([given], fields);
    expect(labelled?.message).toBe(zh);
    if (zh === given.message) expect(labelled).toBe(given);
  });
  it('writes the English message with the English words', () => {
    expect(labelIssues([missingIssue(CLAUSE, ['items', 1, 'name'])], fields)[0]?.messageEn).toBe('items no. 2, item name is missing');
  });
});
