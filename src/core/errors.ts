import type { RuleIssue } from './issues.js';

/**
 * The only error the library throws. Value functions (`format*`, `compute*`, `add*`, `count*`, …)
 * throw it on bad input; `check*`, `validate*`, `parse*` and `isValid*` never throw.
 *
 * `code` is the code of the first issue; `issues` holds every issue found.
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
  }
}

/** Type guard that works across realms and duplicate package copies. */
export function isSvaError(value: unknown): value is SvaError {
  return value instanceof SvaError || (value instanceof Error && value.name === 'SvaError' && 'issues' in value);
}
