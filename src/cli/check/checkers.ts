import type { WorkdayCalendar } from '../../calendar/internals.js';
import type { RuleResult } from '../../core/issues.js';
import { validateArchiveRecord } from '../../schemas/validateArchiveRecord.js';
import { validateAssessmentBatch } from '../../schemas/validateAssessmentBatch.js';
import { validateAssignmentList } from '../../schemas/validateAssignmentList.js';
import { validateCandidate } from '../../schemas/validateCandidate.js';
import { validateInstitutionApplication } from '../../schemas/validateInstitutionApplication.js';
import { CertificateChecker } from './certificateChecker.js';
import type { Checker } from './checker.js';
import type { RecordType } from './fields.js';
import { ListChecker } from './listChecker.js';
import { RegistrationChecker } from './registrationChecker.js';

/** What the command's options give the rules. */
export interface CheckerOptions {
  /** `--institution`: the code every certificate code must carry. */
  readonly institutionCode?: string;
  /** `--plan-count`: the plan's count of candidates. */
  readonly planCandidateCount?: number;
  /** `--calendar`: the working-day calendar of the batches. */
  readonly calendar?: WorkdayCalendar;
}

function eachRecord(validate: (value: unknown) => RuleResult): Checker {
  return { check: (value) => validate(value).issues, finish: () => [] };
}

/**
 * The checker of a record type: the rules of the library's `validate…` function of that type,
 * one record at a time, with the rules across records of the file.
 */
export function checkerOf(type: RecordType, options: CheckerOptions = {}): Checker {
  switch (type) {
    case 'certificate':
      return new CertificateChecker(options.institutionCode === undefined ? {} : { institutionCode: options.institutionCode });
    case 'registration':
      return new RegistrationChecker(options.planCandidateCount === undefined ? {} : { planCandidateCount: options.planCandidateCount });
    case 'candidate':
      return eachRecord((v) => validateCandidate(v));
    case 'institution-application':
      return eachRecord((v) => validateInstitutionApplication(v));
    case 'assessment-batch':
      return eachRecord((v) => validateAssessmentBatch(v, options.calendar === undefined ? {} : { calendar: options.calendar }));
    case 'assignment':
      return new ListChecker((list) => validateAssignmentList(list));
    case 'archive-record':
      return eachRecord((v) => validateArchiveRecord(v));
  }
}
