import { publicityPeriodDayIssues } from '../calendar/checkPublicityPeriod.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import type { DateInput } from '../core/dates.js';
import { isoOfDayNumber, partsOfDayNumber, zhDateOfDayNumber } from '../core/dates.js';
import { labelIssues, readDate, readList, readObject, readSection } from '../core/evidence.js';
import type { Path } from '../core/evidence.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { SELECTION_MESSAGES } from './messages.js';
import { SELECTION_FIELDS } from './labels.js';

/** An objection raised against the selection result (三3(2) 「经公示无异议的」). */
export interface SelectionObjection {
  /** The day it was raised. */
  readonly raisedOn: DateInput;
  /** The day it was settled; left out while it is not. */
  readonly resolvedOn?: DateInput;
}

/** The steps of 三3(2) after the evaluation: the publicity of its result, the objections, the code. */
export interface Selection {
  /** The publicity of the evaluation result, both days included. */
  readonly publicity: { readonly start: DateInput; readonly end: DateInput };
  /** Every objection raised; `[]` when none was (left out, it is reported missing, never read as none). */
  readonly objections: readonly SelectionObjection[];
  /** The day the city bureau assigned the institution code. */
  readonly codeAssignedOn: DateInput;
}

/** Options of {@link checkSelection}. */
export interface CheckSelectionOptions {
  /** Default {@link ZAOZHUANG_2023}: `selectionPublicityWorkingDays` (5). */
  readonly policy?: Policy;
  /** Default {@link CHINA_MAINLAND_CALENDAR}. */
  readonly calendar?: WorkdayCalendar;
}

const CODE = 'selection.code';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A day as the bureau writes it (2024年3月1日) and in English (1 March 2024), for `{…Zh}` and `{…En}`.
function dated(name: string, day: number): Record<string, string> {
  const { year, month, day: d } = partsOfDayNumber(day);
  return { [`${name}Zh`]: zhDateOfDayNumber(day), [`${name}En`]: `${d} ${MONTHS[month - 1] ?? ''} ${year}` };
}

function objectionIssues(value: unknown, path: Path, publicity: readonly [number, number] | undefined, assigned: number | undefined): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const objection = readObject(value, path, CODE, issues);
  if (objection === undefined) return issues;
  const raised = readDate(objection.raisedOn, [...path, 'raisedOn'], CODE, issues);
  const resolved = objection.resolvedOn === undefined ? undefined : readDate(objection.resolvedOn, [...path, 'resolvedOn'], CODE, issues);
  if (raised === undefined) return issues;
  if (resolved !== undefined && resolved < raised) {
    const params = { ...dated('raised', raised), ...dated('resolved', resolved) };
    issues.push(issueFrom(SELECTION_MESSAGES, 'objection_resolved_before_raised', CODE, { path: [...path, 'resolvedOn'], expected: isoOfDayNumber(raised), received: isoOfDayNumber(resolved), params }));
  }
  // Only an objection raised during the publicity bars the code (「经公示无异议的」).
  if (publicity === undefined || assigned === undefined || raised < publicity[0] || raised > publicity[1]) return issues;
  if (objection.resolvedOn === undefined) {
    issues.push(issueFrom(SELECTION_MESSAGES, 'objection_unresolved', CODE, { path, received: isoOfDayNumber(raised), params: { ...dated('raised', raised), ...dated('assigned', assigned) } }));
  } else if (resolved !== undefined && resolved > assigned) {
    const params = { ...dated('raised', raised), ...dated('resolved', resolved), ...dated('assigned', assigned) };
    issues.push(issueFrom(SELECTION_MESSAGES, 'objection_resolved_after_code', CODE, { path: [...path, 'resolvedOn'], expected: isoOfDayNumber(assigned), received: isoOfDayNumber(resolved), params }));
  }
  return issues;
}

/**
 * Checks the steps of 三3(2) that follow the evaluation of an applicant: the publicity of the
 * result, the objections raised during it, and the assignment of the institution code.
 *
 * Policy, 三3(2): 「区（市）人力资源社会保障局……将评估结果向社会公示，公示时间不少于5个工作日。经公示无异议的，
 * 市人力资源社会保障局按照全省统一的考核机构编码规则，向遴选确定的考核机构赋予机构代码并出具回执」.
 *
 * - `selection.publicity`: the publicity covers at least `policy.selectionPublicityWorkingDays`
 *   (5) working days, counted as {@link checkPublicityPeriod} counts them (`publicity_too_short`,
 *   `publicity_end_before_start`, `calendar_out_of_range`).
 * - `selection.code`: the code is assigned after the publicity's last day, at the earliest the day
 *   after it (`selection_code_too_early`); every objection raised during the publicity (its first
 *   and last days included) is resolved on or before the day the code is assigned
 *   (`objection_unresolved`, `objection_resolved_after_code`; reading: dates cannot order two
 *   steps of one day, so the same day is allowed). An objection raised outside the publicity does
 *   not bar the code. One resolved before it was raised is `objection_resolved_before_raised`.
 *
 * Missing is not false: `objections` left out is `missing_field` (give `[]` when none was raised),
 * and so is `codeAssignedOn`. Never throws.
 *
 * @param selection - `{ publicity: { start, end }, objections: [{ raisedOn, resolvedOn? }], codeAssignedOn }`.
 * @param options - `policy`, `calendar`.
 * @returns `ok` when the publicity is long enough, no objection raised during it is open when the
 *   code is assigned, and the code comes after the publicity; every failure otherwise.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * checkSelection({ publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [], codeAssignedOn: '2024-03-18' })
 * // { ok: true, issues: [] }
 * checkSelection({ publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [], codeAssignedOn: '2024-03-15' }).issues[0].code
 * // 'selection_code_too_early'
 */
export function checkSelection(selection: Selection, options?: CheckSelectionOptions): RuleResult {
  return guardCheck('selection.publicity', () => {
    readPolicy(options, ['selectionPublicityWorkingDays'], 'selection.publicity');
    if (!isRecord(selection)) return resultOf([notAnObjectIssue('selection.publicity', 'selection')]);
    const issues: RuleIssue[] = [];
    const section = readSection(selection.publicity, ['publicity'], 'selection.publicity', issues);
    const start = section === undefined ? undefined : readDate(section.start, ['publicity', 'start'], 'selection.publicity', issues);
    const end = section === undefined ? undefined : readDate(section.end, ['publicity', 'end'], 'selection.publicity', issues);
    if (start !== undefined && end !== undefined) issues.push(...publicityPeriodDayIssues('selection', start, end, options, ['publicity']));
    const assigned = readDate(selection.codeAssignedOn, ['codeAssignedOn'], CODE, issues);
    if (assigned !== undefined && end !== undefined && assigned <= end) {
      const params = { ...dated('end', end), ...dated('assigned', assigned) };
      issues.push(issueFrom(SELECTION_MESSAGES, 'selection_code_too_early', CODE, { path: ['codeAssignedOn'], expected: isoOfDayNumber(end + 1), received: isoOfDayNumber(assigned), params }));
    }
    const publicity = start !== undefined && end !== undefined && start <= end ? ([start, end] as const) : undefined;
    const objections = readList(selection.objections, ['objections'], CODE, issues);
    objections?.forEach((objection, index) => issues.push(...objectionIssues(objection, ['objections', index], publicity, assigned)));
    return resultOf(labelIssues(issues, SELECTION_FIELDS));
  });
}
