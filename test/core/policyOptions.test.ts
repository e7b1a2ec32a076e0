import { describe, expect, it } from 'vitest';
import { policyInteger, policyOf } from '../../src/core/policyOptions.js';
import { definePolicy, ZAOZHUANG_2023 } from '../../src/index.js';
import type { Policy } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';

describe('policyOf', () => {
  const strict = definePolicy({ generalLimits: 'error' });

  it('gives ZAOZHUANG_2023 when there is no options or no policy, else the policy given', () => {
    expect(policyOf(undefined, 'bank.sets')).toBe(ZAOZHUANG_2023);
    expect(policyOf({}, 'bank.sets')).toBe(ZAOZHUANG_2023);
    expect(policyOf({ policy: undefined }, 'bank.sets')).toBe(ZAOZHUANG_2023);
    expect(policyOf({ policy: strict }, 'bank.sets')).toBe(strict);
  });

  const bad: { name: string; options: unknown; issue: object }[] = [
    {
      name: 'options that is not an object',
      options: null,
      issue: {
        code: 'invalid_option', severity: 'error', clause: 'bank.sets', path: ['options'], received: 'null',
        message: '选项 options 无效：应为对象', messageEn: 'Option options is invalid: must be an object',
      },
    },
    {
      name: 'options that is an array',
      options: [strict],
      issue: {
        code: 'invalid_option', severity: 'error', clause: 'bank.sets', path: ['options'], received: 'array',
        message: '选项 options 无效：应为对象', messageEn: 'Option options is invalid: must be an object',
      },
    },
    {
      name: 'a policy that is not an object',
      options: { policy: 'zaozhuang-2023' },
      issue: {
        code: 'invalid_option', severity: 'error', clause: 'bank.sets', path: ['policy'], received: '"zaozhuang-2023"',
        message: '选项 policy 无效：应为 Policy 对象', messageEn: 'Option policy is invalid: must be a Policy object',
      },
    },
    {
      name: 'a null policy',
      options: { policy: null },
      issue: {
        code: 'invalid_option', severity: 'error', clause: 'bank.sets', path: ['policy'], received: 'null',
        message: '选项 policy 无效：应为 Policy 对象', messageEn: 'Option policy is invalid: must be a Policy object',
      },
    },
  ];
  it.each(bad)('throws for $name', ({ options, issue }) => {
    expect(svaErrorOf(() => policyOf(options, 'bank.sets')).issues).toStrictEqual([issue]);
  });
});

describe('policyInteger', () => {
  const withPassMark = (passMark: unknown) => ({ ...ZAOZHUANG_2023, passMark }) as unknown as Policy;
  const cases: { name: string; value: unknown; ok: boolean }[] = [
    { name: 'the minimum', value: 1, ok: true },
    { name: 'one below the minimum', value: 0, ok: false },
    { name: 'the maximum', value: 100, ok: true },
    { name: 'one above the maximum', value: 101, ok: false },
    { name: 'a fraction within the range', value: 59.5, ok: false },
    { name: 'a number written as a string', value: '60', ok: false },
    { name: 'NaN', value: NaN, ok: false },
    { name: 'missing', value: undefined, ok: false },
  ];
  it.each(cases)('$name ($value): ok $ok', ({ value, ok }) => {
    const run = () => policyInteger(withPassMark(value), 'passMark', 'score.pass', 1, 100);
    if (ok) expect(run()).toBe(value);
    else expect(svaErrorOf(run).issues[0]?.path).toEqual(['policy', 'passMark']);
  });

  it('names the number, its range and what it holds', () => {
    expect(svaErrorOf(() => policyInteger(withPassMark(101), 'passMark', 'score.pass', 1, 100)).issues).toStrictEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'score.pass',
        message: '选项 policy.passMark 无效：应为 1 至 100 的整数',
        messageEn: 'Option policy.passMark is invalid: must be a whole number from 1 to 100',
        path: ['policy', 'passMark'],
        received: '101',
      },
    ]);
  });
});
