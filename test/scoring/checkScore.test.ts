import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScore, definePolicy, isPassingScore } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import type { RuleIssue } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';
import { scoreIssues } from '../../src/scoring/checkScore.js';

describe('checkScore (四1, score.scale, score.pass)', () => {
  const cases: { name: string; score: unknown; codes: string[]; clause?: string }[] = [
    { name: '0 fails', score: 0, codes: ['score_below_pass_mark'], clause: 'score.pass' },
    { name: '59.9 fails', score: 59.9, codes: ['score_below_pass_mark'], clause: 'score.pass' },
    { name: '59.99 fails', score: 59.99, codes: ['score_below_pass_mark'], clause: 'score.pass' },
    { name: "'59.999999999999999999' fails", score: '59.999999999999999999', codes: ['score_below_pass_mark'], clause: 'score.pass' },
    { name: '60 passes', score: 60, codes: [] },
    { name: "'60.0' passes", score: '60.0', codes: [] },
    { name: '60.0001 passes', score: 60.0001, codes: [] },
    { name: '100 passes', score: 100, codes: [] },
    { name: '100.1 is off the scale', score: 100.1, codes: ['score_out_of_range'], clause: 'score.scale' },
    { name: '-0.1 is off the scale', score: -0.1, codes: ['score_out_of_range'], clause: 'score.scale' },
    { name: 'NaN is not a number', score: NaN, codes: ['score_not_a_number'], clause: 'score.scale' },
    { name: "'60 ' is not a plain decimal", score: '60 ', codes: ['score_not_a_number'], clause: 'score.scale' },
    { name: 'undefined is not a number', score: undefined, codes: ['score_not_a_number'], clause: 'score.scale' },
    { name: 'true is not a number', score: true, codes: ['score_not_a_number'], clause: 'score.scale' },
  ];
  it.each(cases)('$name', ({ score, codes, clause }) => {
    const result = checkScore(score);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    if (clause !== undefined) expect(result.issues[0]?.clause).toBe(clause);
  });

  it('says which score and which mark', () => {
    expect(checkScore('59.90').issues[0]).toMatchObject({
      severity: 'error',
      expected: 60,
      received: '59.9',
      message: '成绩59.9分，低于合格线60分',
      messageEn: 'The score 59.9 is below the pass mark 60',
    });
    expect(checkScore(100.5).issues[0]).toMatchObject({ expected: 100, received: '100.5' });
  });

  const scale = { severity: 'error', clause: 'score.scale' } as const;
  const exact: { name: string; score: unknown; issue: RuleIssue }[] = [
    {
      name: "'60 '",
      score: '60 ',
      issue: {
        code: 'score_not_a_number',
        ...scale,
        message: '成绩应为数字，如59.5（不含空格、科学计数法或全角数字）',
        messageEn: 'The score must be a finite number or a plain decimal string such as "59.5" (no spaces, exponent or full-width digits); received "60 "',
        received: '"60 "',
      },
    },
    {
      name: "'-0.01'",
      score: '-0.01',
      issue: {
        code: 'score_out_of_range',
        ...scale,
        message: '成绩实行百分制，应在0至100分之间，实为-0.01',
        messageEn: 'Scores are on a 100-point scale: from 0 to 100; received "-0.01"',
        expected: 100,
        received: '"-0.01"',
      },
    },
    {
      name: '100.5',
      score: 100.5,
      issue: {
        code: 'score_out_of_range',
        ...scale,
        message: '成绩实行百分制，应在0至100分之间，实为100.5',
        messageEn: 'Scores are on a 100-point scale: from 0 to 100; received 100.5',
        expected: 100,
        received: '100.5',
      },
    },
    {
      name: "'59.90' (received as the exact value)",
      score: '59.90',
      issue: {
        code: 'score_below_pass_mark',
        severity: 'error',
        clause: 'score.pass',
        message: '成绩59.9分，低于合格线60分',
        messageEn: 'The score 59.9 is below the pass mark 60',
        expected: 60,
        received: '59.9',
      },
    },
    {
      name: '-0 (received as 0)',
      score: -0,
      issue: {
        code: 'score_below_pass_mark',
        severity: 'error',
        clause: 'score.pass',
        message: '成绩0分，低于合格线60分',
        messageEn: 'The score 0 is below the pass mark 60',
        expected: 60,
        received: '0',
      },
    },
  ];
  it.each(exact)('names the fault exactly: $name', ({ score, issue }) => {
    expect(checkScore(score)).toEqual({ ok: false, issues: [issue] });
  });

  it('reports a policy without sane marks as invalid_option, never as a score below {expected}', () => {
    expect(checkScore(59, { policy: {} } as never)).toMatchObject({
      ok: false,
      issues: [
        { code: 'invalid_option', clause: 'policy.definition', path: ['policy', 'fullMark'] },
        { code: 'invalid_option', clause: 'policy.definition', path: ['policy', 'passMark'] },
      ],
    });
    expect(codesOf(checkScore(59, { policy: { ...definePolicy({}), passMark: 0 } }))).toEqual(['invalid_option']);
  });

  it('reads the marks from the policy', () => {
    const policy = deepFreeze(definePolicy({ passMark: 70 }));
    expect(codesOf(checkScore(65, { policy }))).toEqual(['score_below_pass_mark']);
    expect(checkScore(70, { policy }).ok).toBe(true);
  });

  it('agrees with isPassingScore on every score of the scale (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (thousandths) => {
        const score = thousandths / 1000;
        expect(checkScore(score).ok).toBe(isPassingScore(score));
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    for (const value of hostileValues()) expect(checkScore(value).ok).toBe(false);
    for (const options of hostileValues()) expect(() => checkScore(60, options as never)).not.toThrow();
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(checkScore(value))));
  });
});

describe('scoreIssues (the twin checkCertificate calls with the scale read once)', () => {
  const scale = { fullMark: 100, passMark: 60 };
  const cases: { score: unknown; codes: string[] }[] = [
    { score: 60, codes: [] },
    { score: '60', codes: [] },
    { score: 59.99, codes: ['score_below_pass_mark'] },
    { score: '59.99', codes: ['score_below_pass_mark'] },
    { score: 100, codes: [] },
    { score: 100.01, codes: ['score_out_of_range'] },
    { score: -1, codes: ['score_out_of_range'] },
    { score: 'x', codes: ['score_not_a_number'] },
  ];
  it.each(cases)('$score: $codes', ({ score, codes }) => {
    const issues = scoreIssues(score, scale);
    expect(issues.map((i) => i.code)).toEqual(codes);
    expect(issues).toEqual(checkScore(score).issues);
  });
});
