import { guardCheck } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { invalidIssue } from '../core/evidence.js';
import { ALLOCATION_POLICY } from './allocationIssues.js';
import { allocationLimitIssues } from './limits.js';
import { ALLOCATION_MESSAGES } from './messages.js';
import { labelIssues } from '../core/evidence.js';
import { NEW_ASSIGNMENT_FIELDS } from './labels.js';
import { readRow } from './rows.js';
import type { Assignment, Row } from './rows.js';

// The field of the proposal each limit points at, in the order the issues are listed.
const PROPOSAL_FIELDS = [
  ['allocation_city_exceeded', 'item'],
  ['allocation_district_taken', 'district'],
  ['allocation_institution_two_districts', 'district'],
  ['allocation_items_exceeded', 'institution'],
] as const;

/** Options of {@link checkNewAssignment}. */
export interface CheckNewAssignmentOptions {
  /** The policy whose limits apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

/**
 * Checks one proposed assignment against an existing table: only the issues the proposal would
 * cause, not those the table already has.
 *
 * Policy, 三: 「试点期间，全市范围内每个专项职业能力考核项目对应的考核机构一般不超过5家（各区（市）
 * 范围内，每个专项职业能力考核项目只能对应一家考核机构），每家机构不得超过 2 个考核项目」.
 *
 * It runs the algorithm of {@link checkAllocation} on `existing` with the proposal as its last
 * row, and keeps the issues at that row:
 *
 * - `allocation.city`: the proposal is the institution that takes its item past
 *   `policy.maxInstitutionsPerItemInCity` city-wide: a **warning** (一般), an error under
 *   `generalLimits: 'error'`. When the table already has too many, that issue is the table's, not
 *   the proposal's, and is not repeated.
 * - `allocation.district`: its item already has an institution in its district: an error naming it.
 * - `allocation.items`: its institution would have a third item: an error.
 *
 * A proposal already in the table changes nothing (a warning says so). Districts are recognised
 * by code or name. Unreadable rows of `existing` are reported (path `['existing', i, …]`), since
 * they could hide a conflict. Linear time. Never throws.
 *
 * @param existing - the assignments already made.
 * @param proposed - the new assignment.
 * @param options - `policy`: the limits.
 * @returns the issues the proposal would cause (paths start with `'proposed'`).
 * @example
 * checkNewAssignment(
 *   [{ institution: 'A', item: '面点制作', district: '滕州市' }],
 *   { institution: 'B', item: '面点制作', district: '370481' },
 * ).issues[0].code // 'allocation_district_taken'
 */
export function checkNewAssignment(existing: readonly Assignment[], proposed: Assignment, options?: CheckNewAssignmentOptions): RuleResult {
  return guardCheck('allocation.district', () => {
    const issues: RuleIssue[] = [];
    if (!Array.isArray(existing)) {
      issues.push(
        invalidIssue('allocation.district', ['existing'], existing, '列表', 'an array', undefined, '已有的对应关系'),
      );
    }
    const rows = Array.isArray(existing) ? existing : [];
    // The proposal is read as the row after the table's last.
    const at = rows.length;
    const wanted = readRow(proposed, at, ['proposed'], issues);
    if (wanted === undefined) {
      for (let i = 0; i < rows.length; i++) readRow(rows[i], i, ['existing', i], issues);
      return resultOf(labelIssues(issues, NEW_ASSIGNMENT_FIELDS));
    }
    const policy = readPolicy(options, ALLOCATION_POLICY, 'allocation.district');
    const table: Row[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = readRow(rows[i], i, ['existing', i], issues);
      if (row !== undefined) table.push(row);
    }
    // The same algorithm as checkAllocation, on the table with the proposal as its last row: the
    // issues at that row are the ones the proposal causes.
    const own = allocationLimitIssues([...table, wanted], policy).filter((found) => found.index === at);
    const repeated = own.find((found) => found.first !== undefined);
    if (repeated?.first !== undefined) {
      issues.push(
        issueFrom(ALLOCATION_MESSAGES, 'assignment_exists', 'allocation.district', {
          severity: 'warning',
          path: ['proposed'],
          // Messages count rows from 1, as registrations and sets do.
          params: { first: repeated.first + 1 },
        }),
      );
      return resultOf(labelIssues(issues, NEW_ASSIGNMENT_FIELDS));
    }
    for (const [code, field] of PROPOSAL_FIELDS) {
      for (const { issue } of own) if (issue.code === code) issues.push({ ...issue, path: ['proposed', field] });
    }
    return resultOf(labelIssues(issues, NEW_ASSIGNMENT_FIELDS));
  });
}
