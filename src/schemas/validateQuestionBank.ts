import type { RuleResult } from '../core/issues.js';
import { checkQuestionBank } from '../question-bank/checkQuestionBank.js';
import type { CheckQuestionBankOptions, QuestionBank } from '../question-bank/checkQuestionBank.js';
import { createQuestionBankSchema, QuestionBankSchema } from './questionBankSchema.js';
import type { Path } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateQuestionBank}: those of {@link sva-rules!checkQuestionBank}. */
export type ValidateQuestionBankOptions = CheckQuestionBankOptions;

const clauseOf = (path: Path) => (path[0] === 'approvedOn' ? 'bank.approval' : 'bank.sets');

const validate = /* @__PURE__ */ validatorOf(
  { zh: QuestionBankSchema, create: createQuestionBankSchema, clause: 'bank.sets', clauseOf, root: 'bank' },
  (value, options?: ValidateQuestionBankOptions) => checkQuestionBank(value as QuestionBank, options).issues,
);

/**
 * Validates a question bank of unknown shape: {@link QuestionBankSchema}, then every rule of
 * {@link sva-rules!checkQuestionBank}, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 四1: 「考核机构根据专项职业能力考核规范编制试题库（一般不少于5套，且支持循环组卷），经区（市）
 * 人力资源社会保障局评估后使用」.
 *
 * Schema issues come first (`schema_invalid_type`, …; clause `bank.approval` for `approvedOn`,
 * else `bank.sets`), then the rules' issues at fields the schema did not already report. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, `usedOn`, as for {@link sva-rules!checkQuestionBank}.
 * @returns one result: `ok` when the shape is right and no rule fails.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateQuestionBank({ sets: [{ id: 'A', tasks: [] }] }).issues.map((i) => i.code)
 * // ['schema_too_small', 'too_few_sets']
 */
export function validateQuestionBank(input: unknown, options?: ValidateQuestionBankOptions): RuleResult {
  return validate(input, options);
}
