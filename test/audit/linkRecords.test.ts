// linkRecords (四1, 四2(2)): the registrations and the results indexed once by ID number, and what
// the results say against the registrations. The expected issues are built with the same builders
// the rule uses, so that a change of wording does not break them, while every code, clause, path,
// value and place (第n条) is pinned.
import { describe, expect, it } from 'vitest';
import { linkRecords } from '../../src/audit/linkRecords.js';
import type { LinkedRecords } from '../../src/audit/linkRecords.js';
import { AUDIT_MESSAGES } from '../../src/audit/messages.js';
import { invalidIssue, missingIssue } from '../../src/core/evidence.js';
import { issueFrom } from '../../src/core/issues.js';
import type { RuleIssue } from '../../src/core/issues.js';
import { ZAOZHUANG_2023 } from '../../src/index.js';
import { SCORE_MESSAGES } from '../../src/scoring/messages.js';

const A = '370402199005120132';
const B = '370402200111030283';
const C = '370402197807010569';

function link(registrations: unknown, results: unknown): { linked: LinkedRecords; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const linked = linkRecords(registrations, results, ZAOZHUANG_2023, issues);
  return { linked, issues };
}

const audit = (code: keyof typeof AUDIT_MESSAGES, path: (string | number)[], details: { expected?: unknown; received?: unknown; params?: Record<string, unknown> }) =>
  issueFrom(AUDIT_MESSAGES, code, 'registration.eligible', { path, ...details } as never);

