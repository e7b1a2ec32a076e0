import { nextCertificateCodes } from '../codes/nextCertificateCodes.js';
import type { CertificateSerialState, NextCertificateCodesOptions } from '../codes/nextCertificateCodes.js';
import type { RuleResult } from '../core/issues.js';
import { CertificateSerialStateSchema, createCertificateSerialStateSchema } from './certificateSerialStateSchema.js';
import { issuesOfValue } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateCertificateSerialState}. */
export interface ValidateCertificateSerialStateOptions extends NextCertificateCodesOptions {
  /** How many codes are to be allocated: checks that the serials will not run out. Default 0. */
  readonly count?: number;
}

const validate = /* @__PURE__ */ validatorOf(
  { zh: CertificateSerialStateSchema, create: createCertificateSerialStateSchema, clause: 'certificate.code', root: 'state' },
  (value, options?: ValidateCertificateSerialStateOptions) => issuesOfValue(() => nextCertificateCodes(value as CertificateSerialState, options?.count ?? 0, options)),
);

/**
 * Validates the issued-codes state of unknown shape: {@link CertificateSerialStateSchema}, then
 * everything {@link sva-rules!nextCertificateCodes} would refuse (an invalid institution code or issued
 * code, serials running out), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 附件3 二(三): 「第 11-15 位：证书序列码。取值 00001 至 99999」; 一: 证书序列码由「考核机构确定」.
 *
 * `ok` means `nextCertificateCodes(input, options.count ?? 0, options)` gives the codes. Every
 * issue cites `certificate.code`, with its path (`['issued', 3]`). Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `count` to allocate (default 0), `policy`.
 * @returns one result: the schema's issues, then those of `nextCertificateCodes`'s `SvaError`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateCertificateSerialState({ year: 2024, institutionCode: '37040001', issued: ['243704000199999'] }, { count: 1 }).issues[0].code
 * // 'certificate_serials_exhausted'
 */
export function validateCertificateSerialState(input: unknown, options?: ValidateCertificateSerialStateOptions): RuleResult {
  return validate(input, options);
}
