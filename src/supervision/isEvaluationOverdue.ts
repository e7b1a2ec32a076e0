import { dayNumberOrUndefined, invalidDateIssue, isoOfDayNumber } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { SUPERVISION_MESSAGES } from './messages.js';
import { evaluationDueDayNumber } from './nextEvaluationDueDate.js';
import type { NextEvaluationDueDateOptions } from './nextEvaluationDueDate.js';

/** Options of {@link isEvaluationOverdue}. */
export type IsEvaluationOverdueOptions = NextEvaluationDueDateOptions;

const CLAUSE = 'supervision.evaluation';

/**
 * Whether an institution last evaluated on `lastEvaluatedOn` is overdue for its next evaluation
 * on `asOf`: true when `asOf` is after {@link nextEvaluationDueDate}. On the due date itself it is
 * not yet overdue.
 *
 * Policy, 六(四): 「对考核机构每三年至少评估1次」.
 *
 * @param lastEvaluatedOn - the day of the last evaluation.
 * @param asOf - the day the question is asked (the library never reads the clock).
 * @param options - `policy` (`evaluationIntervalYears`).
 * @returns `true` when `asOf` is after the due date.
 * @throws {@link SvaError} `invalid_date` for a bad date; `evaluation_as_of_before_last` when
 *   `asOf` is before `lastEvaluatedOn` (the "last" evaluation had not happened yet on `asOf`, so
 *   the question has no answer); `invalid_option`, `evaluation_due_out_of_range`.
 * @example
 * isEvaluationOverdue('2023-06-15', '2026-06-15') // false: due that day
 * isEvaluationOverdue('2023-06-15', '2026-06-16') // true
 */
export function isEvaluationOverdue(lastEvaluatedOn: DateInput, asOf: DateInput, options?: IsEvaluationOverdueOptions): boolean {
  return guardValue(CLAUSE, () => {
    const last = dayNumberOrUndefined(lastEvaluatedOn);
    const today = dayNumberOrUndefined(asOf);
    const issues: RuleIssue[] = [];
    if (last === undefined) issues.push(invalidDateIssue(lastEvaluatedOn, 'lastEvaluatedOn', CLAUSE, ['lastEvaluatedOn'], '上次评估日期'));
    if (today === undefined) issues.push(invalidDateIssue(asOf, 'asOf', CLAUSE, ['asOf'], '核查日期'));
    if (last === undefined || today === undefined) throw new SvaError(issues);
    if (today < last) {
      throw new SvaError(
        issueFrom(SUPERVISION_MESSAGES, 'evaluation_as_of_before_last', CLAUSE, {
          path: ['asOf'],
          expected: isoOfDayNumber(last),
          received: isoOfDayNumber(today),
        }),
      );
    }
    return today > evaluationDueDayNumber(last, options);
  });
}