describe('linkRecords: the results read', () => {
  it.each<[string, unknown, RuleIssue[]]>([
    ['a result that is not an object', null, [invalidIssue('score.scale', ['results', 0], null, '对象', 'an object')]],
    ['a result that is a number', 7, [invalidIssue('score.scale', ['results', 0], 7, '对象', 'an object')]],
    ['a result without a score', { idNumber: A }, [missingIssue('score.scale', ['results', 0, 'score'])]],
    ['a score that is not a number', { idNumber: A, score: 'x' }, [issueFrom(SCORE_MESSAGES, 'score_not_a_number', 'score.scale', { path: ['results', 0, 'score'], received: '"x"' })]],
    ['a score above the full mark', { idNumber: A, score: 100.5 }, [issueFrom(SCORE_MESSAGES, 'score_out_of_range', 'score.scale', { path: ['results', 0, 'score'], expected: 100, received: '100.5', params: { receivedZh: '100.5' } })]],
    ['a score below 0', { idNumber: A, score: -1 }, [issueFrom(SCORE_MESSAGES, 'score_out_of_range', 'score.scale', { path: ['results', 0, 'score'], expected: 100, received: '-1', params: { receivedZh: '-1' } })]],
    ['a decimal string above the full mark', { idNumber: A, score: '100.01' }, [issueFrom(SCORE_MESSAGES, 'score_out_of_range', 'score.scale', { path: ['results', 0, 'score'], expected: 100, received: '"100.01"', params: { receivedZh: '100.01' } })]],
  ])('reports %s, and then gives no pass rate (scoresRead false)', (_, result, expected) => {
    const { linked, issues } = link(undefined, [result]);
    expect(issues).toStrictEqual(expected);
    expect(linked.scoresRead).toBe(false);
    expect([linked.hasRegistrations, linked.hasResults]).toEqual([false, true]);
    // A score not read is absent, not undefined: the candidate is linked by the result alone.
    expect([...linked.people.values()]).toStrictEqual(typeof result === 'object' && result !== null ? [{ result: 0 }] : []);
  });

  it.each<[string, unknown, number | string, number]>([
    ['0, the lowest score', 0, 0, 0],
    ['100, the full mark', 100, 100, 1],
    ['59.9', 59.9, 59.9, 0],
    ['60, the pass mark', 60, 60, 1],
    ['a decimal string', '86.50', 86.5, 1],
    ['the full mark as a string', '100', 100, 1],
    ['0 as a string', '0', 0, 0],
    ['a decimal string beyond a double', '59.99999999999999999999', '59.99999999999999999999', 0],
    ['the pass mark as a decimal string beyond a double', '60.00000000000000000000', '60', 1],
    ['a decimal string of 21 digits', '86.500000000000000000001', '86.500000000000000000001', 1],
  ])('reads the score %s: a number wherever a number is exact, any other as its exact decimal, and counts it passed or not at the pass mark', (_, score, read, passed) => {
    const { linked, issues } = link(undefined, [{ idNumber: A, score }]);
    expect(issues).toStrictEqual([]);
    expect(linked.scoresRead).toBe(true);
    expect(linked.passed).toBe(passed);
    const person = linked.people.get(A);
    expect(person?.result).toBe(0);
    if (typeof read === 'number') expect(person?.score).toBe(read);
    else expect([typeof person?.score, String(person?.score)]).toEqual(['object', read]);
  });

  it('reads the scores on the policy\'s scale (fullMark 150)', () => {
    const issues: RuleIssue[] = [];
    const linked = linkRecords(undefined, [{ idNumber: A, score: 150 }, { idNumber: B, score: 150.5 }], { ...ZAOZHUANG_2023, fullMark: 150, passMark: 90 }, issues);
    expect(issues).toStrictEqual([issueFrom(SCORE_MESSAGES, 'score_out_of_range', 'score.scale', { path: ['results', 1, 'score'], expected: 150, received: '150.5', params: { receivedZh: '150.5' } })]);
    expect(linked.people.get(A)?.score).toBe(150);
    expect(linked.people.get(B)?.score).toBeUndefined();
    expect(linked.scoresRead).toBe(false);
  });

  it.each<[string, unknown, RuleIssue]>([
    ['absent', undefined, missingIssue('registration.eligible', ['results', 0, 'idNumber'])],
    ['empty', '', missingIssue('registration.eligible', ['results', 0, 'idNumber'])],
    ['blank', ' \u3000', missingIssue('registration.eligible', ['results', 0, 'idNumber'])],
    ['a number', 370402, invalidIssue('registration.eligible', ['results', 0, 'idNumber'], 370402, '字符串', 'a string')],
    ['null', null, invalidIssue('registration.eligible', ['results', 0, 'idNumber'], null, '字符串', 'a string')],
  ])('reports a result whose ID number is %s, and links it to no one', (_, idNumber, expected) => {
    const { linked, issues } = link([{ idNumber: A }], [{ idNumber, score: 80 }]);
    expect(issues).toStrictEqual([expected]);
    expect([...linked.people.keys()]).toEqual([A]);
    expect(linked.people.get(A)?.result).toBeUndefined();
    // The score was read: the pass rate counts it.
    expect(linked.scoresRead).toBe(true);
  });

  it('reports an ID number given twice in the results, at the second, naming the first; the first result stands', () => {
    const { linked, issues } = link([{ idNumber: A }, { idNumber: B }, { idNumber: C }], [{ idNumber: A, score: 70 }, { idNumber: B, score: 80 }, { idNumber: ` ${A}`, score: 'x' }]);
    expect(issues).toStrictEqual([
      issueFrom(SCORE_MESSAGES, 'score_not_a_number', 'score.scale', { path: ['results', 2, 'score'], received: '"x"' }),
      audit('result_duplicate_id', ['results', 2, 'idNumber'], { received: ` ${A}`, params: { n: 3, first: 1 } }),
    ]);
    expect(linked.people.get(A)).toMatchObject({ registration: 0, result: 0, score: 70 });
    expect(linked.scoresRead).toBe(false);
  });

  it('reports a result for an ID number that never registered, only when the registrations are given', () => {
    const results = [{ idNumber: A, score: 70 }, { idNumber: C, score: 80 }];
    expect(link([{ idNumber: A }, { idNumber: B }], results).issues).toStrictEqual([audit('result_not_registered', ['results', 1, 'idNumber'], { received: C, params: { n: 2 } })]);
    const without = link(undefined, results);
    expect(without.issues).toStrictEqual([]);
    expect(without.linked.people.get(C)).toStrictEqual({ result: 1, score: 80 });
  });

  it.each([
    [0, 0, false],
    [1, 0, true],
    [2, 2, false],
    [3, 2, true],
    [5, 2, true],
  ])('with %i results for %i registrations, reports more results than registrations: %s', (results, registered, over) => {
    const ids = [A, B, C, '370402198502270356', '370403199206186206'];
    const { issues } = link(
      ids.slice(0, registered).map((idNumber) => ({ idNumber })),
      ids.slice(0, results).map((idNumber) => ({ idNumber, score: 80 })),
    );
    const counted = issues.filter((i) => i.code === 'results_over_registrations');
    expect(counted).toStrictEqual(over ? [audit('results_over_registrations', ['results'], { expected: registered, received: results })] : []);
  });

  it('counts the results against the registrations only when both are given', () => {
    expect(link(undefined, [{ idNumber: A, score: 80 }]).issues).toStrictEqual([]);
  });

  it('reports results that are not a list, and indexes absent results as absent', () => {
    const given = link([], 'x');
    expect(given.issues).toStrictEqual([invalidIssue('score.scale', ['results'], 'x', '数组', 'an array')]);
    expect([given.linked.hasResults, given.linked.scoresRead, given.linked.hasRegistrations]).toEqual([false, false, true]);
    const absent = link(undefined, undefined);
    expect(absent.issues).toStrictEqual([]);
    expect(absent.linked).toStrictEqual({ people: new Map(), passed: 0, hasRegistrations: false, hasResults: false, scoresRead: false });
    // No result is every result read.
    expect(link(undefined, []).linked.scoresRead).toBe(true);
  });
});

