import { dayNumberOrUndefined, isoOfDayNumber } from '../core/dates.js';
import type { ClauseId } from '../core/clauses.js';
import { isRecord } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import type { AuditBatchIdentity, AuditStep, AuditTimelineStep } from './types.js';

type Loose = Record<string, unknown>;

function loose(value: unknown): Loose {
  return isRecord(value) ? value : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The batch's identity as given: absent or unreadable fields stay absent. */
export function batchIdentity(input: Loose): AuditBatchIdentity {
  const batch = loose(input.batch);
  const names = new Set<string>();
  if (Array.isArray(input.certificates)) {
    // A name as the one before it is in the set already; a second name settles it.
    let previous: string | undefined;
    for (const certificate of input.certificates as unknown[]) {
      const name = text(loose(certificate).institution);
      if (name === undefined || name === previous) continue;
      names.add(name.trim());
      if (names.size > 1) break;
      previous = name;
    }
  }
  const [institution] = names.size === 1 ? [...names] : [];
  const identity: { -readonly [K in keyof AuditBatchIdentity]: AuditBatchIdentity[K] } = {};
  if (institution !== undefined) identity.institution = institution;
  const code = text(batch.institutionCode);
  if (code !== undefined) identity.institutionCode = code;
  const item = text(batch.item);
  if (item !== undefined) identity.item = item;
  const district = text(batch.district);
  if (district !== undefined) identity.district = district;
  return identity;
}

/** The first and last day of a step, each absent (undefined) when the input gives none. */
interface Days {
  readonly from: number | undefined;
  readonly to: number | undefined;
}

/** The first and last readable days of a date field of a list of records (unreadable ones skipped), and of `also`. */
function span(records: readonly unknown[], field: string, also?: unknown): Days {
  let from = dayNumberOrUndefined(also);
  let to = from;
  for (const record of records) {
    const day = dayNumberOrUndefined(loose(record)[field]);
    if (day === undefined) continue;
    if (from === undefined || day < from) from = day;
    if (to === undefined || day > to) to = day;
  }
  return { from, to };
}

const STEP_CLAUSES: Readonly<Record<AuditStep, ClauseId>> = {
  announcement: 'announcement.contents',
  registration: 'registration.eligible',
  plan: 'plan.deadline',
  exam: 'plan.review',
  results_publicity: 'results.publicity',
  certificates: 'certificate.issuance',
};

function datesOf(input: Loose): Record<AuditStep, Days> {
  const batch = loose(input.batch);
  const exam = loose(batch.exam);
  const publicity = loose(batch.resultsPublicity);
  const registrations = Array.isArray(input.registrations) ? (input.registrations as unknown[]) : [];
  const certificates = Array.isArray(input.certificates) ? (input.certificates as unknown[]) : [];
  const examStart = dayNumberOrUndefined(exam.startDate);
  return {
    announcement: { from: dayNumberOrUndefined(loose(batch.announcement).publishedOn), to: undefined },
    registration: span(registrations, 'registeredOn'),
    plan: { from: dayNumberOrUndefined(loose(batch.plan).filedOn), to: undefined },
    exam: { from: examStart, to: dayNumberOrUndefined(exam.endDate) ?? examStart },
    results_publicity: { from: dayNumberOrUndefined(publicity.start), to: dayNumberOrUndefined(publicity.end) },
    certificates: span(certificates, 'issuedOn', loose(batch.certificates).issuedOn),
  };
}

/** The steps of 四2 in order, with their dates as read and whether an error of their clause was found. */
export function batchTimeline(input: Loose, issues: readonly RuleIssue[]): AuditTimelineStep[] {
  const failed = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.clause));
  const dates = datesOf(input);
  return (Object.keys(STEP_CLAUSES) as AuditStep[]).map((step) => {
    const { from, to } = dates[step];
    const clause = STEP_CLAUSES[step];
    return {
      step,
      ...(from === undefined ? {} : { from: isoOfDayNumber(from) }),
      ...(to === undefined ? {} : { to: isoOfDayNumber(to) }),
      clause,
      ok: !failed.has(clause),
    };
  });
}
