import { dayNumberOrUndefined, invalidDateIssue, isoOfDayNumber, zhDateOfDayNumber } from '../core/dates.js';
import type { DateInput, IsoDate } from '../core/dates.js';
import { missingIssue } from '../core/evidence.js';
import { guardCheck, invalidOptionIssue, isRecord } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { BATCH_DEFAULTS, BATCH_RULES } from '../core/policy.js';
import { generalSeverity } from '../core/severity.js';
import { QUESTION_BANK_MESSAGES } from './messages.js';
import { readSets } from './readSets.js';
import type { ReadSet } from './readSets.js';

/** One set of questions (一套试题): an id and the tasks it holds. */
export interface QuestionSet {
  /** A non-empty id, unique in the bank. */
  readonly id: string;
  /** The ids of its tasks; at least one. Order and repetition do not matter. */
  readonly tasks: readonly string[];
}

/** A question bank (试题库). */
export interface QuestionBank {
  readonly sets: readonly QuestionSet[];
  /** The day the district bureau's evaluation approved the bank. A `Date` is read in UTC+8. */
  readonly approvedOn?: IsoDate | Date;
}

/** Options of {@link checkQuestionBank}. */
export interface CheckQuestionBankOptions {
  /** The scheme whose `minQuestionSets` and `generalLimits` apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
  /** The day the bank is used (e.g. the exam's first day): it must be approved by then. */
  readonly usedOn?: DateInput;
}

function sameTaskIssues(sets: readonly ReadSet[]): { distinct: number; issues: RuleIssue[] } {
  const firstWithKey = new Map<string, ReadSet>();
  const issues: RuleIssue[] = [];
  for (const set of sets) {
    if (set.key === undefined) continue;
    const first = firstWithKey.get(set.key);
    if (first === undefined) firstWithKey.set(set.key, set);
    else {
      issues.push(
        issueFrom(QUESTION_BANK_MESSAGES, 'set_same_tasks', 'bank.sets', {
          severity: 'warning',
          path: ['sets', set.index],
          params: { id: set.id ?? `#${set.index + 1}`, other: first.id ?? `#${first.index + 1}` },
        }),
      );
    }
  }
  return { distinct: firstWithKey.size, issues };
}

function approvalIssues(bank: unknown, usedOnInput: unknown, hasUsedOn: boolean): RuleIssue[] {
  const approvedOnInput = isRecord(bank) ? bank.approvedOn : undefined;
  const issues: RuleIssue[] = [];
  const approvedOn = dayNumberOrUndefined(approvedOnInput);
  if (approvedOnInput !== undefined && approvedOn === undefined) {
    issues.push(invalidDateIssue(approvedOnInput, 'approvedOn', 'bank.approval', ['approvedOn'], '试题库评估通过日期'));
  }
  if (!hasUsedOn) return issues;
  const usedOn = dayNumberOrUndefined(usedOnInput);
  if (usedOn === undefined) issues.push(invalidDateIssue(usedOnInput, 'usedOn', 'bank.approval', ['usedOn'], '试题库使用日期'));
  if (approvedOnInput === undefined) {
    issues.push(missingIssue('bank.approval', ['approvedOn'], 'error', '试题库评估通过日期'));
  }
  if (approvedOn !== undefined && usedOn !== undefined && approvedOn > usedOn) {
    issues.push(
      issueFrom(QUESTION_BANK_MESSAGES, 'bank_approved_after_use', 'bank.approval', {
        path: ['approvedOn'],
        expected: isoOfDayNumber(usedOn),
        received: isoOfDayNumber(approvedOn),
        params: { approved: zhDateOfDayNumber(approvedOn), used: zhDateOfDayNumber(usedOn) },
      }),
    );
  }
  return issues;
}

/**
 * Checks a question bank: its sets, how many distinct sets it has, and, given the day of use,
 * that it was approved by then.
 *
 * Policy, 四1: 「考核机构根据专项职业能力考核规范编制试题库（一般不少于5套，且支持循环组卷），经区（市）
 * 人力资源社会保障局评估后使用」.
 *
 * - `bank.sets`: a set that is not an object, an id that is not a non-empty string or is used
 *   twice, tasks that are not an array of non-empty strings, a set with no task, and a bank
 *   with no set are errors. Sets with the same tasks (order and repetition ignored) count once,
 *   each repeat with a `set_same_tasks` warning. Fewer than `policy.minQuestionSets` (5)
 *   distinct sets is a `too_few_sets` **warning** (一般: the district bureau may allow
 *   fewer), an error under `generalLimits: 'error'`.
 * - `bank.approval`: with `usedOn`, `approvedOn` must be present (else `missing_field`) and not
 *   after `usedOn`; approval on the day of use counts. A bad date is an `invalid_date` error,
 *   with or without `usedOn`.
 *
 * Never throws.
 *
 * @param bank - the bank.
 * @param options - the policy, and the day the bank is used.
 * @returns `{ ok, issues }` listing every failure.
 * @example
 * const sets = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, tasks: [`${id}1`, `${id}2`] }));
 * checkQuestionBank({ sets, approvedOn: '2024-03-01' }, { usedOn: '2024-03-18' }) // { ok: true, issues: [] }
 * checkQuestionBank({ sets: sets.slice(0, 4) })
 * // { ok: true, issues: [{ code: 'too_few_sets', severity: 'warning', clause: 'bank.sets', expected: 5, received: 4, … }] }
 * checkQuestionBank({ sets }, { usedOn: '2024-03-18' })
 * // { ok: false, issues: [{ code: 'missing_field', clause: 'bank.approval', path: ['approvedOn'], … }] }
 */
export function checkQuestionBank(bank: QuestionBank, options?: CheckQuestionBankOptions): RuleResult {
  return guardCheck('bank.sets', () => {
    const issues: RuleIssue[] = [];
    if (options !== undefined && !isRecord(options)) {
      issues.push(invalidOptionIssue('bank.sets', ['options'], '应为对象', 'must be an object'));
    }
    const opts: Record<string, unknown> = isRecord(options) ? options : {};
    const policy = readPolicyFrom(opts, ['minQuestionSets', 'generalLimits'], 'bank.sets', BATCH_DEFAULTS, BATCH_RULES);
    const sets = readSets(bank, issues);
    const { distinct, issues: repeats } = sameTaskIssues(sets);
    issues.push(...repeats);
    if (sets.length > 0 && distinct < policy.minQuestionSets) {
      issues.push(
        issueFrom(QUESTION_BANK_MESSAGES, 'too_few_sets', 'bank.sets', {
          severity: generalSeverity(policy),
          path: ['sets'],
          expected: policy.minQuestionSets,
          received: distinct,
        }),
      );
    }
    issues.push(...approvalIssues(bank, opts.usedOn, opts.usedOn !== undefined));
    return resultOf(issues);
  });
}
