import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPaperSet, rotationPlan } from '../../src/index.js';
import type { QuestionBank } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const bankOf = (n: number): QuestionBank => ({ sets: IDS.slice(0, n).map((id) => ({ id, tasks: [`${id}-1`, `${id}-2`] })) });

describe('rotationPlan (四1, bank.rotation)', () => {
  const cases: { name: string; n: number; sessions: number; history?: string[]; expected: string[] }[] = [
    { name: 'no sessions', n: 3, sessions: 0, expected: [] },
    { name: '5 sets, 12 sessions', n: 5, sessions: 12, expected: ['A', 'B', 'C', 'D', 'E', 'A', 'B', 'C', 'D', 'E', 'A', 'B'] },
    { name: 'after some history', n: 3, sessions: 4, history: ['B', 'A'], expected: ['C', 'B', 'A', 'C'] },
    { name: 'after history with a retired set', n: 3, sessions: 3, history: ['C', 'OLD', 'A', 'B'], expected: ['C', 'A', 'B'] },
    { name: 'two sets alternate', n: 2, sessions: 5, history: ['B'], expected: ['A', 'B', 'A', 'B', 'A'] },
    { name: 'one set', n: 1, sessions: 3, expected: ['A', 'A', 'A'] },
  ];
  it.each(cases)('$name', ({ n, sessions, history, expected }) => {
    expect(rotationPlan(bankOf(n), sessions, history)).toEqual(expected);
  });

  // Sets with identical content are one set: D repeats A (after NFKC and trimming), E repeats B.
  const withCopies: QuestionBank = {
    sets: [...(bankOf(3).sets as { id: string; tasks: string[] }[]), { id: 'D', tasks: ['Ａ-2 ', 'A-1'] }, { id: 'E', tasks: ['B-1', 'B-2', 'B-1'] }],
  };
  it.each([
    { name: '5 sets of 3 contents, 7 sessions', sessions: 7, history: [], expected: ['A', 'B', 'C', 'A', 'B', 'C', 'A'] },
    { name: 'after the copy D was used, A waits its turn', sessions: 3, history: ['D'], expected: ['B', 'C', 'A'] },
    { name: 'after E then A', sessions: 3, history: ['E', 'A'], expected: ['C', 'B', 'A'] },
  ])('identical content: $name', ({ sessions, history, expected }) => {
    expect(rotationPlan(withCopies, sessions, history)).toEqual(expected);
  });

  const history = (n: number) => fc.array(fc.constantFrom(...IDS.slice(0, n), 'OLD'), { maxLength: 25 });

  it('every window of n consecutive picks over an n-set bank holds every set (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.constant(n), history(n), fc.integer({ min: 0, max: 40 }))),
        ([n, past, sessions]) => {
          const plan = rotationPlan(bankOf(n), sessions, past);
          expect(plan).toHaveLength(sessions);
          for (let i = 0; i + n <= plan.length; i++) expect(new Set(plan.slice(i, i + n)).size).toBe(n);
          // With no history, the windows line up with the whole plan from its start.
          const fresh = rotationPlan(bankOf(n), sessions);
          for (let i = 0; i + n <= fresh.length; i++) expect(new Set(fresh.slice(i, i + n)).size).toBe(n);
          // No set follows itself when there are 2 sets or more, from the last set of the history on.
          if (n >= 2) {
            const last = past.filter((id) => id !== 'OLD').slice(-1);
            const seen = [...last, ...plan];
            for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
          }
        },
      ),
    );
  });

  it('gives what repeated nextPaperSet calls give (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.constant(n), history(n), fc.integer({ min: 0, max: 20 }))),
        ([n, past, sessions]) => {
          const bank = bankOf(n);
          const grown = [...past];
          const expected: string[] = [];
          for (let i = 0; i < sessions; i++) {
            const next = nextPaperSet(bank, grown);
            expected.push(next);
            grown.push(next);
          }
          expect(rotationPlan(bank, sessions, past)).toEqual(expected);
        },
      ),
    );
  });

  const bad: { name: string; sessions: unknown; code: string }[] = [
    { name: '-1', sessions: -1, code: 'sessions_invalid' },
    { name: '1.5', sessions: 1.5, code: 'sessions_invalid' },
    { name: "'3'", sessions: '3', code: 'sessions_invalid' },
    { name: 'NaN', sessions: NaN, code: 'sessions_invalid' },
    { name: '100001', sessions: 100_001, code: 'sessions_invalid' },
    { name: 'Infinity', sessions: Infinity, code: 'sessions_invalid' },
    { name: 'a Number object', sessions: Object(3), code: 'sessions_invalid' },
    { name: 'a bigint', sessions: 3n, code: 'sessions_invalid' },
    { name: 'true', sessions: true, code: 'sessions_invalid' },
    { name: 'null', sessions: null, code: 'sessions_invalid' },
  ];
  it.each(bad)('throws SvaError for sessions $name', ({ sessions, code }) => {
    const error = svaErrorOf(() => rotationPlan(bankOf(3), sessions as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.clause).toBe('bank.rotation');
  });

  it('names bad sessions exactly', () => {
    const error = svaErrorOf(() => rotationPlan(bankOf(3), -1));
    expect(error.message).toBe(
      'The number of sessions must be a whole number from 0 to 100000; received -1 (场次数应为0至100000之间的整数) [sessions_invalid, bank.rotation]',
    );
    expect(error.issues).toEqual([
      {
        code: 'sessions_invalid',
        severity: 'error',
        clause: 'bank.rotation',
        message: '场次数应为0至100000之间的整数',
        messageEn: 'The number of sessions must be a whole number from 0 to 100000; received -1',
        path: ['sessions'],
        expected: 100_000,
        received: '-1',
      },
    ]);
    expect(svaErrorOf(() => rotationPlan(bankOf(3), '3' as never)).issues[0]).toMatchObject({ path: ['sessions'], received: '"3"' });
  });

  it('plans up to 100000 sessions', () => {
    const plan = rotationPlan(bankOf(5), 100_000);
    expect(plan).toHaveLength(100_000);
    expect(plan[99_999]).toBe('E');
  });

  it('throws SvaError for an empty bank', () => {
    expect(svaErrorOf(() => rotationPlan({ sets: [] }, 3)).code).toBe('bank_empty');
  });

  it('is deterministic, never touches its inputs, returns a fresh array, and throws only SvaError', () => {
    const bank = deepFreeze(bankOf(4));
    const past = deepFreeze(['D', 'A']);
    const a = rotationPlan(bank, 6, past);
    const b = rotationPlan(bank, 6, past);
    expect(a).toEqual(['B', 'C', 'D', 'A', 'B', 'C']);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    a.push('Z');
    expect(rotationPlan(bank, 6, past)).toEqual(b);
    for (const value of hostileValues()) {
      onlySvaError(() => rotationPlan(value as never, 2));
      onlySvaError(() => rotationPlan(bank, value as never));
      onlySvaError(() => rotationPlan(bank, 2, value as never));
    }
  });
});
