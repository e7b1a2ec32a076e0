import { describe, expect, it } from 'vitest';
import { issueFrom, parseResultOf, resultOf } from '../../src/core/issues.js';
import type { RuleIssue } from '../../src/core/issues.js';
import { CORE_MESSAGES } from '../../src/core/messages.js';

// A table of this test only, to show where `{expected}` and `{received}` come from.
const TABLE = {
  between: ['应为 {expected}，实为 {received}', 'expected {expected}, got {received}'],
  plain: ['没有占位符', 'No placeholder'],
} as const;

describe('issueFrom', () => {
  it('builds an error with both messages and no other field when no detail is given', () => {
    expect(issueFrom(TABLE, 'plain', 'materials')).toStrictEqual({
      code: 'plain',
      severity: 'error',
      clause: 'materials',
      message: '没有占位符',
      messageEn: 'No placeholder',
    });
  });

  it('keeps severity, path, expected and received, and fills their placeholders', () => {
    expect(
      issueFrom(TABLE, 'between', 'score.pass', { severity: 'warning', path: ['items', 0, 'score'], expected: '60–100', received: 59 }),
    ).toStrictEqual({
      code: 'between',
      severity: 'warning',
      clause: 'score.pass',
      message: '应为 60–100，实为 59',
      messageEn: 'expected 60–100, got 59',
      path: ['items', 0, 'score'],
      expected: '60–100',
      received: 59,
    });
  });

  it('takes a placeholder from params before expected and received', () => {
    const issue = issueFrom(TABLE, 'between', 'score.pass', { expected: 'e', received: 'r', params: { expected: 'p', received: 0 } });
    expect([issue.message, issue.messageEn]).toEqual(['应为 p，实为 0', 'expected p, got 0']);
  });

  it('leaves a placeholder with no value as it is, and never reads received for another name', () => {
    expect(issueFrom(CORE_MESSAGES, 'missing_field', 'materials', { received: 'r', expected: 'e' })).toStrictEqual({
      code: 'missing_field',
      severity: 'error',
      clause: 'materials',
      message: '未填写{name}',
      messageEn: '{nameEn} is missing',
      expected: 'e',
      received: 'r',
    });
    expect(issueFrom(TABLE, 'between', 'materials').messageEn).toBe('expected {expected}, got {received}');
  });

  it('keeps an expected or received given as undefined', () => {
    const issue = issueFrom(CORE_MESSAGES, 'missing_field', 'materials', {
      expected: undefined,
      received: undefined,
      params: { name: '姓名', nameEn: 'The name' },
    });
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'clause', 'message', 'messageEn', 'expected', 'received']);
    expect([issue.message, issue.messageEn]).toEqual(['未填写姓名', 'The name is missing']);
  });
});

describe('resultOf and parseResultOf', () => {
  const warning: RuleIssue = issueFrom(TABLE, 'plain', 'bank.sets', { severity: 'warning' });
  const error: RuleIssue = issueFrom(TABLE, 'plain', 'bank.sets');
  const cases: { name: string; issues: RuleIssue[]; ok: boolean }[] = [
    { name: 'no issue', issues: [], ok: true },
    { name: 'a warning', issues: [warning], ok: true },
    { name: 'an error', issues: [error], ok: false },
    { name: 'a warning, then an error', issues: [warning, error], ok: false },
  ];
  it.each(cases)('$name: ok $ok', ({ issues, ok }) => {
    expect(resultOf(issues)).toStrictEqual({ ok, issues });
    expect(parseResultOf('value', issues)).toStrictEqual(ok ? { ok, value: 'value', issues } : { ok, issues });
  });
});
