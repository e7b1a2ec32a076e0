import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { cityIssue, districtIssue, homeDistrictIssue, itemsIssue } from './allocationIssues.js';
import type { AllocationPolicy } from './allocationIssues.js';
import { ALLOCATION_MESSAGES } from './messages.js';
import type { Row } from './rows.js';

/** An issue of the allocation limits, at the row (`row.index`) that breaks the limit. @internal */
export interface LimitIssue {
  /** The `index` of the row the issue is at. */
  readonly index: number;
  readonly issue: RuleIssue;
  /** For `assignment_duplicate`: the index of the first row of the same assignment. */
  readonly first?: number;
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
 * The one algorithm of the allocation limits (三), for `checkAllocation` and
 * `checkNewAssignment`: the rows are read in order; a row that repeats an assignment counts once
 * (`assignment_duplicate`); a row that places an institution in another district than its first
 * row (三3(1), 五: one institution, one district) breaks `allocation.district`
 * (`allocation_institution_two_districts`); a row that gives an item a further institution in a
 * district breaks `allocation.district`; a row that gives an institution one item too many breaks
 * `allocation.items`; and the first row that gives an item more institutions city-wide than the
 * policy allows carries `allocation.city`, with the item's total. Each issue's path is
 * `[row.index]`; they come in row order. Linear time. @internal
 */
export function allocationLimitIssues(rows: readonly Row[], policy: AllocationPolicy): LimitIssue[] {
  const found: LimitIssue[] = [];
  // Names become small integer ids once per row; every count is then an array slot or a
  // number-keyed map entry, so that no composite string is built or hashed.
  const itemIds = new Map<string, number>();
  const institutionIds = new Map<string, number>();
  const width = rows.length + 1;
  const firstOfTriple = new Map<number, number>();
  const pairs = new Set<number>();
  const cityCount: number[] = [];
  const cityOver: Row[] = [];
  const itemCount: number[] = [];
  const placeFirst: (Row | undefined)[] = [];
  const placeCount: number[] = [];
  // 三3(1), 五: the first row of each institution, whose district is the institution's.
  const homeOf: (Row | undefined)[] = [];

  for (const row of rows) {
    const i = row.index;
    const item = idOf(itemIds, row.itemKey);
    const institution = idOf(institutionIds, row.institutionKey);
    const pair = item * width + institution;
    const place = item * DISTRICT_COUNT + row.districtIndex;
    const triple = pair * DISTRICT_COUNT + row.districtIndex;
    const first = firstOfTriple.get(triple);
    if (first !== undefined) {
      // Messages count rows from 1, as registrations and sets do; paths keep the index.
      const issue = issueFrom(ALLOCATION_MESSAGES, 'assignment_duplicate', 'allocation.district', { severity: 'warning', path: [i], params: { first: first + 1 } });
      found.push({ index: i, issue, first });
      continue;
    }
    firstOfTriple.set(triple, i);

    const home = homeOf[institution];
    if (home === undefined) homeOf[institution] = row;
    else if (home.districtIndex !== row.districtIndex) found.push({ index: i, issue: homeDistrictIssue(row, home, [i]) });

    const other = placeFirst[place];
    if (other === undefined) placeFirst[place] = row;
    placeCount[place] = (placeCount[place] ?? 0) + 1;
    if (other !== undefined && (placeCount[place] ?? 0) > policy.maxInstitutionsPerItemInDistrict) {
      found.push({ index: i, issue: districtIssue(row, other, policy, [i]) });
    }
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const city = (cityCount[item] = (cityCount[item] ?? 0) + 1);
    if (city === policy.maxInstitutionsPerItemInCity + 1) cityOver.push(row);
    const items = (itemCount[institution] = (itemCount[institution] ?? 0) + 1);
    if (items > policy.maxItemsPerInstitution) found.push({ index: i, issue: itemsIssue(row, items, policy, [i]) });
  }
  for (const row of cityOver) {
    found.push({ index: row.index, issue: cityIssue(row, cityCount[itemIds.get(row.itemKey) ?? 0] ?? 0, policy, [row.index]) });
  }
  // A stable sort: at one row, the district and items issues, then the city-wide one.
  return found.sort((a, b) => a.index - b.index);
}
