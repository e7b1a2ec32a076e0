import { describe, expect, it } from 'vitest';
import { BATCH_DEFAULTS, BATCH_RULES, POLICY_RULES, SCORE_RULES, SERIAL_RULES, WINDOW_DEFAULTS, WINDOW_RULES } from '../../src/core/policy.js';
import { readPolicy, readPolicyFrom } from '../../src/core/policyOptions.js';
import { SCORE_SCALE } from '../../src/core/scoreScale.js';
import { definePolicy, ZAOZHUANG_2023 } from '../../src/index.js';
import type { Policy } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';

type Key = Exclude<keyof Policy, 'clauses'>;

/** ZAOZHUANG_2023 with one entry replaced (or removed, for `undefined` with `remove`). */
const withEntry = (key: Key, value: unknown, remove = false): Record<string, unknown> => {
  const policy: Record<string, unknown> = { ...ZAOZHUANG_2023, [key]: value };
  if (remove) delete policy[key];
  return policy;
};

const option = (key: string, reasonZh: string, reasonEn: string, received: string) => ({
  code: 'invalid_option',
  severity: 'error',
  clause: 'policy.definition',
  message: `选项“policy.${key}”无效：${reasonZh}`,
  messageEn: `Option policy.${key} is invalid: ${reasonEn}`,
  path: ['policy', key],
  received,
});

