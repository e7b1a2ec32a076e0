import { batchWords } from './words.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
import { resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { BATCH_DEFAULTS, BATCH_RULES } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import { resolveCalendar } from '../calendar/resolve.js';
import { readExam } from './context.js';
import { checkExam } from './examPart.js';
import { checkPlan } from './planPart.js';
import { checkResults } from './resultsPart.js';
import { checkScope } from './scopePart.js';
import type { AssessmentBatch } from './types.js';

/**
 * The numbers of the policy the batch's steps read, themselves or through the rules they call:
 * those of its rules (`BATCH_RULES`), in their order.
 */
const BATCH_POLICY = /* @__PURE__ */ Object.keys(BATCH_RULES) as (keyof typeof BATCH_RULES)[];

/** Options of {@link checkBatch}. */
export interface CheckBatchOptions {
  /**
   * Default {@link ZAOZHUANG_2023}: `planFilingWorkingDays`, `planFilingReading`,
   * `resultsPublicityWorkingDays`, `minQuestionSets`, `generalLimits`, `effectiveFrom`, `cityCode`.
   */
  readonly policy?: Policy;
  /** Default {@link CHINA_MAINLAND_CALENDAR}; every working day is counted with it. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * Checks one assessment batch, step by step, from the announcement to the certificates.
 *
 * Policy, 四2: 「专项职业能力考核由考核机构在区（市）人力资源社会保障局评估同意的考核范围内组织实施」;
 * 四2(1) 发布公告; 四2(3) 「考核机构在考试开始前5个工作日内……编制本批次考核计划……经市、区（市）人力资源
 * 社会保障部门审核后实施」; 四2(4) 考务组织; 四1 考核内容、试题库; 四2(5) 「公示时间不少于5个工作日」;
 * 四2(6) 「将公示情况和考核结果信息上传……经人力资源社会保障部门审核后……颁发专项职业能力证书」.
 *
 * In this order, each with its clause:
 * 1. `batch.scope`: a valid institution code of the policy's city (`cityCode`, 04: else
 *    `selection.code`); the item among `approvedScope.items` (names compared
 *    after NFKC without white space); the district (by code or name) that of `approvedScope`.
 * 2. `announcement.contents`: `announcement.publishedOn`, the day the announcement was published,
 *    and each of the 7 {@link ANNOUNCEMENT_FIELDS}.
 * 3. `plan.deadline`: `plan.filedOn` not before `announcement.publishedOn` (the steps of 四2 run
 *    in order; else `plan_filed_before_announcement`); under `policy.planFilingReading`
 *    `'deadline'` (the default), no later than {@link planFilingDeadline} of the exam's first day
 *    (the 5th working day before it, counted with `calendar`; else `plan_filed_late`); under
 *    `'window'`, from that day to the day before the exam (else `plan_filed_outside_window`).
 * 4. `plan.contents`: each of the 9 {@link PLAN_FIELDS}.
 * 5. `plan.review`: `plan.approvedOn` strictly before the exam's first day (审核后实施: approval on
 *    the exam day itself is too late) and not before `plan.filedOn`.
 * 6. `exam.site` (a fixed site, or a production post with `productionSafetyAssured`),
 *    `exam.notices` (the 3 {@link NOTICES}), `exam.video` (`videoRecorded`).
 * 7. `assessment.method`: theory alone is a warning (一般), an error under `generalLimits: 'error'`.
 * 8. `bank.sets` exactly as {@link checkQuestionBank}; `bank.approval` on or before the first day.
 * 9. `results.publicity`: starts after the exam's last day (`endDate`, else `startDate`) and lasts
 *    `resultsPublicityWorkingDays` (5) working days or more ({@link checkPublicityPeriod}).
 * 10. `certificate.issuance`: uploaded after the publicity's last day E (the next step may happen
 *    the day after E), reviewed on or after the upload, issued on or after the review and after E.
 *
 * Every failure is listed, with its path. Missing is not false: an absent field is
 * `missing_field`, and an absent section (`plan`, `certificates`, …) is read as one whose every
 * field is missing. The exam's first day is read in step 3 (its issues cite `plan.deadline`), its
 * `endDate` in step 9 (its issues, `invalid_date` and `exam_end_before_start`, cite `exam.dates`).
 * A window that runs past the calendar (the plan's filing, the publicity) is answered when the days
 * the calendar covers decide it, whatever the uncovered days are (a plan filed 2026-12-31 for an
 * exam on 2027-01-04 is late: at most 4 working days before it); otherwise a day outside the
 * calendar is reported as `calendar_out_of_range`, never guessed. A bad `options`, `policy` or
 * `calendar` is reported alone, as `invalid_option`. Never throws.
 *
 * @param batch - the batch.
 * @param options - `policy`, `calendar`.
 * @returns `ok` when no step fails; every issue, in the order above.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * checkBatch(sampleBatch()) // { ok: true, issues: [] }
 * checkBatch({ ...sampleBatch(), plan: { ...sampleBatch().plan, filedOn: '2025-09-30' } }).issues[0]
 * // { code: 'plan_filed_late', clause: 'plan.deadline', path: ['plan', 'filedOn'], expected: '2025-09-29',
 * //   received: '2025-09-30', message: '考核计划于2025年9月30日编制，应不晚于2025年9月29日（考试前5个工作日）', … }
 */
export function checkBatch(batch: AssessmentBatch, options?: CheckBatchOptions): RuleResult {
  return guardCheck('batch.scope', () => {
    // A bad option throws an SvaError: guardCheck returns its issues alone.
    const policy = readPolicyFrom(options, BATCH_POLICY, 'plan.deadline', BATCH_DEFAULTS, BATCH_RULES);
    resolveCalendar(options?.calendar, 'plan.deadline');
    if (!isRecord(batch)) return resultOf([notAnObjectIssue('batch.scope', 'batch')]);
    const b = batch as unknown as Record<string, unknown>;
    const issues: RuleIssue[] = [];
    const published = checkScope(b, policy.cityCode, issues);
    // The policy holds every number the steps read (BATCH_POLICY), checked above.
    const ctx = readExam(b, policy as Policy, options?.calendar, issues);
    checkPlan(b, ctx, issues, published);
    checkExam(b, ctx, issues);
    checkResults(b, ctx, issues);
    return resultOf(batchWords(issues));
  });
}
