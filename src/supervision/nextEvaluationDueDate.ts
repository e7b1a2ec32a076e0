import { addYearsToDayNumber, dayNumberOrThrow, isoOfDayNumber, partsOfDayNumber } from '../core/dates.js';
import type { DateInput, IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { SUPERVISION_MESSAGES } from './messages.js';

/** Options of {@link nextEvaluationDueDate} and {@link isEvaluationOverdue}. */
export interface NextEvaluationDueDateOptions {
  /** Defaults to `ZAOZHUANG_2023` (`evaluationIntervalYears`: 3). */
  readonly policy?: Policy;
}

const CLAUSE = 'supervision.evaluation';

/** The day number of the next due date after an evaluation on day `last`. @internal */
export function evaluationDueDayNumber(last: number, options: unknown): number {
  const years = readPolicy(options, ['evaluationIntervalYears'], CLAUSE).evaluationIntervalYears;
  if (partsOfDayNumber(last).year + years > 9999) {
    throw new SvaError(issueFrom(SUPERVISION_MESSAGES, 'evaluation_due_out_of_range', CLAUSE, { path: ['lastEvaluatedOn'] }));
  }
  return addYearsToDayNumber(last, years);
}

/**
 * The last day by which an institution evaluated on `lastEvaluatedOn` must be evaluated again:
 * the same month and day, `policy.evaluationIntervalYears` (3) years later.
 *
 * Policy, 六(四): 「对考核机构每三年至少评估1次」.
 *
 * Reading: "at least once every 3 years" means the next evaluation is due on the same month and
 * day 3 years after the last one (29 February → 28 February in a common year, so never later
 * than 3 years); an evaluation on that day is on time, and the institution is overdue from the
 * day after (see {@link isEvaluationOverdue}).
 *
 * @param lastEvaluatedOn - the day of the last evaluation.
 * @param options - `policy` (`evaluationIntervalYears`).
 * @returns the due date, as an IsoDate.
 * @throws {@link SvaError} `invalid_date`, `invalid_option` (a policy interval that is not a whole
 *   number of years 1–9999), `evaluation_due_out_of_range`.
 * @example
 * nextEvaluationDueDate('2023-06-15') // '2026-06-15'
 * nextEvaluationDueDate('2024-02-29') // '2027-02-28'
 */
export function nextEvaluationDueDate(lastEvaluatedOn: DateInput, options?: NextEvaluationDueDateOptions): IsoDate {
  return guardValue(CLAUSE, () =>
    isoOfDayNumber(evaluationDueDayNumber(dayNumberOrThrow(lastEvaluatedOn, 'lastEvaluatedOn', CLAUSE, '上次评估日期'), options)),
  );
}
