import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSupervision, VIOLATIONS } from '../../src/index.js';
import type { Violation } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { codesOf, expectWellFormed, hostileValues } from '../helpers/expect.js';

describe('checkSupervision (六(四), supervision.violations)', () => {
  it('knows the four violations of api.md and 扰乱秩序, deep-frozen', () => {
    expect(VIOLATIONS).toEqual(['outside_item_list', 'lowered_standard', 'certificate_without_assessment', 'false_advertising', 'disrupting_order']);
    expect(Object.isFrozen(VIOLATIONS)).toBe(true);
  });

  const cases: { name: string; findings: readonly unknown[]; codes: string[]; message?: string }[] = [
    { name: 'no findings: results recognised', findings: [], codes: [] },
    { name: '在项目清单外考核', findings: ['outside_item_list'], codes: ['violation_outside_item_list'], message: '在项目清单外考核，考核结果不予认可' },
    { name: '降低考核标准发证', findings: ['lowered_standard'], codes: ['violation_lowered_standard'], message: '降低考核标准发证，考核结果不予认可' },
    { name: '不考核就发证', findings: ['certificate_without_assessment'], codes: ['violation_certificate_without_assessment'], message: '不考核就发证，考核结果不予认可' },
    { name: '虚假宣传', findings: ['false_advertising'], codes: ['violation_false_advertising'], message: '从事虚假宣传，考核结果不予认可' },
    { name: '扰乱秩序', findings: ['disrupting_order'], codes: ['violation_disrupting_order'], message: '扰乱秩序，考核结果不予认可' },
    { name: 'every violation: each reported', findings: [...VIOLATIONS], codes: VIOLATIONS.map((v) => `violation_${v}`) },
    { name: 'a finding twice: reported twice', findings: ['false_advertising', 'false_advertising'], codes: ['violation_false_advertising', 'violation_false_advertising'] },
    // 「……等违规活动」: another finding is a violation (an error), with a warning that it is not named.
    { name: 'another finding', findings: ['late_paperwork'], codes: ['violation_other', 'violation_not_listed'], message: '存在违规活动「late_paperwork」，考核结果不予认可' },
    { name: 'another finding in Chinese', findings: ['考核现场替考'], codes: ['violation_other', 'violation_not_listed'], message: '存在违规活动「考核现场替考」，考核结果不予认可' },
    { name: 'a misspelt violation beside a real one', findings: ['lowered_standards', 'outside_item_list'], codes: ['violation_other', 'violation_not_listed', 'violation_outside_item_list'] },
    { name: 'a number', findings: [3], codes: ['violation_finding_invalid'] },
    { name: 'null', findings: [null], codes: ['violation_finding_invalid'] },
    { name: 'an empty string', findings: [''], codes: ['violation_finding_invalid'] },
    { name: 'a blank string', findings: [' \t'], codes: ['violation_finding_invalid'] },
  ];
  it.each(cases)('$name', ({ findings, codes, message }) => {
    const result = checkSupervision(deepFreeze([...findings]) as Violation[]);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    expect(result.resultsRecognised).toBe(codes.length === 0);
    expect(result.issues.every((i) => i.clause === 'supervision.violations')).toBe(true);
    expect(result.issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(codes.filter((c) => c === 'violation_not_listed'));
    expect(new Set(result.issues.map((i) => JSON.stringify(i.path)))).toEqual(new Set(findings.map((_, index) => JSON.stringify([index]))));
    if (message !== undefined) expect(result.issues[0]?.message).toBe(message);
  });

  it('gives the exact issue of a violation, of another finding and of findings that are not an array', () => {
    expect(checkSupervision(['false_advertising', 'fake'] as Violation[])).toEqual({
      ok: false,
      resultsRecognised: false,
      issues: [
        {
          code: 'violation_false_advertising',
          severity: 'error',
          clause: 'supervision.violations',
          message: '从事虚假宣传，考核结果不予认可',
          messageEn: 'Engaged in false advertising: the results are not recognised',
          path: [0],
          received: 'false_advertising',
        },
        {
          code: 'violation_other',
          severity: 'error',
          clause: 'supervision.violations',
          message: '存在违规活动「fake」，考核结果不予认可',
          messageEn: 'A violation was found ("fake"): the results are not recognised',
          path: [1],
          received: 'fake',
        },
        {
          code: 'violation_not_listed',
          severity: 'warning',
          clause: 'supervision.violations',
          message:
            '「fake」不在政策列举的在项目清单外考核、降低考核标准发证、不考核就发证、虚假宣传、扰乱秩序之中，按“等违规活动”处理，如为笔误请更正',
          messageEn:
            'The finding "fake" is none of the five kinds the policy names (assessing outside the item list, lowered standard, certificates without assessment, false advertising, disrupting order): it is treated as another violation; correct it if it is a misspelling',
          path: [1],
          received: 'fake',
        },
      ],
    });
    expect(checkSupervision('false_advertising' as never)).toEqual({
      ok: false,
      resultsRecognised: false,
      issues: [
        {
          code: 'violation_findings_invalid',
          severity: 'error',
          clause: 'supervision.violations',
          message: '违规情形应以列表给出，收到的是“false_advertising”',
          messageEn: 'The findings must be given as an array; received "false_advertising"',
          path: ['findings'],
          expected: 'array',
          received: '"false_advertising"',
        },
      ],
    });
  });

  it('gives every violation its own code and messages', () => {
    const issues = checkSupervision([...VIOLATIONS]).issues;
    expect(new Set(issues.map((i) => i.code)).size).toBe(VIOLATIONS.length);
    expect(new Set(issues.map((i) => i.message)).size).toBe(VIOLATIONS.length);
    expect(new Set(issues.map((i) => i.messageEn)).size).toBe(VIOLATIONS.length);
  });

  it('recognises results exactly when there are no findings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...VIOLATIONS), fc.string()), { maxLength: 10 }), (findings) => {
        const result = checkSupervision(findings as Violation[]);
        expect(result.resultsRecognised).toBe(findings.length === 0);
        expect(result.ok).toBe(result.resultsRecognised);
        // One error per finding, named or not; an unnamed one adds its warning.
        expect(result.issues.filter((i) => i.severity === 'error')).toHaveLength(findings.length);
      }),
    );
  });

  it('never mutates its input and returns fresh values', () => {
    const findings = deepFreeze<Violation[]>(['false_advertising']);
    const a = checkSupervision(findings);
    const b = checkSupervision(findings);
    expect(a).toEqual(b);
    expect(a.issues).not.toBe(b.issues);
    expect(findings).toEqual(['false_advertising']);
  });

  it('never throws on hostile input, and never recognises results it cannot read', () => {
    const values = [...hostileValues(), hostileValues()];
    const recognised = values.filter((value) => {
      const result = checkSupervision(value as never);
      expectWellFormed(result.issues);
      expect(result.ok).toBe(result.resultsRecognised);
      return result.resultsRecognised;
    });
    expect(recognised).toEqual([[]]); // only the empty list of findings
    const throwing = new Proxy(['false_advertising'], { get: (t, k) => (k === 'length' ? (() => { throw new Error('boom'); })() : Reflect.get(t, k)) });
    expect(checkSupervision(throwing as never)).toMatchObject({ ok: false, resultsRecognised: false, issues: [{ code: 'invalid_input' }] });
  });
});
