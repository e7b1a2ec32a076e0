import type { ClauseId } from '../../core/clauses.js';
import { issueFrom } from '../../core/issues.js';
import type { RuleIssue } from '../../core/issues.js';
import type { RecordType } from './fields.js';
import { CHECK_MESSAGES } from '../messages.js';
import type { Path, ReadProblem } from './records.js';

/** The clause a reading problem of a record type cites: the record's own clause. */
export const RECORD_CLAUSES: Readonly<Record<RecordType, ClauseId>> = {
  certificate: 'certificate.contents',
  registration: 'registration.eligible',
  candidate: 'candidate.age',
  'institution-application': 'materials.form',
  'assessment-batch': 'batch.scope',
  assignment: 'allocation.district',
  'archive-record': 'archive.retention',
};

// Fields whose clause is not the record's: the codes.
const FIELD_CLAUSES: Readonly<Partial<Record<RecordType, Readonly<Record<string, ClauseId>>>>> = {
  certificate: { code: 'certificate.code' },
  'assessment-batch': { institutionCode: 'selection.code' },
  'institution-application': { creditCode: 'institution.registration' },
};

/** A reading problem as an issue of the record: code, clause and messages. */
export function issueOfProblem(type: RecordType, problem: ReadProblem): RuleIssue {
  const field = problem.path?.[0];
  const clause = (typeof field === 'string' ? FIELD_CLAUSES[type]?.[field] : undefined) ?? RECORD_CLAUSES[type];
  return issueFrom(CHECK_MESSAGES, problem.code, clause, {
    ...(problem.path === undefined ? {} : { path: problem.path }),
    ...(problem.expected === undefined ? {} : { expected: problem.expected }),
    ...(problem.received === undefined ? {} : { received: problem.received }),
    ...(problem.params === undefined ? {} : { params: problem.params }),
  });
}

function inside(path: Path, outer: Path): boolean {
  return outer.every((part, i) => part === path[i]);
}

/**
 * The issues of a record: its reading problems first, then the rules' issues except those at a
 * field a reading problem already names (a cell Excel spoiled is told once, as such).
 */
export function joinProblems(type: RecordType, problems: readonly ReadProblem[], issues: readonly RuleIssue[]): readonly RuleIssue[] {
  if (problems.length === 0) return issues;
  const paths = problems.flatMap((p) => (p.path === undefined ? [] : [p.path]));
  const rules = issues.filter((issue) => !paths.some((p) => inside(issue.path ?? [], p)));
  return [...problems.map((p) => issueOfProblem(type, p)), ...rules];
}