describe('linkRecords: the registrations indexed', () => {
  it('skips an entry that is not an object or has no ID number (checkRegistrations reports them)', () => {
    const { linked, issues } = link([null, 5, 'x', {}, { idNumber: '' }, { idNumber: '  ' }, { idNumber: 7 }, { idNumber: A, name: '张伟' }], undefined);
    expect(issues).toStrictEqual([]);
    expect([...linked.people.entries()]).toStrictEqual([[A, { registration: 7, name: '张伟', rawName: '张伟' }]]);
  });

  it('keeps the first registration of an ID number, with its name', () => {
    const { linked } = link([{ idNumber: A, name: '张伟' }, { idNumber: `${A} `, name: '李娜' }], undefined);
    expect(linked.people.get(A)).toStrictEqual({ registration: 0, name: '张伟', rawName: '张伟' });
  });

  it.each<[string, unknown, { name?: string; rawName?: string }]>([
    ['a name', '张伟', { name: '张伟', rawName: '张伟' }],
    ['a name with spaces around it (trimmed)', ' 张伟\u3000', { name: '张伟', rawName: ' 张伟\u3000' }],
    ['a name in full-width letters (NFKC)', 'ＡＬＩ', { name: 'ALI', rawName: 'ＡＬＩ' }],
    ['a blank name', ' \u3000', {}],
    ['an empty name', '', {}],
    ['no name', undefined, {}],
    ['a name that is not text', 5, {}],
  ])('records %s as the registered name', (_, name, expected) => {
    const { linked } = link([{ idNumber: A, name }], undefined);
    expect(linked.people.get(A)).toStrictEqual({ registration: 0, ...expected });
  });

  it('links a result to the registration of the same ID number, and indexes each candidate once', () => {
    const { linked, issues } = link([{ idNumber: A, name: '张伟' }, { idNumber: B }], [{ idNumber: B, score: 60 }, { idNumber: A, score: 59.9 }]);
    expect(issues).toStrictEqual([]);
    // The map's order is not part of what it tells (the registrations are indexed from the last).
    expect(linked.people).toStrictEqual(
      new Map<string, unknown>([
        [A, { registration: 0, name: '张伟', rawName: '张伟', result: 1, score: 59.9 }],
        [B, { registration: 1, result: 0, score: 60 }],
      ]),
    );
  });
});

describe('linkRecords: ID numbers as they are typed', () => {
  it.each([
    ['as typed', A, A],
    ['with a final x', '37040219900512013x', '37040219900512013X'],
    ['with a final X', '37040219900512013X', '37040219900512013X'],
    ['with a space before', ` ${A}`, A],
    ['with a space after', `${A} `, A],
    ['with a tab before', `\t${A}`, A],
    ['with a line feed after', `${A}\n`, A],
    ['with a no-break space before', `\u00A0${A}`, A],
    ['with a no-break space after', `${A}\u00A0`, A],
    ['with an ideographic space after', `${A}\u3000`, A],
    ['with an ideographic space before', `\u3000${A}`, A],
    ['with an Ogham space mark before', `\u1680${A}`, A],
    ['with an Ogham space mark after', `${A}\u1680`, A],
    ['with an en quad after', `${A}\u2000`, A],
    ['with a final x and a space after', '37040219900512013x ', '37040219900512013X'],
    ['with a ! at both ends (the lowest printable character)', '!1!', '!1!'],
    ['with letters other than a final x', 'ab1', 'ab1'],
    ['with letters other than a final x, and spaces around', ' ab1 ', 'ab1'],
    ['with a final x and letters', ' abx ', 'abX'],
    ['with a character above U+1680 at both ends', '\u4e00\u4e00', '\u4e00\u4e00'],
  ])('links an ID number %s by its key', (_, typed, key) => {
    const { linked } = link([{ idNumber: typed }], undefined);
    expect([...linked.people.keys()]).toEqual([key]);
  });
});
