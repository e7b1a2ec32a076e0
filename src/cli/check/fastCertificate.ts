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

// Whether a name is not blank (as `name.trim() !== ''`), without trimming when its first
// character is a Chinese character or a printable ASCII one.
function hasText(name: string): boolean {
  const c = name.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || name.trim() !== '';
}

/** A 15-digit code as a number (exact: below 2^53), or -1 when it is not 15 ASCII digits. */
export function codeNumber(code: string): number {
  if (code.length !== 15) return -1;
  let n = 0;
  for (let i = 0; i < 15; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The templates of certificates that passed with no issue: by the code's first 10 digits (year,
 * province, city, institution) and the issue date as one number, then the item and the
 * institution. Nested maps, so that no key is built per certificate.
 */
class Templates {
  private readonly byPrefixAndDate = new Map<number, Map<string, Set<string>>>();
  size = 0;
  // The template found last: a register lists a batch's certificates together.
  private lastKey = -1;
  private lastItem = '';
  private lastInstitution = '';

  has(key: number, item: string, institution: string): boolean {
    if (key === this.lastKey && item === this.lastItem && institution === this.lastInstitution) return true;
    if (this.byPrefixAndDate.get(key)?.get(item)?.has(institution) !== true) return false;
    this.lastKey = key;
    this.lastItem = item;
    this.lastInstitution = institution;
    return true;
  }

  add(key: number, item: string, institution: string): void {
    const institutions = getOrAdd(getOrAdd(this.byPrefixAndDate, key, () => new Map<string, Set<string>>()), item, () => new Set<string>());
    if (!institutions.has(institution)) this.size++;
    institutions.add(institution);
  }
}

// 'YYYY-MM-DD' of 2000–2099 as a number below 37,200 (not checked as a real date: the template
// only groups certificates, the library checks the first of each group), or -1.
function dateKey(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45 || date.charCodeAt(0) !== 50 || date.charCodeAt(1) !== 48) return -1;
  let key = 0;
  for (const i of [2, 3, 5, 6, 8, 9]) {
    const d = date.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    key = key * 10 + d;
  }
  // yy·10^4 + mm·100 + dd → yy·372 + (mm−1)·31 + (dd−1); a bad month or day gives -1 or a key
  // no real date has (the first certificate of that key then fails the library's date check).
  const yy = Math.floor(key / 10000);
  const mm = Math.floor(key / 100) % 100;
  const dd = key % 100;
  return mm < 1 || mm > 12 || dd < 1 || dd > 31 ? -1 : yy * 372 + (mm - 1) * 31 + (dd - 1);
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * The template key (code prefix and issue date) of a certificate whose own fields are certainly
 * valid, or -1: a plain object; a non-blank name; a valid ID number; a passing score; a 15-digit
 * code whose certificate serial is not 00000; an issue date written YYYY-MM-DD in 2000–2099; the
 * item and institution strings. The rules left are those that read the template: the code's
 * first 10 digits, the issue date, the item and the institution.
 */
function templateKey(c: Record<string, unknown>, pass: number, full: number): number {
  const { name, idNumber, score, code } = c;
  if (typeof name !== 'string' || !hasText(name)) return -1;
  if (typeof idNumber !== 'string' || !isPlainResidentId(idNumber)) return -1;
  if (!passes(score, pass, full)) return -1;
  const n = typeof code === 'string' ? codeNumber(code) : -1;
  if (n < 0 || n % 100000 === 0) return -1;
  if (typeof c.item !== 'string' || typeof c.institution !== 'string' || typeof c.issuedOn !== 'string') return -1;
  const date = dateKey(c.issuedOn);
  return date < 0 ? -1 : Math.floor(n / 100000) * 40000 + date;
}

/**
 * A certificate validator for a whole file, giving exactly the issues of
 * {@link validateCertificate} with the same options, faster on a register where most
 * certificates are valid.
 *
 * A certificate is sent to `validateCertificate` unless its own fields are certainly valid (see
 * `templateKey`) and another certificate with the same template (the code's year, city and
 * institution digits, the issue date, the item and the institution) has already passed it with no
 * issue at all: every rule that reads those fields then holds for this one too. The score's pass
 * and full marks are the policy's (`ZAOZHUANG_2023` by default). A property test holds this equal
 * to `validateCertificate` on random certificates.
 */
export class CertificateValidator {
  private readonly passed = new Templates();
  private readonly fast: boolean;
  private readonly passMark: number;
  private readonly fullMark: number;
  /** Whether the last certificate passed by its template: its ID number is then valid. */
  passedFast = false;

  constructor(private readonly options: ValidateCertificateOptions = {}) {
    ({ passMark: this.passMark, fullMark: this.fullMark } = options.policy ?? ZAOZHUANG_2023);
    this.fast = Number.isInteger(this.passMark) && Number.isInteger(this.fullMark);
  }

  /** The issues of one certificate, as `validateCertificate(record, options).issues`. */
  issues(record: unknown): readonly RuleIssue[] {
    this.passedFast = false;
    if (!this.fast || typeof record !== 'object' || record === null || Array.isArray(record)) return validateCertificate(record, this.options).issues;
    const c = record as Record<string, string>;
    const key = templateKey(c, this.passMark, this.fullMark);
    if (key >= 0 && this.passed.has(key, c.item as string, c.institution as string)) {
      this.passedFast = true;
      return NONE;
    }
    const issues = validateCertificate(record, this.options).issues;
    if (key >= 0 && issues.length === 0 && this.passed.size < MAX_TEMPLATES) this.passed.add(key, c.item as string, c.institution as string);
    return issues;
  }
}
