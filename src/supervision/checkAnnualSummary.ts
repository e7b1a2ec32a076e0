import { ANNUAL_SUMMARY_FIELDS } from './labels.js';
import { labelIssues } from '../core/evidence.js';
import { dayNumberOf, dayNumberOrUndefined, invalidDateIssue, isoOfDayNumber } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { isSummaryYear, summaryDueDayNumber, summaryYearIssue } from './annualSummaryDueDate.js';
import { SUPERVISION_MESSAGES } from './messages.js';

/** An institution's summary of one year: the year, and the day it was submitted, if it was. */
export interface AnnualSummary {
  /** The year the summary covers. */
  readonly year: number;
  /** The day it was submitted; absent (or `undefined`) when it has not been submitted. */
  readonly submittedOn?: DateInput;
}

/** Options of {@link checkAnnualSummary}. */
export interface CheckAnnualSummaryOptions {
  /** Defaults to `ZAOZHUANG_2023` (`annualSummaryDue`: 31 December). */
  readonly policy?: Policy;
}

const CLAUSE = 'annual.summary';

/**
 * Checks an institution's yearly summary against its due date, as of a given day.
 *
 * Policy, 六(四): 「考核机构每年12月向所在区（市）人力资源社会保障部门报送本机构当年工作总结」; 四2(7):
 * 「按年度、按批次妥善保管考核工作全过程资料」.
 *
 * With D the due date ({@link annualSummaryDueDate}, 31 December of `year`):
 * - not submitted and `asOf` after D: error `annual_summary_missing` (path `['submittedOn']`);
 *   not submitted and `asOf` on or before D: `ok`, with no issue (nothing is due yet);
 * - submitted after D: error `annual_summary_late`; submitted on D: on time;
 * - submitted before 1 January of `year`: error `annual_summary_before_year` (a summary of a year
 *   cannot be made before the year begins); a summary sent earlier in the year than December is
 *   accepted, since the text sets when it is due, not a first day;
 * - submitted after `asOf`: error `annual_summary_after_as_of` (the record contradicts `asOf`).
 *
 * Bad input (a year that is not a whole number 1–9999, a bad date, a bad policy) is reported as
 * issues. Never throws.
 *
 * @param summary - the year and, if it was submitted, `submittedOn`.
 * @param asOf - the day the check is made (the library never reads the clock).
 * @param options - `policy` (`annualSummaryDue`).
 * @returns `ok` when nothing is late or missing; every failure, citing `annual.summary`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * checkAnnualSummary({ year: 2024, submittedOn: '2024-12-31' }, '2025-03-01') // { ok: true, issues: [] }
 * checkAnnualSummary({ year: 2024 }, '2025-01-01').issues[0].code // 'annual_summary_missing'
 * checkAnnualSummary({ year: 2024, submittedOn: '2025-01-01' }, '2025-03-01').issues[0].code // 'annual_summary_late'
 */
export function checkAnnualSummary(summary: AnnualSummary, asOf: DateInput, options?: CheckAnnualSummaryOptions): RuleResult {
  return guardCheck(CLAUSE, () => {
    const issues: RuleIssue[] = [];
    const today = dayNumberOrUndefined(asOf);
    if (today === undefined) issues.push(invalidDateIssue(asOf, 'asOf', CLAUSE, ['asOf'], '核查日期'));
    if (!isRecord(summary)) return resultOf([notAnObjectIssue(CLAUSE, 'summary'), ...issues]);
    const { year, submittedOn } = summary;
    if (!isSummaryYear(year)) issues.push(summaryYearIssue(year, ['year']));
    const submitted = dayNumberOrUndefined(submittedOn);
    if (submittedOn !== undefined && submitted === undefined) {
      issues.push(invalidDateIssue(submittedOn, 'submittedOn', CLAUSE, ['submittedOn'], '报送日期'));
    }
    if (issues.length > 0 || today === undefined || !isSummaryYear(year)) return resultOf(labelIssues(issues, ANNUAL_SUMMARY_FIELDS));
    const due = summaryDueDayNumber(year, options);
    const facts = { year: String(year), asOf: isoOfDayNumber(today) };
    if (submitted === undefined) {
      if (today > due) issues.push(summaryIssue('annual_summary_missing', isoOfDayNumber(due), undefined, facts));
      return resultOf(labelIssues(issues, ANNUAL_SUMMARY_FIELDS));
    }
    const firstDay = dayNumberOf(year, 1, 1);
    if (submitted < firstDay) {
      issues.push(summaryIssue('annual_summary_before_year', isoOfDayNumber(firstDay), isoOfDayNumber(submitted), facts));
    }
    if (submitted > due) issues.push(summaryIssue('annual_summary_late', isoOfDayNumber(due), isoOfDayNumber(submitted), facts));
    if (submitted > today) issues.push(summaryIssue('annual_summary_after_as_of', facts.asOf, isoOfDayNumber(submitted), facts));
    return resultOf(labelIssues(issues, ANNUAL_SUMMARY_FIELDS));
  });
}

function summaryIssue(
  code: 'annual_summary_missing' | 'annual_summary_late' | 'annual_summary_before_year' | 'annual_summary_after_as_of',
  expected: string,
  received: string | undefined,
  params: { year: string; asOf: string },
): RuleIssue {
  return issueFrom(SUPERVISION_MESSAGES, code, CLAUSE, {
    path: ['submittedOn'],
    expected,
    ...(received === undefined ? {} : { received }),
    params,
  });
}
