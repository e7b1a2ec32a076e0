import { dayNumberOrUndefined, isoOfDayNumber } from '../core/dates.js';
import { isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { AUDIT_MESSAGES } from './messages.js';
import { zhDate } from '../core/zhDate.js';

/**
 * 四2: registration comes after the announcement (四2(1)) and before the exam (四2(4)). Each
 * registration dated before `announcement.publishedOn`, or on or after the exam's first day, is a
 * `registration.eligible` error at its `registeredOn`. A date that is absent or not a date is
 * reported by the checks that read it (checkBatch, checkRegistrations), never taken as in order.
 * @internal
 */
export function registrationOrderIssues(registrations: readonly unknown[], batch: unknown): RuleIssue[] {
  const b = isRecord(batch) ? batch : {};
  // A day that is not known bounds nothing.
  const published = dayNumberOrUndefined(isRecord(b.announcement) ? b.announcement.publishedOn : undefined) ?? Number.NEGATIVE_INFINITY;
  const start = dayNumberOrUndefined(isRecord(b.exam) ? b.exam.startDate : undefined) ?? Number.POSITIVE_INFINITY;
  const issues: RuleIssue[] = [];
  registrations.forEach((entry, index) => {
    const day = isRecord(entry) ? dayNumberOrUndefined(entry.registeredOn) : undefined;
    if (day === undefined) return;
    if (day < published) issues.push(orderIssue('registration_before_announcement', index, published, day));
    else if (day >= start) issues.push(orderIssue('registration_after_exam_start', index, start, day));
  });
  return issues;
}

function orderIssue(code: 'registration_before_announcement' | 'registration_after_exam_start', index: number, bound: number, day: number): RuleIssue {
  const expected = isoOfDayNumber(bound);
  const received = isoOfDayNumber(day);
  return issueFrom(AUDIT_MESSAGES, code, 'registration.eligible', {
    path: ['registrations', index, 'registeredOn'],
    expected,
    received,
    params: { n: index + 1, expectedZh: zhDate(expected), receivedZh: zhDate(received) },
  });
}
