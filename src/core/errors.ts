import type { RuleIssue } from './issues.js';

// The brand of every SvaError, in the global symbol registry: the same symbol in the ES module
// build, the CommonJS build, another copy of the package and another realm, so that an error
// thrown by one is recognised by the others (`instanceof` alone compares one build's class).
const BRAND = /* @__PURE__ */ Symbol.for('sva-rules.error');

/**
 * The only error the library throws. Value functions (`format*`, `compute*`, `add*`, `count*`, …)
 * throw it on bad input; `check*`, `validate*`, `parse*` and `isValid*` never throw.
 *
 * `code` is the code of the first issue; `issues` holds every issue found.
 *
 * `instanceof SvaError` is true of an SvaError from either build of the package (ES module or
 * CommonJS, both loaded in one process) or from another copy of it: it asks {@link isSvaError}.
 *
 * @example
 * formatInstitutionCode({ city: '12', serial: 1 }) // throws SvaError unknown_city
 * let code
 * try { formatInstitutionCode({ city: '12', serial: 1 }) } catch (e) { if (e instanceof SvaError) code = e.code }
 * code // 'unknown_city'
 */
export class SvaError extends Error {
  readonly code: string;
  readonly issues: readonly RuleIssue[];

  constructor(issues: RuleIssue | readonly RuleIssue[]) {
    const list: readonly RuleIssue[] = Array.isArray(issues) ? issues : [issues as RuleIssue];
    const first = list[0];
    super(first === undefined ? 'sva-rules error' : `${first.messageEn} (${first.message}) [${first.code}, ${first.clause}]`);
    this.name = 'SvaError';
    this.code = first?.code ?? 'unknown';
    this.issues = list;
    // The brand isSvaError reads: own, not enumerable, not writable. (Set here rather than as a
    // getter of the class: a computed member would keep the class in every bundle.)
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `value instanceof SvaError`: whether `value` is an SvaError of any build (see
   * {@link isSvaError}). SvaError is not meant to be subclassed.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSvaError(value);
  }
}

/**
 * Type guard that works across the ES module and CommonJS builds, duplicate copies of the
 * package and realms: it reads the brand every SvaError carries (a `Symbol.for` symbol) and its
 * `issues`. Never throws.
 */
export function isSvaError(value: unknown): value is SvaError {
  try {
    return (value as { [BRAND]?: unknown } | undefined)?.[BRAND] === true && Array.isArray((value as SvaError).issues);
  } catch {
    // A revoked proxy or a throwing getter is no SvaError.
    return false;
  }
}
