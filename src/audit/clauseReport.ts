import { CLAUSES } from '../core/clauses.js';
import type { ClauseId } from '../core/clauses.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { AUDIT_MESSAGES } from './messages.js';
import type { AuditClause, AuditList } from './types.js';

// The clauses the batch alone speaks to, so that a clause with no issue is reported as held.
// The report lists them in the policy's order (CLAUSES), not in this one.
const BATCH_CLAUSES: readonly ClauseId[] = [
  'batch.scope', 'selection.code', 'announcement.contents', 'plan.deadline', 'plan.contents', 'plan.review', 'exam.site', 'exam.notices',
  'exam.dates', 'exam.video', 'assessment.method', 'bank.sets', 'bank.approval', 'policy.effective', 'results.publicity', 'certificate.issuance',
];

/**
 * The clauses each list of the input is needed for, and its label (zh, en). Without the list, the
 * clause cannot be said to hold: no certificate can be told to be assessed without the
 * registrations and the results, nor the results recognised without the findings. @internal
 */
export const LIST_CLAUSES: Readonly<Record<AuditList, { readonly clauses: readonly ClauseId[]; readonly zh: string; readonly en: string }>> = {
  registrations: { clauses: ['candidate.age', 'registration.eligible', 'supervision.violations'], zh: '报名信息', en: 'registrations' },
  results: { clauses: ['score.scale', 'score.pass', 'supervision.violations'], zh: '考核成绩', en: 'results' },
  certificates: { clauses: ['certificate.code', 'certificate.contents', 'score.pass', 'supervision.violations'], zh: '证书信息', en: 'certificates' },
  archive: { clauses: ['archive.contents'], zh: '档案资料', en: 'archive documents' },
  findings: { clauses: ['supervision.violations'], zh: '督导检查发现的违规情况', en: 'supervision findings' },
};

/** One warning per clause a left-out list is needed for, at the list's path. @internal */
export function missingListIssues(input: Record<string, unknown>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const [list, { clauses, zh, en }] of Object.entries(LIST_CLAUSES)) {
    if (input[list] !== undefined) continue;
    for (const clause of clauses) {
      issues.push(issueFrom(AUDIT_MESSAGES, 'audit_list_missing', clause, { severity: 'warning', path: [list], params: { list: zh, listEn: en } }));
    }
  }
  return issues;
}

/**
 * The issues grouped by clause, in the policy's order: every clause of the batch, of each list
 * (given or not) and of any issue. A clause a left-out list is needed for is not checked:
 * `checked: false` and `ok: false`. @internal
 */
export function clauseReport(issues: readonly RuleIssue[], absent: readonly RuleIssue[]): { clauses: AuditClause[]; errors: number; allChecked: boolean } {
  const listed = new Set<ClauseId>(BATCH_CLAUSES);
  for (const { clauses } of Object.values(LIST_CLAUSES)) for (const clause of clauses) listed.add(clause);
  const byClause = new Map<ClauseId, RuleIssue[]>();
  let errors = 0;
  for (const issue of issues) {
    listed.add(issue.clause);
    if (issue.severity === 'error') errors++;
    const own = byClause.get(issue.clause);
    if (own === undefined) byClause.set(issue.clause, [issue]);
    else own.push(issue);
  }
  const unchecked = new Set(absent.map((i) => i.clause));
  const clauses: AuditClause[] = [];
  for (const clause of Object.values(CLAUSES)) {
    if (!listed.has(clause.id)) continue;
    const own = byClause.get(clause.id) ?? [];
    const checked = !unchecked.has(clause.id);
    clauses.push({
      clause: clause.id,
      section: clause.section,
      title: clause.title,
      titleEn: clause.titleEn,
      ok: checked && !own.some((i) => i.severity === 'error'),
      issues: own,
      ...(checked ? {} : { checked: false as const }),
    });
  }
  return { clauses, errors, allChecked: unchecked.size === 0 };
}
