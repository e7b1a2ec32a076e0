import { describe } from '../core/dates.js';
import { guardCheck } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { ALLOCATION_POLICY, cityIssue, districtIssue, itemsIssue } from './allocationIssues.js';
import { ALLOCATION_MESSAGES } from './messages.js';
import { readRow } from './rows.js';
import type { Assignment, Row } from './rows.js';

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
 * - `allocation.city`: the proposal would make more than `policy.maxInstitutionsPerItemInCity`
 *   institutions for its item: a **warning** (一般), an error under `generalLimits: 'error'`.
 * - `allocation.district`: its item already has an institution in its district: an error naming it.
 * - `allocation.items`: its institution would have a third item: an error.
 *
 * A proposal already in the table changes nothing (a warning says so). Districts are recognised
 * by code or name. Unreadable rows of `existing` are reported (path `['existing', i, …]`), since
 * they could hide a conflict. One pass over `existing`: linear time. Never throws.
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
        issueFrom(CORE_MESSAGES, 'invalid_input', 'allocation.district', {
          path: ['existing'],
          received: describe(existing),
          params: { reasonZh: 'existing 应为数组', reasonEn: 'existing must be an array' },
        }),
      );
    }
    const wanted = readRow(proposed, -1, ['proposed'], issues);
    const rows = Array.isArray(existing) ? existing : [];
    if (wanted === undefined) {
      for (let i = 0; i < rows.length; i++) readRow(rows[i], i, ['existing', i], issues);
      return resultOf(issues);
    }
    const policy = readPolicy(options, ALLOCATION_POLICY, 'allocation.district');
    const city = new Set<string>();
    const district = new Map<string, Row>();
    const items = new Set<string>();
    let same: Row | undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = readRow(rows[i], i, ['existing', i], issues);
      if (row === undefined) continue;
      const sameItem = row.itemKey === wanted.itemKey;
      const sameInstitution = row.institutionKey === wanted.institutionKey;
      if (sameItem) city.add(row.institutionKey);
      if (sameItem && row.district.code === wanted.district.code && !district.has(row.institutionKey)) {
        district.set(row.institutionKey, row);
        if (sameInstitution) same ??= row;
      }
      if (sameInstitution) items.add(row.itemKey);
    }
    if (same !== undefined) {
      issues.push(
        issueFrom(ALLOCATION_MESSAGES, 'assignment_exists', 'allocation.district', {
          severity: 'warning',
          path: ['proposed'],
          // Messages count rows from 1, as registrations and sets do.
          params: { first: same.index + 1 },
        }),
      );
      return resultOf(issues);
    }
    if (!city.has(wanted.institutionKey) && city.size + 1 > policy.maxInstitutionsPerItemInCity) {
      issues.push(cityIssue(wanted, city.size + 1, policy, ['proposed', 'item']));
    }
    const other = district.values().next().value;
    if (other !== undefined && district.size + 1 > policy.maxInstitutionsPerItemInDistrict) {
      issues.push(districtIssue(wanted, other, policy, ['proposed', 'district']));
    }
    if (!items.has(wanted.itemKey) && items.size + 1 > policy.maxItemsPerInstitution) {
      issues.push(itemsIssue(wanted, items.size + 1, policy, ['proposed', 'institution']));
    }
    return resultOf(issues);
  });
}