describe('readPolicy: the one door through which every rule reads the policy', () => {
  it('gives ZAOZHUANG_2023 when there is no options or no policy', () => {
    expect(readPolicy(undefined, ['minQuestionSets'], 'bank.sets')).toBe(ZAOZHUANG_2023);
    expect(readPolicy({}, ['minQuestionSets'], 'bank.sets')).toBe(ZAOZHUANG_2023);
    expect(readPolicy({ policy: undefined }, ['minQuestionSets'], 'bank.sets')).toBe(ZAOZHUANG_2023);
  });

  it('gives the numbers asked for, copied once, from a policy however it was made', () => {
    const strict = definePolicy({ generalLimits: 'error', minQuestionSets: 3 });
    expect(readPolicy({ policy: strict }, ['minQuestionSets', 'generalLimits'], 'bank.sets')).toStrictEqual({ minQuestionSets: 3, generalLimits: 'error' });
    const spread = { ...ZAOZHUANG_2023, minQuestionSets: 3 };
    expect(readPolicy({ policy: spread }, ['minQuestionSets'], 'bank.sets')).toStrictEqual({ minQuestionSets: 3 });
    // Only the numbers asked for are checked: a policy for one rule need not hold the others.
    expect(readPolicy({ policy: { minCandidateAge: 18 } }, ['minCandidateAge'], 'candidate.age')).toStrictEqual({ minCandidateAge: 18 });
  });

  it('reads each number once, so that the rule applies what was checked', () => {
    let reads = 0;
    const policy = {
      get minQuestionSets() {
        reads++;
        return reads === 1 ? 5 : undefined;
      },
    };
    expect(readPolicy({ policy }, ['minQuestionSets'], 'bank.sets').minQuestionSets).toBe(5);
    expect(reads).toBe(1);
  });

  const whole: { name: string; options: unknown; issues: object[] }[] = [
    {
      name: 'options that is not an object: cites the rule',
      options: 5,
      issues: [
        {
          code: 'invalid_option', severity: 'error', clause: 'bank.sets', path: ['options'], received: '5',
          message: '选项“options”无效：应为对象', messageEn: 'Option options is invalid: must be an object',
        },
      ],
    },
    {
      name: 'options that is an array',
      options: [ZAOZHUANG_2023],
      issues: [
        {
          code: 'invalid_option', severity: 'error', clause: 'bank.sets', path: ['options'], received: 'array',
          message: '选项“options”无效：应为对象', messageEn: 'Option options is invalid: must be an object',
        },
      ],
    },
    {
      name: 'a policy that is not an object: cites policy.definition',
      options: { policy: 'zaozhuang-2023' },
      issues: [
        {
          code: 'invalid_option', severity: 'error', clause: 'policy.definition', path: ['policy'], received: '"zaozhuang-2023"',
          message: '选项“policy”无效：应为“definePolicy”所建的政策', messageEn: 'Option policy is invalid: must be a Policy object',
        },
      ],
    },
    {
      name: 'a null policy',
      options: { policy: null },
      issues: [
        {
          code: 'invalid_option', severity: 'error', clause: 'policy.definition', path: ['policy'], received: 'null',
          message: '选项“policy”无效：应为“definePolicy”所建的政策', messageEn: 'Option policy is invalid: must be a Policy object',
        },
      ],
    },
    {
      name: 'an empty policy: every number asked for, at once',
      options: { policy: {} },
      issues: [
        option('minQuestionSets', '应为不小于1的整数', 'must be a whole number ≥ 1', 'undefined'),
        option('generalLimits', '应为“warning”或“error”', "must be 'warning' or 'error'", 'undefined'),
      ],
    },
  ];
  it.each(whole)('refuses $name', ({ options, issues }) => {
    expect(svaErrorOf(() => readPolicy(options, ['minQuestionSets', 'generalLimits'], 'bank.sets')).issues).toStrictEqual(issues);
  });

  // Every number of the policy, at each boundary of its rule: missing, of the wrong kind, below
  // its minimum, at its minimum, at and above its maximum.
  const AT_LEAST_1 = '应为不小于1的整数';
  const AT_LEAST_1_EN = 'must be a whole number ≥ 1';
  const numbers: { key: Key; value: unknown; reason?: [string, string] }[] = [
    ...(
      [
        'minCandidateAge', 'maxInstitutionsPerItemInCity', 'maxInstitutionsPerItemInDistrict', 'maxItemsPerInstitution',
        'selectionPublicityWorkingDays', 'minQuestionSets', 'fullMark', 'planFilingWorkingDays', 'resultsPublicityWorkingDays',
      ] as const
    ).flatMap((key) => [
      { key, value: 0, reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
      { key, value: 1 },
      { key, value: 2 },
      { key, value: Number.MAX_SAFE_INTEGER },
      { key, value: -1, reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
      { key, value: 1.5, reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
      { key, value: '5', reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
      { key, value: NaN, reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
      { key, value: Infinity, reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
      { key, value: undefined, reason: [AT_LEAST_1, AT_LEAST_1_EN] as [string, string] },
    ]),
    { key: 'minTrainingYears', value: -1, reason: ['应为不小于0的整数', 'must be a whole number ≥ 0'] },
    { key: 'minTrainingYears', value: 0 },
    { key: 'minTrainingYears', value: 1 },
    { key: 'minTrainingYears', value: 0.5, reason: ['应为不小于0的整数', 'must be a whole number ≥ 0'] },
    { key: 'minTrainingYears', value: undefined, reason: ['应为不小于0的整数', 'must be a whole number ≥ 0'] },
    ...(['paperRetentionYears', 'electronicRetentionYears', 'evaluationIntervalYears'] as const).flatMap((key) => [
      { key, value: 0, reason: ['应为1至9999的整数', 'must be a whole number 1–9999'] as [string, string] },
      { key, value: 1 },
      { key, value: 9999 },
      { key, value: 10_000, reason: ['应为1至9999的整数', 'must be a whole number 1–9999'] as [string, string] },
      { key, value: '3', reason: ['应为1至9999的整数', 'must be a whole number 1–9999'] as [string, string] },
      { key, value: undefined, reason: ['应为1至9999的整数', 'must be a whole number 1–9999'] as [string, string] },
    ]),
    { key: 'maxCertificateSerial', value: 0, reason: ['应为1至99999的整数', 'must be a whole number 1–99999'] },
    { key: 'maxCertificateSerial', value: 1 },
    { key: 'maxCertificateSerial', value: 99_999 },
    { key: 'maxCertificateSerial', value: 100_000, reason: ['应为1至99999的整数', 'must be a whole number 1–99999'] },
    { key: 'passMark', value: 0, reason: ['应为1至100的整数', 'must be a whole number 1–100 (fullMark)'] },
    { key: 'passMark', value: 1 },
    { key: 'passMark', value: 100 },
    { key: 'passMark', value: 101, reason: ['应为1至100的整数', 'must be a whole number 1–100 (fullMark)'] },
    { key: 'passMark', value: 59.5, reason: ['应为1至100的整数', 'must be a whole number 1–100 (fullMark)'] },
    { key: 'passMark', value: undefined, reason: ['应为1至100的整数', 'must be a whole number 1–100 (fullMark)'] },
    { key: 'generalLimits', value: 'warning' },
    { key: 'generalLimits', value: 'error' },
    { key: 'generalLimits', value: 'Error', reason: ['应为“warning”或“error”', "must be 'warning' or 'error'"] },
    { key: 'generalLimits', value: undefined, reason: ['应为“warning”或“error”', "must be 'warning' or 'error'"] },
    { key: 'annualSummaryDue', value: { month: 1, day: 1 } },
    { key: 'annualSummaryDue', value: { month: 12, day: 31 } },
    { key: 'annualSummaryDue', value: { month: 2, day: 31 } },
    ...[{ month: 0, day: 1 }, { month: 13, day: 1 }, { month: 12, day: 0 }, { month: 12, day: 32 }, { month: 12 }, { month: '12', day: 31 }, '12-31', undefined].map(
      (value) => ({ key: 'annualSummaryDue' as const, value, reason: ['应为1至12月中的某月某日（1至31日）', 'must be a month 1–12 and a day 1–31'] as [string, string] }),
    ),
    { key: 'id', value: 'zaozhuang-2024' },
    { key: 'id', value: 2024, reason: ['应为文字', 'must be a string'] },
    { key: 'effectiveFrom', value: '2023-04-23' },
    { key: 'effectiveFrom', value: undefined, reason: ['应为真实的日期', 'must be a real YYYY-MM-DD date'] },
    { key: 'effectiveFrom', value: '2023-04-31', reason: ['应为真实的日期', 'must be a real YYYY-MM-DD date'] },
    { key: 'planFilingReading', value: 'deadline' },
    { key: 'planFilingReading', value: 'window' },
    { key: 'planFilingReading', value: 'both', reason: ['应为“deadline”或“window”', "must be 'deadline' or 'window'"] },
    { key: 'planFilingReading', value: undefined, reason: ['应为“deadline”或“window”', "must be 'deadline' or 'window'"] },
  ];
  it.each(numbers)('$key = $value: refused $reason', ({ key, value, reason }) => {
    const run = () => readPolicy({ policy: withEntry(key, value, value === undefined) }, [key], 'bank.sets');
    if (reason === undefined) expect(run()).toStrictEqual({ [key]: value });
    else {
      const shown = value === undefined ? 'undefined' : typeof value === 'object' ? 'object' : typeof value === 'string' ? JSON.stringify(value) : String(value);
      expect(svaErrorOf(run).issues).toStrictEqual([option(key, reason[0], reason[1], shown)]);
    }
  });

  it('bounds the pass mark by the full mark of the same policy, and by nothing when that is not a number', () => {
    expect(readPolicy({ policy: { fullMark: 150, passMark: 90 } }, ['fullMark', 'passMark'], 'score.pass')).toStrictEqual({ fullMark: 150, passMark: 90 });
    expect(svaErrorOf(() => readPolicy({ policy: { fullMark: 50, passMark: 60 } }, ['passMark'], 'score.pass')).issues).toStrictEqual([
      option('passMark', '应为1至50的整数', 'must be a whole number 1–50 (fullMark)', '60'),
    ]);
    // A missing full mark is its own issue; the pass mark is then bounded below only.
    expect(svaErrorOf(() => readPolicy({ policy: { passMark: 60 } }, ['fullMark', 'passMark'], 'score.pass')).issues).toStrictEqual([
      option('fullMark', '应为不小于1的整数', 'must be a whole number ≥ 1', 'undefined'),
    ]);
  });

  it('has a rule for every entry of a policy but its clauses, and ZAOZHUANG_2023 passes every one', () => {
    const keys = Object.keys(ZAOZHUANG_2023).filter((k) => k !== 'clauses').sort();
    expect(Object.keys(POLICY_RULES).sort()).toEqual(keys);
    expect(readPolicy({ policy: { ...ZAOZHUANG_2023 } }, keys as Key[], 'bank.sets')).toStrictEqual(
      Object.fromEntries(keys.map((k) => [k, ZAOZHUANG_2023[k as Key]])),
    );
  });
});

describe('readPolicyFrom: the door with its own default and rules (the score functions)', () => {
  it.each<[string, Readonly<Record<string, unknown>>]>([
    ['SCORE_RULES', SCORE_RULES],
    ['WINDOW_RULES', WINDOW_RULES],
    ['SERIAL_RULES', SERIAL_RULES],
    ['BATCH_RULES', BATCH_RULES],
  ])('%s holds the very rules of POLICY_RULES for its numbers', (_name, rules) => {
    expect(Object.keys(rules).length).toBeGreaterThan(0);
    for (const [key, rule] of Object.entries(rules)) expect(rule, key).toBe(POLICY_RULES[key as Key]);
  });

  it.each<[string, Readonly<Record<string, unknown>>, Readonly<Record<string, unknown>>]>([
    ['WINDOW_DEFAULTS', WINDOW_DEFAULTS, WINDOW_RULES],
    ['BATCH_DEFAULTS', BATCH_DEFAULTS, BATCH_RULES],
  ])('%s holds ZAOZHUANG_2023\'s numbers, one for each rule of its subset', (_name, defaults, rules) => {
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(rules).sort());
    expect(defaults).toStrictEqual(Object.fromEntries(Object.keys(rules).map((k) => [k, ZAOZHUANG_2023[k as Key]])));
  });


  it('uses the rules of POLICY_RULES and the default given', () => {
    expect(SCORE_RULES.fullMark).toBe(POLICY_RULES.fullMark);
    expect(SCORE_RULES.passMark).toBe(POLICY_RULES.passMark);
    expect(readPolicyFrom(undefined, ['fullMark', 'passMark'], 'score.scale', SCORE_SCALE, SCORE_RULES)).toBe(SCORE_SCALE);
    expect(SCORE_SCALE).toEqual({ fullMark: ZAOZHUANG_2023.fullMark, passMark: ZAOZHUANG_2023.passMark });
    expect(svaErrorOf(() => readPolicyFrom({ policy: {} }, ['fullMark', 'passMark'], 'score.scale', SCORE_SCALE, SCORE_RULES)).issues.map((i) => i.path)).toEqual([
      ['policy', 'fullMark'],
      ['policy', 'passMark'],
    ]);
  });
});
