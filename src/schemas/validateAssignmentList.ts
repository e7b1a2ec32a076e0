import type { Assignment } from '../allocation/rows.js';
import { checkAllocation } from '../allocation/checkAllocation.js';
import type { CheckAllocationOptions } from '../allocation/checkAllocation.js';
import type { ClauseId } from '../core/clauses.js';
import type { RuleResult } from '../core/issues.js';
import { AssignmentListSchema, createAssignmentListSchema } from './assignmentListSchema.js';
import type { Path } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateAssignmentList}: those of {@link sva-rules!checkAllocation}. */
export type ValidateAssignmentListOptions = CheckAllocationOptions;

// As checkAllocation reads a row: the institution counts items, the item counts institutions.
const CLAUSE_OF_FIELD: Readonly<Record<string, ClauseId>> = { institution: 'allocation.items', item: 'allocation.city' };

const clauseOf = (path: Path): ClauseId => CLAUSE_OF_FIELD[String(path[1])] ?? 'allocation.district';

const validate = /* @__PURE__ */ validatorOf(
  { zh: AssignmentListSchema, create: createAssignmentListSchema, clause: 'allocation.district', clauseOf, root: 'assignments' },
  (value, options?: ValidateAssignmentListOptions) => checkAllocation(value as Assignment[], options).issues,
);

/**
 * Validates a table of assignments of unknown shape: {@link AssignmentListSchema}, then every
 * limit of {@link sva-rules!checkAllocation}, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 三: 「试点期间，全市范围内每个专项职业能力考核项目对应的考核机构一般不超过5家（各区（市）
 * 范围内，每个专项职业能力考核项目只能对应一家考核机构），每家机构不得超过 2 个考核项目」.
 *
 * Schema issues cite the clause of their field (`institution`: `allocation.items`; `item`:
 * `allocation.city`; else `allocation.district`); a row the schema refused is still counted by
 * the limits when it can be read. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, as for {@link sva-rules!checkAllocation}.
 * @returns one result: `ok` when the shape is right and no limit is broken.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateAssignmentList([
 *   { institution: 'A', item: '面点制作', district: '370402' },
 *   { institution: 'B', item: '面点制作', district: '市中区' },
 * ]).issues[0].code // 'allocation_district_taken'
 */
export function validateAssignmentList(input: unknown, options?: ValidateAssignmentListOptions): RuleResult {
  return validate(input, options);
}
