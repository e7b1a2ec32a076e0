// The doc-test's reading of a stated result (scripts/doctest/stated.ts), and its comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mismatch, readStatement } from '../../scripts/doctest/stated.js';
import type { Stated } from '../../scripts/doctest/stated.js';

const statedOf = (comment: string): Stated => {
  const s = readStatement(comment);
  if (s.kind !== 'result') throw new Error(`not a result: ${comment} (${s.kind})`);
  return s.stated;
};

describe('readStatement: what a comment states', () => {
  it.each([
    { comment: " '233704000100001'", value: '233704000100001' },
    { comment: ' → 3', value: 3 },
    { comment: '=> -1.5e3', value: -1500 },
    { comment: ' true: a Sunday made a working day', value: true },
    { comment: ' false：15 周岁', value: false },
    { comment: " 'plan.deadline'：2025-10-13 开考", value: 'plan.deadline' },
    { comment: " 'publicity_too_short' (3 working days)", value: 'publicity_too_short' },
    { comment: ' undefined: the city itself is not a district', value: undefined },
    { comment: ' null', value: null },
    { comment: ' "double \\"quoted\\" \\u4e2d"', value: 'double "quoted" 中' },
    { comment: ' `backtick`', value: 'backtick' },
    { comment: " '60' — the pass mark", value: '60' },
  ])('a value: $comment', ({ comment, value }) => {
    expect(statedOf(comment)).toEqual({ kind: 'value', value });
  });

  it('NaN', () => {
    const stated = statedOf(' NaN');
    expect(stated.kind === 'value' && Number.isNaN(stated.value)).toBe(true);
  });

  it('an object over several comment lines, with … and a shorthand field', () => {
    expect(statedOf(" { ok: false, issues: [{ code: 'x',\n   clause: \"c\", … }], value } : remark")).toEqual({
      kind: 'object',
      fields: [
        ['ok', { kind: 'value', value: false }],
        ['issues', { kind: 'array', open: false, items: [{ kind: 'object', fields: [['code', { kind: 'value', value: 'x' }], ['clause', { kind: 'value', value: 'c' }]] }] }],
        ['value', 'present'],
      ],
    });
  });

  it('arrays: closed, open with …, nested, trailing comma', () => {
    expect(statedOf(' [1, 2, null] (c is ineligible)')).toEqual({ kind: 'array', open: false, items: [1, 2, null].map((value) => ({ kind: 'value', value })) });
    expect(statedOf(" ['a', …]")).toEqual({ kind: 'array', open: true, items: [{ kind: 'value', value: 'a' }] });
    expect(statedOf(' [[1], [],]')).toEqual({ kind: 'array', open: false, items: [{ kind: 'array', open: false, items: [{ kind: 'value', value: 1 }] }, { kind: 'array', open: false, items: [] }] });
    expect(statedOf(' […]')).toEqual({ kind: 'array', open: true, items: [] });
  });

  it.each([
    { comment: ' throws SvaError calendar_out_of_range', name: 'SvaError', code: 'calendar_out_of_range' },
    { comment: ' throws SvaError calendar_data_gap: the notice for 2027 is missing', name: 'SvaError', code: 'calendar_data_gap' },
    { comment: ' → throws TypeError', name: 'TypeError', code: undefined },
    { comment: ' throws', name: undefined, code: undefined },
  ])('a throw: $comment', ({ comment, name, code }) => {
    expect(readStatement(comment)).toMatchObject({ kind: 'throws', name, code });
  });

  it.each([
    " the score's message of the schema kit",
    ' zod’s answer, Chinese messages',
    ' or several at once: createWorkdayCalendar([a, b])',
    '',
    ' 不通过：证书编码含有空格',
  ])('no stated result: %j', (comment) => {
    expect(readStatement(comment).kind).toBe('none');
  });

  it.each([
    ' 2025-10-09',
    ' 3 working days',
    " 'a' and 'b'",
    ' → a valid code',
    ' [1, 2',
    ' { a: 1 ',
    " 'unterminated",
  ])('ambiguous (starts like a result, is not one): %j', (comment) => {
    expect(readStatement(comment).kind).toBe('ambiguous');
  });

  it('reads back any JSON value it is shown (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const actual: unknown = JSON.parse(text);
        expect(mismatch(actual, statedOf(` ${text}: remark`))).toBeUndefined();
      }),
    );
  });
});

describe('mismatch: comparing a result with what the docs state', () => {
  it.each([
    { name: 'equal strings', actual: 'a', comment: "'a'" },
    { name: 'NaN', actual: Number.NaN, comment: 'NaN' },
    { name: 'an object with more fields (partial match)', actual: { ok: true, issues: [], extra: 1 }, comment: '{ ok: true, issues: [] }' },
    { name: 'nested partial objects', actual: { a: { b: 1, c: 2 } }, comment: '{ a: { b: 1 } }' },
    { name: 'a shorthand field that is there, even undefined', actual: { ok: true, issues: undefined }, comment: '{ ok, issues }' },
    { name: 'an open array', actual: [1, 2, 3], comment: '[1, …]' },
    { name: 'an undefined result', actual: undefined, comment: 'undefined' },
  ])('matches: $name', ({ actual, comment }) => {
    expect(mismatch(actual, statedOf(comment))).toBeUndefined();
  });

  it.each([
    { name: 'another string', actual: 'b', comment: "'a'", says: "expected \"a\", got \"b\"" },
    { name: '0 and -0', actual: -0, comment: '0', says: 'expected 0, got 0' },
    { name: 'a number as a string', actual: '60', comment: '60', says: 'expected 60' },
    { name: 'a longer array', actual: [1, 2], comment: '[1]', says: 'expected 1 element(s), got 2' },
    { name: 'a shorter open array', actual: [], comment: '[1, …]', says: 'expected at least 1 element(s), got 0' },
    { name: 'a field that differs', actual: { ok: true }, comment: '{ ok: false }', says: '(result).ok: expected false, got true' },
    { name: 'a field that is missing', actual: {}, comment: '{ ok }', says: '(result).ok: expected the field' },
    { name: 'a missing field is not undefined', actual: {}, comment: '{ value: undefined }', says: 'expected the field' },
    { name: 'an array where an object is stated', actual: [], comment: '{}', says: 'expected an object' },
    { name: 'an object where an array is stated', actual: {}, comment: '[]', says: 'expected an array' },
    { name: 'deep inside', actual: { issues: [{ path: ['a', 0] }] }, comment: "{ issues: [{ path: ['a', 1] }] }", says: '(result).issues[0].path[1]: expected 1, got 0' },
  ])('differs: $name', ({ actual, comment, says }) => {
    expect(mismatch(actual, statedOf(comment))).toContain(says);
  });
});
