import type { ClauseId } from '../core/clauses.js';
import type { RuleResult } from '../core/issues.js';
import { checkCertificate } from '../batches/checkCertificate.js';
import type { CheckCertificateOptions } from '../batches/checkCertificate.js';
import type { Certificate } from '../batches/types.js';
import { CertificateSchema, createCertificateSchema } from './certificateSchema.js';
import type { Path } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateCertificate}: those of `checkCertificate`. */
export type ValidateCertificateOptions = CheckCertificateOptions;

function clauseOf(path: Path): ClauseId {
  return path[0] === 'code' ? 'certificate.code' : path[0] === 'score' ? 'score.scale' : 'certificate.contents';
}

const validate = /* @__PURE__ */ validatorOf(
  { zh: CertificateSchema, create: createCertificateSchema, clause: 'certificate.contents', clauseOf, root: 'certificate' },
  (value, options?: ValidateCertificateOptions) => checkCertificate(value as Certificate, options).issues,
);

/**
 * Validates a certificate of unknown shape: {@link CertificateSchema} first, then every rule of
 * `checkCertificate`, in one {@link RuleResult}.
 *
 * Policy, 附件4 专项职业能力证书参考样式: 「姓名、身份证号、考核项目、考核成绩、证书编号」, 「发证日期」;
 * 附件3 证书编码规则; 四1 「60分（含）以上为考核合格」.
 *
 * Schema issues come first, in both languages, with the clause of their field; a rule's issue at
 * a field the schema already reported is left out. Never throws.
 *
 * @param input - anything.
 * @param options - `institutionCode`, `resultsPublicityEnd`, `policy`, as for `checkCertificate`.
 * @returns one result: `ok` when the shape is right and every rule holds.
 * @example
 * validateCertificate(sampleCertificate()) // { ok: true, issues: [] }
 * validateCertificate({ ...sampleCertificate(), code: 253704000100001 }).issues[0]
 * // { code: 'schema_invalid_type', clause: 'certificate.code', path: ['code'], … }
 */
export function validateCertificate(input: unknown, options?: ValidateCertificateOptions): RuleResult {
  return validate(input, options);
}
