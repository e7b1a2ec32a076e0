import { REGISTRATION_MESSAGES } from '../../batches/messages.js';
import { missingIssue } from '../../core/evidence.js';
import { issueFrom } from '../../core/issues.js';
import type { RuleIssue } from '../../core/issues.js';
import { validateRegistrations } from '../../schemas/validateRegistrations.js';
import type { Checker } from './checker.js';
import { KeyIndex } from './keyIndex.js';
import { isPlainResidentId } from './residentId.js';

/** The options of {@link RegistrationChecker}: the plan's count of candidates (考核人数). */
export interface RegistrationCheckerOptions {
  readonly planCandidateCount?: number;
}

/**
 * A batch's registrations, one by one, by `validateRegistrations`'s rules: each registration by
 * the rules of one (its fields, the candidate's age), and across the file, as
 * `validateRegistrations` does for the whole list, an ID number registered twice
 * (`registration_duplicate_id`, naming the first registration by its place among the
 * registrations) and, with `planCandidateCount` N, every registration after the N-th
 * (`registration_over_capacity`: 报名N+1人，超过考核计划的N人). Without `planCandidateCount` the
 * capacity is not checked and that is reported, as `checkRegistrations` does: `missing_field` (an
 * error) at `planCandidateCount`, on the first registration.
 */
export class RegistrationChecker implements Checker {
  private readonly ids = new KeyIndex();
  private count = 0;

  constructor(private readonly options: RegistrationCheckerOptions = {}) {}

  check(value: unknown): readonly RuleIssue[] {
    const ordinal = ++this.count;
    // A list of one is within a count of 1: the count across the file is checked below, by the
    // file's own ordinal, so that validateRegistrations does not report it as not checked.
    const issues = validateRegistrations([value], { planCandidateCount: 1 }).issues.map(outOfList);
    const { planCandidateCount } = this.options;
    if (typeof value === 'object' && value !== null) {
      const { idNumber } = value as Record<string, unknown>;
      if (typeof idNumber === 'string') {
        const key = idNumber.toUpperCase();
        const first = isPlainResidentId(key) ? this.ids.firstOrAdd(Number(key.slice(0, 14)), Number(key.slice(14, 17)), ordinal) : this.ids.firstOrAddText(key, ordinal);
        if (first > 0) {
          issues.push(issueFrom(REGISTRATION_MESSAGES, 'registration_duplicate_id', 'registration.eligible', { path: ['idNumber'], received: idNumber, params: { first } }));
        }
      }
    }
    if (planCandidateCount === undefined) {
      // Missing is not "no limit": as checkRegistrations, the capacity is reported as not checked,
      // once, on the first registration (where a list's own issue goes, as in ListChecker).
      if (ordinal === 1) issues.push(missingIssue('registration.eligible', ['planCandidateCount'], 'error', '考核计划的考核人数'));
    } else if (ordinal > planCandidateCount) {
      issues.push(issueFrom(REGISTRATION_MESSAGES, 'registration_over_capacity', 'registration.eligible', { expected: planCandidateCount, received: ordinal }));
    }
    return issues;
  }

  finish(): [] {
    return [];
  }
}

// An issue of the one-registration list [value]: its path without the list's index 0, and its
// messages without the field name's `[0].` (「缺少 [0].birthDate」 names the field of the record).
function outOfList(issue: RuleIssue): RuleIssue {
  const path = issue.path;
  if (path === undefined || path[0] !== 0) return issue;
  const plain = (text: string) => text.split('[0].').join('');
  return { ...issue, path: path.slice(1), message: plain(issue.message), messageEn: plain(issue.messageEn) };
}
