import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuestionBank, nextPaperSet } from '../../src/index.js';
import type { QuestionBank } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

const bankOf = (...ids: string[]): QuestionBank => ({ sets: ids.map((id) => ({ id, tasks: [`${id}-1`] })) });
const abc = bankOf('A', 'B', 'C');

describe('nextPaperSet (四1, bank.rotation)', () => {
  const cases: { name: string; bank: QuestionBank; history: string[]; expected: string }[] = [
    { name: 'no history: the first set', bank: abc, history: [], expected: 'A' },
    { name: 'the first never used, in bank order', bank: abc, history: ['A'], expected: 'B' },
    { name: 'a never-used set before any used one', bank: abc, history: ['A', 'C'], expected: 'B' },
    { name: 'a never-used set even when B was used long ago', bank: abc, history: ['B', 'B', 'A'], expected: 'C' },
    { name: 'all used: the least recently used', bank: abc, history: ['A', 'B', 'C'], expected: 'A' },
    { name: 'all used, in another order', bank: abc, history: ['C', 'A', 'B'], expected: 'C' },
    { name: 'recency counts the last use only', bank: abc, history: ['A', 'B', 'C', 'A'], expected: 'B' },
    { name: 'recency, with repeats', bank: abc, history: ['B', 'B', 'C', 'A', 'C'], expected: 'B' },
    { name: 'two sets never repeat the last', bank: bankOf('A', 'B'), history: ['B', 'A', 'A'], expected: 'B' },
    { name: 'one set: it is the only choice', bank: bankOf('A'), history: ['A'], expected: 'A' },
    { name: 'ids not in the bank are ignored', bank: abc, history: ['A', 'B', 'C', 'OLD', 'A', 'RETIRED'], expected: 'B' },
    { name: 'a history of retired sets only', bank: abc, history: ['X', 'Y'], expected: 'A' },
    { name: 'ids are case-sensitive', bank: abc, history: ['a', 'b'], expected: 'A' },
  ];
  // Sets with the same tasks (after NFKC and trimming; order and repetition ignored) are one set.
  const copies: QuestionBank = { sets: [{ id: 'A', tasks: ['a1', 'a2'] }, { id: 'B', tasks: ['ａ2 ', 'a1', 'a1'] }, { id: 'C', tasks: ['c'] }] };
  const twoOfOne: QuestionBank = { sets: [{ id: 'A', tasks: ['a'] }, { id: 'B', tasks: ['a'] }] };
  cases.push(
    { name: 'a copy of the set used last is not next', bank: copies, history: ['A'], expected: 'C' },
    { name: 'a use of the copy is a use of the original', bank: copies, history: ['B'], expected: 'C' },
    { name: 'after both contents, the least recently used content', bank: copies, history: ['C', 'B'], expected: 'C' },
    { name: 'the original stands for its copies', bank: copies, history: ['B', 'C'], expected: 'A' },
    { name: 'one distinct content: it is the only choice', bank: twoOfOne, history: ['A'], expected: 'A' },
    { name: 'history ids are compared after NFKC and trimming', bank: abc, history: ['Ａ ', ' B'], expected: 'C' },
    { name: 'tasks differing only in case are different', bank: { sets: [{ id: 'A', tasks: ['a'] }, { id: 'B', tasks: ['A'] }] }, history: ['A'], expected: 'B' },
  );
  it.each(cases)('$name → $expected', ({ bank, history, expected }) => {
    expect(nextPaperSet(bank, history)).toBe(expected);
  });

  it('never gives the content used last while another distinct content exists (property)', () => {
    const tasks = ['x', 'y', 'z', 'ｘ ', ' y'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tasks), { minLength: 2, maxLength: 6 }),
        fc.array(fc.nat({ max: 5 }), { maxLength: 20 }),
        (contents, uses) => {
          const bank = { sets: contents.map((task, i) => ({ id: `S${i}`, tasks: [task] })) };
          const content = (id: string) => (bank.sets.find((set) => set.id === id)?.tasks[0] ?? '').normalize('NFKC').trim();
          const history = uses.filter((i) => i < contents.length).map((i) => `S${i}`);
          const next = nextPaperSet(bank, history);
          const distinct = new Set(contents.map((t) => t.normalize('NFKC').trim()));
          const last = history.at(-1);
          if (last !== undefined && distinct.size > 1) expect(content(next)).not.toBe(content(last));
        },
      ),
    );
  });

  it('never picks the set used last when the bank has 2 sets or more, and picks a never-used one first (property)', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.constantFrom(...ids, 'X'), { maxLength: 30 }),
        (n, history) => {
          const bank = bankOf(...ids.slice(0, n));
          const next = nextPaperSet(bank, history);
          const inBank = history.filter((h) => ids.slice(0, n).includes(h));
          if (inBank.length > 0) expect(next).not.toBe(inBank[inBank.length - 1]);
          const unused = ids.slice(0, n).filter((id) => !history.includes(id));
          if (unused.length > 0) expect(next).toBe(unused[0]);
        },
      ),
    );
  });

  const bad: { name: string; bank: unknown; history: unknown; codes: string[] }[] = [
    { name: 'an empty bank', bank: { sets: [] }, history: [], codes: ['bank_empty'] },
    { name: 'no sets', bank: {}, history: [], codes: ['bank_sets_not_array'] },
    { name: 'a duplicate id', bank: bankOf('A', 'A'), history: [], codes: ['set_id_duplicate'] },
    { name: 'a duplicate id after NFKC and trimming', bank: bankOf('A', 'Ａ '), history: [], codes: ['set_id_duplicate'] },
    { name: 'a blank task', bank: { sets: [{ id: 'A', tasks: [' '] }] }, history: [], codes: ['set_task_invalid'] },
    { name: 'an empty set', bank: { sets: [{ id: 'A', tasks: [] }] }, history: [], codes: ['set_empty'] },
    { name: 'history not an array', bank: abc, history: 'A', codes: ['invalid_input'] },
    { name: 'a history entry that is not a string', bank: abc, history: ['A', 2], codes: ['history_invalid'] },
    // eslint-disable-next-line no-sparse-arrays
    { name: 'a hole in a sparse history', bank: abc, history: ['A', , 'B'], codes: ['history_invalid'] },
    { name: 'bank and history both bad', bank: { sets: [] }, history: [null], codes: ['bank_empty', 'history_invalid'] },
  ];
  it.each(bad)('throws SvaError: $name', ({ bank, history, codes }) => {
    expect(svaErrorOf(() => nextPaperSet(bank as never, history as never)).issues.map((i) => i.code)).toEqual(codes);
  });

  it('names a bad history exactly', () => {
    const notArray = svaErrorOf(() => nextPaperSet(abc, 'A' as never));
    expect(notArray.code).toBe('invalid_input');
    expect(notArray.message).toBe('Invalid input: history must be an array of set ids (strings) (输入有误：试题套使用记录应为试题套编号的列表) [invalid_input, bank.rotation]');
    expect(notArray.issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'bank.rotation',
        message: '输入有误：试题套使用记录应为试题套编号的列表',
        messageEn: 'Invalid input: history must be an array of set ids (strings)',
        path: ['history'],
        received: '"A"',
      },
    ]);
    // The message counts entries from 1 (the second entry); the path keeps the 0-based index.
    expect(svaErrorOf(() => nextPaperSet(abc, ['A', 2] as never)).issues).toEqual([
      {
        code: 'history_invalid',
        severity: 'error',
        clause: 'bank.rotation',
        message: '试题套使用记录的第2项应为试题套编号',
        messageEn: 'The history must be an array of set ids (strings); entry 2 is 2',
        path: ['history', 1],
        received: '2',
      },
    ]);
  });

  it('throws the bank\'s structural issues exactly as checkQuestionBank reports them', () => {
    for (const bank of [{ sets: [] }, {}, 'A', bankOf('A', 'A'), { sets: [{ id: 'A', tasks: [] }, null] }]) {
      const checked = checkQuestionBank(bank as never).issues.filter((i) => i.severity === 'error');
      expect(svaErrorOf(() => nextPaperSet(bank as never, [])).issues).toEqual(checked);
    }
  });

  it('is deterministic, never touches its inputs, and throws only SvaError', () => {
    const bank = deepFreeze(bankOf('A', 'B', 'C'));
    const history = deepFreeze(['C', 'A']);
    expect(nextPaperSet(bank, history)).toBe('B');
    expect(nextPaperSet(bank, history)).toBe('B');
    expect(history).toEqual(['C', 'A']);
    for (const value of hostileValues()) {
      onlySvaError(() => nextPaperSet(value as never, []));
      onlySvaError(() => nextPaperSet(abc, value as never));
      onlySvaError(() => nextPaperSet(abc, [value] as never));
    }
  });
});
