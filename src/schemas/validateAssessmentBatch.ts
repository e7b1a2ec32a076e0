import type { ClauseId } from '../core/clauses.js';
import type { RuleResult } from '../core/issues.js';
import { checkBatch } from '../batches/checkBatch.js';
import type { CheckBatchOptions } from '../batches/checkBatch.js';
import type { AssessmentBatch } from '../batches/types.js';
import { AssessmentBatchSchema, createAssessmentBatchSchema } from './assessmentBatchSchema.js';
import type { Path } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateAssessmentBatch}: those of `checkBatch`. */
export type ValidateAssessmentBatchOptions = CheckBatchOptions;

// The clause of a field of the batch ('section.field', then 'section'), for the schema's issues.
const CLAUSE_OF_FIELD: Readonly<Record<string, ClauseId>> = {
  institutionCode: 'selection.code',
  announcement: 'announcement.contents',
  plan: 'plan.deadline',
  'plan.contents': 'plan.contents',
  'plan.approvedOn': 'plan.review',
  exam: 'plan.deadline',
  'exam.endDate': 'results.publicity',
  'exam.method': 'assessment.method',
  'exam.site': 'exam.site',
  'exam.productionSafetyAssured': 'exam.site',
  'exam.notices': 'exam.notices',
  'exam.videoRecorded': 'exam.video',
  questionBank: 'bank.sets',
  'questionBank.approvedOn': 'bank.approval',
  resultsPublicity: 'results.publicity',
  certificates: 'certificate.issuance',
};

function clauseOf(path: Path): ClauseId {
  return CLAUSE_OF_FIELD[`${String(path[0])}.${String(path[1])}`] ?? CLAUSE_OF_FIELD[String(path[0])] ?? 'batch.scope';
}

const validate = /* @__PURE__ */ validatorOf(
  { zh: AssessmentBatchSchema, create: createAssessmentBatchSchema, clause: 'batch.scope', clauseOf, root: 'batch' },
  (value, options?: ValidateAssessmentBatchOptions) => checkBatch(value as AssessmentBatch, options).issues,
);

/**
 * Validates a batch of unknown shape (parsed JSON, a form): {@link AssessmentBatchSchema} first,
 * then every step of `checkBatch`, in one {@link RuleResult}.
 *
 * Policy, 四2: 「专项职业能力考核由考核机构在区（市）人力资源社会保障局评估同意的考核范围内组织实施」;
 * 四2(1)–(6); 四1.
 *
 * Schema issues come first (`schema_invalid_type`, `schema_invalid_value`, …, with zod's message
 * in Chinese and English and the clause of their field); the rules run even when the shape is
 * wrong, and a rule's issue at a field the schema already reported (or inside it) is left out, so
 * that one mistake is told once. Never throws.
 *
 * @param input - anything.
 * @param options - `policy`, `calendar`, as for `checkBatch`.
 * @returns one result: `ok` when the shape is right and every step holds.
 * @example
 * validateAssessmentBatch(sampleBatch()) // { ok: true, issues: [] }
 * validateAssessmentBatch({ ...sampleBatch(), exam: { ...sampleBatch().exam, videoRecorded: 'yes' } }).issues[0]
 * // { code: 'schema_invalid_type', clause: 'exam.video', path: ['exam', 'videoRecorded'], … }
 */
export function validateAssessmentBatch(input: unknown, options?: ValidateAssessmentBatchOptions): RuleResult {
  return validate(input, options);
}
