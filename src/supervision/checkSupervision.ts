import { describe } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { guardCheck } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { OpenWord } from '../core/terms.js';
import { VIOLATION_MESSAGES } from './messages.js';

/**
 * A violation found by supervision (六(四)): assessing outside the item list (在项目清单外考核),
 * lowering the standard to issue certificates (降低考核标准发证), certificates without assessment
 * (不考核就发证), false advertising (虚假宣传), and, beyond api.md, disrupting order (扰乱秩序), which
 * the text names beside false advertising.
 */
export type Violation =
  | 'outside_item_list'
  | 'lowered_standard'
  | 'certificate_without_assessment'
  | 'false_advertising'
  | 'disrupting_order';

/**
 * Every {@link Violation}, in the order of the policy text: a minimum list (「……等违规活动」), any
 * other finding is a violation too. Deep-frozen.
 */
export const VIOLATIONS: readonly Violation[] = /* @__PURE__ */ deepFreeze([
  'outside_item_list',
  'lowered_standard',
  'certificate_without_assessment',
  'false_advertising',
  'disrupting_order',
] as const);

/** The answer of {@link checkSupervision}: a {@link RuleResult} and whether the results stand. */
export type SupervisionResult = RuleResult & {
  /** `false` as soon as one violation is found, or a finding cannot be read. */
  readonly resultsRecognised: boolean;
};

const CLAUSE = 'supervision.violations';

// 「……等违规活动」: a finding outside the five named kinds is still a violation (an error); a
// warning says it is not among them, so that a misspelt named kind is seen.
function findingIssues(finding: unknown, index: number): RuleIssue[] {
  const known = VIOLATIONS.find((v) => v === finding);
  if (known !== undefined) return [issueFrom(VIOLATION_MESSAGES, `violation_${known}`, CLAUSE, { path: [index], received: known })];
  if (typeof finding !== 'string' || finding.trim() === '') {
    return [issueFrom(VIOLATION_MESSAGES, 'violation_finding_invalid', CLAUSE, { path: [index], received: describe(finding) })];
  }
  return [
    issueFrom(VIOLATION_MESSAGES, 'violation_other', CLAUSE, { path: [index], received: finding }),
    issueFrom(VIOLATION_MESSAGES, 'violation_not_listed', CLAUSE, { severity: 'warning', path: [index], received: finding }),
  ];
}

/**
 * Checks supervision findings: any violation means the institution's assessment results are not
 * recognised.
 *
 * Policy, 六(四): 「对在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规
 * 活动的，对其考核结果不予认可，并按有关规定严肃追究责任」.
 *
 * Each finding is an error with its own code (`violation_outside_item_list`,
 * `violation_lowered_standard`, `violation_certificate_without_assessment`,
 * `violation_false_advertising`, `violation_disrupting_order`) and its index as `path`; a finding
 * given twice is reported twice. The list ends with 等, so any other finding (a non-empty
 * string) is a violation too: an error `violation_other`, with a warning `violation_not_listed`
 * that it is none of the five named kinds (a misspelling shows there). A finding that is not a
 * non-empty string is an error `violation_finding_invalid`: the library cannot say the results
 * stand. No findings: `ok` and
 * `resultsRecognised`. `resultsRecognised` is `false` whenever any violation (or unreadable
 * finding) is reported, and then equals `ok`. The caller decides the scope of the findings (one
 * batch, one institution). Never throws.
 *
 * @param findings - the violations found: the five named kinds, or any other described in words.
 * @returns the issues, citing `supervision.violations`, and `resultsRecognised`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * checkSupervision([]) // { ok: true, issues: [], resultsRecognised: true }
 * checkSupervision(['false_advertising']).resultsRecognised // false
 * checkSupervision(['考核现场替考']).issues.map((i) => i.code) // ['violation_other', 'violation_not_listed']
 */
export function checkSupervision(findings: readonly OpenWord<Violation>[]): SupervisionResult {
  const result = guardCheck(CLAUSE, () => {
    if (!Array.isArray(findings)) {
      return resultOf([
        issueFrom(VIOLATION_MESSAGES, 'violation_findings_invalid', CLAUSE, {
          path: ['findings'],
          expected: 'array',
          received: describe(findings),
        }),
      ]);
    }
    const list: readonly unknown[] = findings;
    const issues: RuleIssue[] = [];
    for (let index = 0; index < list.length; index++) issues.push(...findingIssues(list[index], index));
    return resultOf(issues);
  });
  return { ok: result.ok, issues: result.issues, resultsRecognised: result.issues.length === 0 };
}
