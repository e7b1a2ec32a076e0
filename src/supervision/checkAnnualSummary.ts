import { dayNumberOf, dayNumberOrUndefined, invalidDateIssue, isoOfDayNumber, zhDateOfDayNumber } from '../core/dates.js';
import { effectiveDayOf, pushBeforeEffective, pushYearBeforeEffective } from '../core/effective.js';
import type { DateInput } from '../core/dates.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { dueDayNumberOf, isSummaryYear, summaryYearIssue } from './annualSummaryDueDate.js';
import { readPolicy } from '../core/policyOptions.js';
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
  /** Defaults to `ZAOZHUANG_2023` (`annualSummaryDue`: 31 December; `effectiveFrom`: 2023-04-23). */
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
 *   cannot be made before the year begins); submitted in the year but before the first day of the
 *   due month (1 December): warning `annual_summary_early` (「每年12月」 names the month);
 * - a `year` before the year the scheme took effect (`policy.effectiveFrom`, 2023): error
 *   `year_before_policy_effective` citing `policy.effective`, not a missing summary: the scheme
 *   asks no summary of that year; a `submittedOn` before the scheme took effect:
 *   `before_policy_effective`;
 * - submitted after `asOf`: error `annual_summary_after_as_of` (the record contradicts `asOf`).
 *
 * Bad input (a year that is not a whole number 1–9999, a bad date, a bad policy) is reported as
 * issues. Never throws.
 *
 * @param summary - the year and, if it was submitted, `submittedOn`.
 * @param asOf - the day the check is made (the library never reads the clock).
 * @param options - `policy` (`annualSummaryDue`, `effectiveFrom`).
 * @returns `ok` when nothing is late or missing; every failure, citing `annual.summary`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * checkAnnualSummary({ year: 2024, submittedOn: '2024-12-31' }, '2025-03-01') // { ok: true, issues: [] }
 * checkAnnualSummary({ year: 2024 }, '2025-01-01').issues[0].code // 'annual_summary_missing'
 * checkAnnualSummary({ year: 2024, submittedOn: '2025-01-01' }, '2025-03-01').issues[0].code // 'annual_summary_late'
 * checkAnnualSummary({ year: 2024, submittedOn: '2024-11-30' }, '2025-03-01') // { ok: true, issues: [{ code: 'annual_summary_early', severity: 'warning', … }] }
 * checkAnnualSummary({ year: 2022 }, '2025-03-01').issues[0].clause // 'policy.effective'
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
    if (issues.length > 0 || today === undefined || !isSummaryYear(year)) return resultOf(issues);
    const policy = readPolicy(options, ['annualSummaryDue', 'effectiveFrom'], CLAUSE);
    const effective = effectiveDayOf(policy.effectiveFrom);
    pushYearBeforeEffective(year, effective, ['year'], ['总结年度', 'year summarised'], issues);
    if (issues.length > 0) return resultOf(issues);
    const due = dueDayNumberOf(year, policy.annualSummaryDue);
    const facts = { year: String(year), asOf: zhDateOfDayNumber(today), asOfEn: isoOfDayNumber(today) };
    if (submitted === undefined) {
      if (today > due) issues.push(summaryIssue('annual_summary_missing', due, undefined, facts));
      return resultOf(issues);
    }
    const firstDay = dayNumberOf(year, 1, 1);
    pushBeforeEffective(submitted, effective, ['submittedOn'], ['报送日期', 'submission date'], issues);
    const month = policy.annualSummaryDue.month;
    const opens = dayNumberOf(year, month, 1);
    if (submitted < firstDay) {
      issues.push(summaryIssue('annual_summary_before_year', firstDay, submitted, facts));
    } else if (submitted < opens) {
      issues.push(
        issueFrom(SUPERVISION_MESSAGES, 'annual_summary_early', CLAUSE, {
          severity: 'warning',
          path: ['submittedOn'],
          expected: isoOfDayNumber(opens),
          received: isoOfDayNumber(submitted),
          params: { year, month, submitted: zhDateOfDayNumber(submitted) },
        }),
      );
    }
    if (submitted > due) issues.push(summaryIssue('annual_summary_late', due, submitted, facts));
    if (submitted > today) issues.push(summaryIssue('annual_summary_after_as_of', today, submitted, facts));
    return resultOf(issues);
  });
}

function summaryIssue(
  code: 'annual_summary_missing' | 'annual_summary_late' | 'annual_summary_before_year' | 'annual_summary_after_as_of',
  expected: number,
  received: number | undefined,
  facts: { year: string; asOf: string; asOfEn: string },
): RuleIssue {
  // ISO in expected and received; the Chinese message writes the days as 2024年3月1日.
  return issueFrom(SUPERVISION_MESSAGES, code, CLAUSE, {
    path: ['submittedOn'],
    expected: isoOfDayNumber(expected),
    ...(received === undefined ? {} : { received: isoOfDayNumber(received) }),
    params: { ...facts, e: zhDateOfDayNumber(expected), r: received === undefined ? '' : zhDateOfDayNumber(received) },
  });
}
