import { CANDIDATE_FIELDS } from './labels.js';
import { isoOfDayNumber } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { readDate, labelIssues } from '../core/evidence.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { completedYears } from './completedYears.js';
import { CANDIDATE_MESSAGES } from './messages.js';
import { parseResidentIdNumber } from './parseResidentIdNumber.js';
import { residentIdBirthDay, residentIdFaults } from './residentId.js';

/** A candidate for assessment: the birth date, from `birthDate` or from `idNumber`. */
export interface Candidate {
  readonly birthDate?: DateInput;
  /** The 18-character resident ID number; its birth date must agree with `birthDate` when both are given. */
  readonly idNumber?: string;
  /** The day the candidate applies (申报) for assessment. */
  readonly applicationDate: DateInput;
}

/** Options of {@link checkCandidateEligibility}. */
export interface CheckCandidateEligibilityOptions {
  /** The policy whose `minCandidateAge` applies; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

const CLAUSE = 'candidate.age';

/**
 * Checks that a candidate is of legal working age (16 周岁) on the application date.
 *
 * Policy, 二: 「本着“个人自愿、市场需要、促进就业”的原则，达到法定劳动年龄、具有相应技能的劳动者，
 * 均可申报专项职业能力考核」.
 *
 * The age is counted in completed years ({@link ageOn}); the 16th birthday itself counts, and a
 * 29 February birthday falls on 28 February in a common year. The birth date comes from
 * `birthDate` or from `idNumber` (GB 11643-1999); when both are given they must agree. Neither
 * given is missing evidence, never read as under age. Lists every issue; never throws.
 *
 * @param candidate - the birth date and/or ID number, and the application date.
 * @param options - `policy`: the policy whose `minCandidateAge` applies.
 * @returns `ok` when the candidate is old enough; issues cite `candidate.age`.
 * @example
 * checkCandidateEligibility({ birthDate: '2008-06-15', applicationDate: '2024-06-15' }) // { ok: true, issues: [] }
 * checkCandidateEligibility({ birthDate: '2008-06-15', applicationDate: '2024-06-14' }).issues[0].code
 * // 'candidate_under_age'
 */
export function checkCandidateEligibility(candidate: Candidate, options?: CheckCandidateEligibilityOptions): RuleResult {
  return guardCheck(CLAUSE, () => {
    if (!isRecord(candidate)) return resultOf([notAnObjectIssue(CLAUSE, 'candidate')]);
    const policy = readPolicy(options, ['minCandidateAge'], CLAUSE);
    const { birthDate, idNumber, applicationDate } = candidate;
    const issues: RuleIssue[] = [];
    const application = readDate(applicationDate, ['applicationDate'], CLAUSE, issues);
    eligibilityIssues(idNumber, birthDate, application, policy, issues);
    return resultOf(labelIssues(issues, CANDIDATE_FIELDS));
  });
}

/**
 * The issues of {@link checkCandidateEligibility} after its application day is read (a day
 * number, `undefined` when it could not be: its issue is the caller's) and its policy read through
 * the door: for a check that reads them once for many candidates. Paths start at the candidate.
 * A valid ID number is read without building a parse result. Returns whether `idNumber` is a
 * valid resident ID number. @internal
 */
export function eligibilityIssues(idNumber: unknown, birthDate: unknown, application: number | undefined, policy: Pick<Policy, 'minCandidateAge'>, issues: RuleIssue[]): boolean {
  let fromId: number | undefined;
  if (typeof idNumber === 'string' && residentIdFaults(idNumber) === 0) fromId = residentIdBirthDay(idNumber);
  else if (idNumber !== undefined) {
    issues.push(...parseResidentIdNumber(idNumber).issues.map((i) => ({ ...i, path: ['idNumber', ...(i.path ?? [])] })));
  }
  let fromDate: number | undefined;
  if (birthDate !== undefined) {
    fromDate = readDate(birthDate, ['birthDate'], CLAUSE, issues);
    if (fromDate !== undefined && fromId !== undefined && fromDate !== fromId) {
      issues.push(
        issueFrom(CANDIDATE_MESSAGES, 'birth_date_mismatch', CLAUSE, {
          path: ['birthDate'],
          expected: isoOfDayNumber(fromId),
          received: isoOfDayNumber(fromDate),
        }),
      );
    }
  }
  if (idNumber === undefined && birthDate === undefined) {
    issues.push(issueFrom(CORE_MESSAGES, 'missing_field', CLAUSE, { path: ['birthDate'], params: { name: '出生日期或身份证号码', nameEn: 'The birth date or the ID number' } }));
  }
  if (application === undefined) return fromId !== undefined;
  // When the two birth dates disagree, the age is judged only if both give the same answer (the
  // first one's issue is given); with no birth date there is nothing to judge.
  const byId = fromId === undefined ? undefined : ageIssue(fromId, application, 'idNumber', policy);
  const byDate = fromDate === undefined ? undefined : ageIssue(fromDate, application, 'birthDate', policy);
  if (fromId === undefined) {
    if (byDate !== undefined) issues.push(byDate);
  } else if (byId !== undefined && (fromDate === undefined || byDate !== undefined)) issues.push(byId);
  return fromId !== undefined;
}

function ageIssue(birth: number, application: number, path: string, policy: Pick<Policy, 'minCandidateAge'>): RuleIssue | undefined {
  if (birth > application) {
    return issueFrom(CANDIDATE_MESSAGES, 'candidate_born_after_application', CLAUSE, {
      path: [path],
      expected: isoOfDayNumber(application),
      received: isoOfDayNumber(birth),
    });
  }
  // N whole years never span more than 366·N days (the age is a whole number): a candidate born
  // that long before is old enough, without counting the years.
  if (application - birth >= 366 * policy.minCandidateAge) return undefined;
  const age = completedYears(birth, application);
  if (age >= policy.minCandidateAge) return undefined;
  return issueFrom(CANDIDATE_MESSAGES, 'candidate_under_age', CLAUSE, {
    path: [path],
    expected: policy.minCandidateAge,
    received: age,
    params: { date: isoOfDayNumber(application) },
  });
}
