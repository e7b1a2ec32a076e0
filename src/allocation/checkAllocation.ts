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

/** Options of {@link checkAllocation}. */
export interface CheckAllocationOptions {
  /** The policy whose limits apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

const DISTRICT_COUNT = 6;

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
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
        issueFrom(CORE_MESSAGES, 'invalid_input', 'allocation.district', {
          received: describe(assignments),
          params: { reasonZh: 'assignments 应为数组', reasonEn: 'assignments must be an array' },
        }),
      ]);
    }
    const policy = readPolicy(options, ALLOCATION_POLICY, 'allocation.district');
    const issues: RuleIssue[] = [];
    // Names become small integer ids once per row; every count is then an array slot or a
    // number-keyed map entry, so that no composite string is built or hashed.
    const itemIds = new Map<string, number>();
    const institutionIds = new Map<string, number>();
    const width = assignments.length + 1;
    const firstOfTriple = new Map<number, number>();
    const pairs = new Set<number>();
    const cityCount: number[] = [];
    const cityOver: Row[] = [];
    const itemCount: number[] = [];
    const placeFirst: (Row | undefined)[] = [];
    const placeCount: number[] = [];

    for (let i = 0; i < assignments.length; i++) {
      const row = readRow(assignments[i], i, [i], issues);
      if (row === undefined) continue;
      const item = idOf(itemIds, row.itemKey);
      const institution = idOf(institutionIds, row.institutionKey);
      const pair = item * width + institution;
      const place = item * DISTRICT_COUNT + row.districtIndex;
      const triple = pair * DISTRICT_COUNT + row.districtIndex;
      const first = firstOfTriple.get(triple);
      if (first !== undefined) {
        issues.push(
          issueFrom(ALLOCATION_MESSAGES, 'assignment_duplicate', 'allocation.district', {
            severity: 'warning',
            path: [i],
            // Messages count rows from 1, as registrations and sets do; paths keep the index.
            params: { first: first + 1 },
          }),
        );
        continue;
      }
      firstOfTriple.set(triple, i);

      const other = placeFirst[place];
      if (other === undefined) placeFirst[place] = row;
      placeCount[place] = (placeCount[place] ?? 0) + 1;
      if (other !== undefined && (placeCount[place] ?? 0) > policy.maxInstitutionsPerItemInDistrict) {
        issues.push(districtIssue(row, other, policy, [i]));
      }
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      const city = (cityCount[item] = (cityCount[item] ?? 0) + 1);
      if (city === policy.maxInstitutionsPerItemInCity + 1) cityOver.push(row);
      const items = (itemCount[institution] = (itemCount[institution] ?? 0) + 1);
      if (items > policy.maxItemsPerInstitution) issues.push(itemsIssue(row, items, policy, [i]));
    }
    for (const row of cityOver) {
      issues.push(cityIssue(row, cityCount[itemIds.get(row.itemKey) ?? 0] ?? 0, policy, [row.index]));
    }
    return resultOf(issues.sort((a, b) => Number(a.path?.[0] ?? 0) - Number(b.path?.[0] ?? 0)));
  });
}
