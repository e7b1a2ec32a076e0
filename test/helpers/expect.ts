import { expect } from 'vitest';
import { CLAUSES, ISSUE_CODES, SvaError } from '../../src/index.js';
import type { ClauseId, ParseResult, RuleIssue, RuleResult } from '../../src/index.js';

/** Asserts every issue is well formed: code, severity, known clause, both messages, no unfilled placeholder. */
export function expectWellFormed(issues: readonly RuleIssue[]): void {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(Object.keys(CLAUSES)).toContain(issue.clause);
    expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(issue.messageEn).toMatch(/[A-Za-z]/);
    // Every placeholder of the code's templates is filled (unless the input itself holds its text).
    expect(ISSUE_CODES[issue.code], `${issue.code} is not in ISSUE_CODES`).toBeDefined();
    const [zh, en] = ISSUE_CODES[issue.code] ?? ['', ''];
    const inputs = `${String(issue.received)} ${String(issue.expected)}`;
    for (const [template, message] of [[zh, issue.message], [en, issue.messageEn]] as const) {
      for (const placeholder of template.match(/\{\w+\}/g) ?? []) {
        if (!inputs.includes(placeholder)) expect(message, issue.code).not.toContain(placeholder);
      }
    }
  }
}

/** The codes of a result's issues, in order. */
export function codesOf(result: RuleResult | ParseResult<unknown>): string[] {
  expectWellFormed(result.issues);
  return result.issues.map((i) => i.code);
}

/** Runs `fn`, expects it to throw an SvaError, and returns it. */
export function svaErrorOf(fn: () => unknown): SvaError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SvaError);
    expectWellFormed((error as SvaError).issues);
    return error as SvaError;
  }
  throw new Error('expected an SvaError, nothing was thrown');
}

/** Values that try to break a function: wrong types, throwing getters and toString, proxies. */
export function hostileValues(): unknown[] {
  const throwingToString = { toString: () => { throw new Error('toString'); } };
  const throwingGetter = Object.defineProperty({}, 'city', { get: () => { throw new Error('getter'); }, enumerable: true });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  return [
    undefined, null, 0, 1, -1, NaN, Infinity, 233704000100001, 2n, true, Symbol('x'), '', [], {},
    () => '233704000100001', new Date(NaN), throwingToString, throwingGetter, revoked.proxy,
    Object.create(null), new String('233704000100001'),
  ];
}

/**
 * The exact `invalid_date` issue of a bad date named `name`, spelled out here once (not built with
 * the library's own helper) so that a change of its wording or fields is caught.
 */
export function invalidDateIssue(clause: ClauseId, name: string, received: string, nameZh: string): RuleIssue {
  return {
    code: 'invalid_date',
    severity: 'error',
    clause,
    message: `${nameZh}不是真实的日期`,
    messageEn: `${name} is not a real date (YYYY-MM-DD)`,
    path: [name],
    expected: 'YYYY-MM-DD',
    received,
  };
}
