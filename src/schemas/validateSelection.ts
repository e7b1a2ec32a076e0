import type { CheckSelectionOptions, Selection } from '../institutions/checkSelection.js';
import { checkSelection } from '../institutions/checkSelection.js';
import type { RuleResult } from '../core/issues.js';
import { createSelectionSchema, SelectionSchema } from './selectionSchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateSelection}: those of {@link sva-rules!checkSelection}. */
export type ValidateSelectionOptions = CheckSelectionOptions;

const validate = /* @__PURE__ */ validatorOf(
  {
    zh: SelectionSchema,
    create: createSelectionSchema,
    clause: 'selection.code',
    clauseOf: (path) => (path[0] === 'publicity' ? 'selection.publicity' : 'selection.code'),
    root: 'selection',
  },
  (value, options?: ValidateSelectionOptions) => checkSelection(value as Selection, options).issues,
);

/**
 * Validates a selection of unknown shape: {@link SelectionSchema}, then
 * {@link sva-rules!checkSelection} (a publicity of at least 5 working days, no open objection, the
 * code after the publicity), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日。经公示无异议的，市人力资源社会保障局……
 * 赋予机构代码」.
 *
 * Issues of the publicity cite `selection.publicity`; the others `selection.code`. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, `calendar`, as for {@link sva-rules!checkSelection}.
 * @returns one result: `ok` when the shape is right and the selection followed 三3(2).
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateSelection({ publicity: { start: '2024-03-11', end: '2024-03-14' }, objections: [], codeAssignedOn: '2024-03-18' }).issues[0].code
 * // 'publicity_too_short'
 */
export function validateSelection(input: unknown, options?: ValidateSelectionOptions): RuleResult {
  return validate(input, options);
}
