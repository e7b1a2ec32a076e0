import { guardCheck } from '../core/guard.js';
import { resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { invalidIssue } from '../core/evidence.js';
import { ALLOCATION_POLICY } from './allocationIssues.js';
import { allocationLimitIssues } from './limits.js';
import { readRow } from './rows.js';
import { labelIssues } from '../core/evidence.js';
import { ASSIGNMENT_LIST_FIELDS, ASSIGNMENT_LIST_LABEL } from './labels.js';
import type { Assignment, Row } from './rows.js';

/** Options of {@link checkAllocation}. */
export interface CheckAllocationOptions {
  /** The policy whose limits apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

/**
 * Checks a whole table of assignments (institution × item × district) against the limits of 三.
 *
 * Policy, 三: 「试点期间，全市范围内每个专项职业能力考核项目对应的考核机构一般不超过5家（各区（市）
 * 范围内，每个专项职业能力考核项目只能对应一家考核机构），每家机构不得超过 2 个考核项目」.
 *
 * - `allocation.city`: more than `policy.maxInstitutionsPerItemInCity` (5) institutions for an
 *   item city-wide is a **warning** (一般), an error under `generalLimits: 'error'`; one issue per
 *   item, at the row that went over.
 * - `allocation.district`: a second institution for an item in one district is an error, at each
 *   row that adds one.
 * - `allocation.items`: a third item for one institution is an error, at each row that adds one.
 *
 * Districts are recognised by code or name (`'370402'` and `'市中区'` are one district); item
 * and institution names are compared after NFKC with white space removed. A repeated row counts
 * once (a warning). One pass over the table with hash maps: linear time. Never throws.
 *
 * @param assignments - the table.
 * @param options - `policy`: the limits.
 * @returns every issue, in row order (paths are row indexes).
 * @example
 * checkAllocation([
 *   { institution: 'A', item: '面点制作', district: '370402' },
 *   { institution: 'B', item: '面点制作', district: '市中区' },
 * ]).issues[0].code // 'allocation_district_taken'
 */
export function checkAllocation(assignments: readonly Assignment[], options?: CheckAllocationOptions): RuleResult {
  return guardCheck('allocation.district', () => {
    if (!Array.isArray(assignments)) {
      return resultOf([
        invalidIssue('allocation.district', ['assignments'], assignments, '列表', 'an array', undefined, '考核项目与考核机构的对应关系'),
      ]);
    }
    const policy = readPolicy(options, ALLOCATION_POLICY, 'allocation.district');
    const issues: RuleIssue[] = [];
    const rows: Row[] = [];
    for (let i = 0; i < assignments.length; i++) {
      const row = readRow(assignments[i], i, [i], issues);
      if (row !== undefined) rows.push(row);
    }
    const limits = allocationLimitIssues(rows, policy).map((found) => found.issue);
    // The rows' own issues and the limits', in row order.
    return resultOf(labelIssues([...issues, ...limits], ASSIGNMENT_LIST_FIELDS, ASSIGNMENT_LIST_LABEL).sort((x, y) => Number(x.path?.[0] ?? 0) - Number(y.path?.[0] ?? 0)));
  });
}
