import type { RuleIssue } from '../../core/issues.js';
import { ZAOZHUANG_2023 } from '../../core/policy.js';
import { validateCertificate } from '../../schemas/validateCertificate.js';
import type { ValidateCertificateOptions } from '../../schemas/validateCertificate.js';
import { isPlainResidentId } from './residentId.js';

const NONE: readonly RuleIssue[] = Object.freeze([]);

/** How many templates (code prefix, issue date, item, institution) are remembered at most. */
export const MAX_TEMPLATES = 100_000;

const DECIMAL = /^(0|[1-9][0-9]{0,2})(?:\.([0-9]+))?$/;

// Whether a score certainly passes: a number or a plain decimal string from the pass mark to the
// full mark (both whole numbers). Anything else goes the slow way.
function passes(score: unknown, pass: number, full: number): boolean {
  if (typeof score === 'number') return score >= pass && score <= full;
  if (typeof score !== 'string' || score.length > 50) return false;
  const m = DECIMAL.exec(score);
  if (m === null) return false;
  const whole = Number(m[1]);
  return whole >= pass && (whole < full || (whole === full && /^0*$/.test(m[2] ?? '')));
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The template of a certificate whose own fields are certainly valid, or `undefined`: a plain
 * object; a non-blank name; a valid ID number; a passing score; a 15-digit code whose certificate
 * serial is not 00000; and every other field a string. The template joins what the remaining
 * rules read: the code's first 10 digits (year, province, city, institution), the issue date, the
 * item and the institution.
 */
function templateOf(record: unknown, pass: number, full: number): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const { name, idNumber, item, score, code, institution, issuedOn } = record as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  if (typeof idNumber !== 'string' || !isPlainResidentId(idNumber)) return undefined;
  if (!passes(score, pass, full)) return undefined;
  if (typeof code !== 'string' || code.length !== 15 || !allDigits(code) || code.endsWith('00000')) return undefined;
  if (typeof item !== 'string' || typeof institution !== 'string' || typeof issuedOn !== 'string') return undefined;
  return `${code.slice(0, 10)}\u0000${issuedOn}\u0000${item}\u0000${institution}`;
}

/**
 * A certificate validator for a whole file, giving exactly the issues of
 * {@link validateCertificate} with the same options, faster on a register where most
 * certificates are valid.
 *
 * A certificate is sent to `validateCertificate` unless its own fields are certainly valid (see
 * `templateOf`) and another certificate with the same template (the code's year, city and
 * institution digits, the issue date, the item and the institution) has already passed it with no
 * issue at all: every rule that reads those fields then holds for this one too. The score's pass
 * and full marks are `ZAOZHUANG_2023`'s. A property test holds this equal to `validateCertificate`
 * on random certificates.
 */
export function certificateValidator(options: ValidateCertificateOptions = {}): (record: unknown) => readonly RuleIssue[] {
  const passed = new Set<string>();
  const policy = options.policy ?? ZAOZHUANG_2023;
  const { passMark, fullMark } = policy;
  const fast = Number.isInteger(passMark) && Number.isInteger(fullMark);
  return (record) => {
    const template = fast ? templateOf(record, passMark, fullMark) : undefined;
    if (template !== undefined && passed.has(template)) return NONE;
    const issues = validateCertificate(record, options).issues;
    if (template !== undefined && issues.length === 0 && passed.size < MAX_TEMPLATES) passed.add(template);
    return issues;
  };
}
