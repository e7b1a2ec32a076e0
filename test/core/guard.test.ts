import { describe, expect, it } from 'vitest';
import { asSvaError, guardCheck, guardValue, isRecord, notAnObjectIssue, unreadableIssue, valueOrIssues } from '../../src/core/guard.js';
import { issueFrom, resultOf } from '../../src/core/issues.js';
import { CORE_MESSAGES } from '../../src/core/messages.js';
import { SvaError } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';

const UNREADABLE = {
  code: 'invalid_input',
  severity: 'error',
  clause: 'bank.sets',
  message: '输入有误：读取输入时出错',
  messageEn: 'Invalid input: the input could not be read',
};

describe('unreadableIssue and notAnObjectIssue', () => {
  it('give the exact invalid_input issues', () => {
    expect(unreadableIssue('bank.sets')).toStrictEqual(UNREADABLE);
    expect(notAnObjectIssue('plan.contents', 'plan')).toStrictEqual({
      code: 'invalid_input',
      severity: 'error',
      clause: 'plan.contents',
      message: '输入有误：“plan”应为对象',
      messageEn: 'Invalid input: plan must be an object',
      path: ['plan'],
    });
  });
});

describe('guardValue and asSvaError: only SvaError escapes', () => {
  const svaError = new SvaError(issueFrom(CORE_MESSAGES, 'missing_field', 'materials', { params: { name: '甲', nameEn: 'x' } }));

  it('returns what the function returns', () => {
    expect(guardValue('bank.sets', () => 42)).toBe(42);
  });

  it('lets an SvaError through as it is', () => {
    expect(svaErrorOf(() => guardValue('bank.sets', () => { throw svaError; }))).toBe(svaError);
    expect(asSvaError(svaError, 'bank.sets')).toBe(svaError);
  });

  it('turns anything else into an invalid_input SvaError citing the clause', () => {
    const error = svaErrorOf(() => guardValue('bank.sets', () => { throw new TypeError('revoked'); }));
    expect(error.issues).toStrictEqual([UNREADABLE]);
    expect(error.message).toBe('Invalid input: the input could not be read (输入有误：读取输入时出错) [invalid_input, bank.sets]');
    expect(asSvaError('a string', 'bank.sets').issues).toStrictEqual([UNREADABLE]);
  });
});

describe('guardCheck never throws', () => {
  it('returns the result of the check', () => {
    const result = resultOf([]);
    expect(guardCheck('bank.sets', () => result)).toBe(result);
  });

  it('turns an SvaError into a result of its issues (ok when they are warnings)', () => {
    const warning = issueFrom(CORE_MESSAGES, 'missing_field', 'bank.sets', { severity: 'warning', params: { name: 'x' } });
    expect(guardCheck('bank.sets', () => { throw new SvaError(warning); })).toStrictEqual({ ok: true, issues: [warning] });
  });

  it('turns anything else into an invalid_input issue citing the clause', () => {
    expect(guardCheck('bank.sets', () => { throw new Error('getter'); })).toStrictEqual({ ok: false, issues: [UNREADABLE] });
  });
});

describe('isRecord', () => {
  const cases: { name: string; value: unknown; expected: boolean }[] = [
    { name: 'an object', value: { a: 1 }, expected: true },
    { name: 'an object without prototype', value: Object.create(null), expected: true },
    { name: 'a Date', value: new Date(0), expected: true },
    { name: 'null', value: null, expected: false },
    { name: 'an array', value: [], expected: false },
    { name: 'a string', value: 'a', expected: false },
    { name: 'a function', value: () => ({}), expected: false },
    { name: 'undefined', value: undefined, expected: false },
  ];
  it.each(cases)('$name: $expected', ({ value, expected }) => {
    expect(isRecord(value)).toBe(expected);
  });
});

describe('valueOrIssues', () => {
  it('gives the value, or undefined with the SvaError\'s issues pushed; anything else is thrown on', () => {
    const issues: RuleIssue[] = [];
    expect(valueOrIssues(issues, () => 7)).toBe(7);
    expect(issues).toEqual([]);
    expect(valueOrIssues(issues, () => {
      throw new SvaError(unreadableIssue('bank.sets'));
    })).toBeUndefined();
    expect(issues).toEqual([UNREADABLE]);
    expect(() => valueOrIssues(issues, () => {
      throw new TypeError('bug');
    })).toThrow(TypeError);
    expect(issues).toHaveLength(1);
    // An error that carries issues but is no SvaError is thrown on too, its issues not taken.
    const lookAlike = Object.assign(new Error('bug'), { issues: [UNREADABLE] });
    expect(() => valueOrIssues(issues, () => {
      throw lookAlike;
    })).toThrow(lookAlike);
    expect(issues).toHaveLength(1);
  });
});
