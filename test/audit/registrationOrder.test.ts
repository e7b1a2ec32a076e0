// 四2: registration comes after the announcement (四2(1)) and before the exam (四2(4)). Each
// registration's day against the day the announcement was published and the exam's first day,
// with both boundaries; a date that cannot be read is left to the checks that read it.
import { describe, expect, it } from 'vitest';
import { AUDIT_MESSAGES } from '../../src/audit/messages.js';
import { registrationOrderIssues } from '../../src/audit/registrationOrder.js';
import { issueFrom } from '../../src/core/issues.js';
import type { RuleIssue } from '../../src/core/issues.js';

const batch = { announcement: { publishedOn: '2025-09-10' }, exam: { startDate: '2025-10-13' } };

const before = (n: number, received: string, receivedZh: string): RuleIssue =>
  issueFrom(AUDIT_MESSAGES, 'registration_before_announcement', 'registration.eligible', {
    path: ['registrations', n - 1, 'registeredOn'],
    expected: '2025-09-10',
    received,
    params: { n, expectedZh: '2025年9月10日', receivedZh },
  });

const after = (n: number, received: string, receivedZh: string): RuleIssue =>
  issueFrom(AUDIT_MESSAGES, 'registration_after_exam_start', 'registration.eligible', {
    path: ['registrations', n - 1, 'registeredOn'],
    expected: '2025-10-13',
    received,
    params: { n, expectedZh: '2025年10月13日', receivedZh },
  });

describe('registrationOrderIssues', () => {
  it.each<[string, RuleIssue[]]>([
    ['2025-09-09', [before(1, '2025-09-09', '2025年9月9日')]],
    ['2025-09-10', []],
    ['2025-09-11', []],
    ['2025-10-12', []],
    ['2025-10-13', [after(1, '2025-10-13', '2025年10月13日')]],
    ['2025-10-14', [after(1, '2025-10-14', '2025年10月14日')]],
    ['2024-01-01', [before(1, '2024-01-01', '2024年1月1日')]],
  ])('a registration on %s, announced 2025-09-10, exam from 2025-10-13', (registeredOn, expected) => {
    expect(registrationOrderIssues([{ registeredOn }], batch)).toStrictEqual(expected);
  });

  it('places each registration out of order at its index, and counts it from 1', () => {
    const registrations = [{ registeredOn: '2025-09-20' }, { registeredOn: '2025-09-01' }, { registeredOn: '2025-10-20' }];
    expect(registrationOrderIssues(registrations, batch)).toStrictEqual([before(2, '2025-09-01', '2025年9月1日'), after(3, '2025-10-20', '2025年10月20日')]);
  });

  it.each<[string, unknown, string, RuleIssue[]]>([
    ['only the announcement\'s day is known: before it', { announcement: { publishedOn: '2025-09-10' } }, '2025-09-09', [before(1, '2025-09-09', '2025年9月9日')]],
    ['only the announcement\'s day is known: long after it', { announcement: { publishedOn: '2025-09-10' } }, '2026-01-01', []],
    ['only the exam\'s day is known: on it', { exam: { startDate: '2025-10-13' } }, '2025-10-13', [after(1, '2025-10-13', '2025年10月13日')]],
    ['only the exam\'s day is known: long before it', { exam: { startDate: '2025-10-13' } }, '2020-01-01', []],
    ['no day is known', { announcement: {}, exam: {} }, '2025-10-13', []],
    ['the announcement and the exam are not objects', { announcement: null, exam: 'x' }, '2025-10-13', []],
    ['the announcement\'s day is not a date', { announcement: { publishedOn: '10 September' }, exam: { startDate: '2025-10-13' } }, '2025-09-01', []],
    ['the batch is not an object', null, '2025-10-13', []],
    ['there is no batch', undefined, '2025-10-13', []],
  ])('when %s', (_, b, registeredOn, expected) => {
    expect(registrationOrderIssues([{ registeredOn }], b)).toStrictEqual(expected);
  });

  it('leaves a registration without a readable date, or not an object, to the checks that read it', () => {
    expect(registrationOrderIssues([null, 5, {}, { registeredOn: 20250901 }, { registeredOn: '2025-02-30' }, { registeredOn: '2025-09-01' }], batch)).toStrictEqual([
      before(6, '2025-09-01', '2025年9月1日'),
    ]);
  });
});
