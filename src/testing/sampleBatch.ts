import { withOverrides } from './overrides.js';
import type { AssessmentBatch } from '../batches/types.js';

/**
 * A batch run by the book across National Day 2025 and its make-up working days, for tests: it
 * passes `checkBatch` with the default policy and calendar, and always gives the same data.
 *
 * Institution 37040001 assesses 面点制作 in 薛城区 (its approved scope). The year's plan is announced
 * on 2025-09-10. The exam is on Monday
 * 2025-10-13 and Tuesday 2025-10-14. The 5th working day before 2025-10-13 is Monday 2025-09-29:
 * the working days are 10-11 (a make-up Saturday), 10-10, 10-09, 09-30 and 09-29, while 10-01 to
 * 10-08 are the holiday. The plan is filed on Sunday 2025-09-28 (a make-up working day) and
 * approved on 2025-09-30. The question bank has 5 sets, approved on 2025-09-15. The results are
 * published from Wednesday 2025-10-15 to Tuesday 2025-10-21 (5 working days); the results are
 * uploaded on 2025-10-22, reviewed on 2025-10-24 and certificates issued on Monday 2025-10-27.
 *
 * Overrides are merged shallowly: a top-level key you give replaces the sample's whole value. To
 * change one field of a section, spread the sample's section:
 * `sampleBatch({ exam: { ...sampleBatch().exam, videoRecorded: false } })`. A key given as
 * `undefined` removes the field (to test missing evidence).
 *
 * @param overrides - top-level fields to replace.
 * @returns a fresh batch on every call.
 * @example
 * checkBatch(sampleBatch()) // { ok: true, issues: [] }
 * checkBatch(sampleBatch({ plan: { ...sampleBatch().plan, filedOn: '2025-09-30' } })).issues[0].code // 'plan_filed_late'
 */
export function sampleBatch(overrides: Partial<Record<keyof AssessmentBatch, unknown>> = {}): AssessmentBatch {
  return withOverrides<AssessmentBatch>('batch.scope', () => ({
    institutionCode: '37040001',
    item: '面点制作',
    district: '370403',
    approvedScope: { items: ['面点制作', '剪纸'], district: '薛城区' },
    announcement: {
      publishedOn: '2025-09-10',
      contents: ['institution', 'institution_code', 'schedule', 'items', 'specification', 'registration_method', 'contact'],
    },
    plan: {
      filedOn: '2025-09-28',
      approvedOn: '2025-09-30',
      contents: ['items', 'candidate_count', 'venue', 'procedure', 'sessions', 'venue_readiness', 'invigilators', 'assessors', 'supervisors'],
    },
    exam: {
      startDate: '2025-10-13',
      endDate: '2025-10-14',
      method: 'skill',
      site: 'fixed_site',
      notices: ['candidate_notice', 'discipline_rules', 'safety_notes'],
      videoRecorded: true,
    },
    questionBank: {
      sets: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, tasks: [`${id}1`, `${id}2`, `${id}3`] })),
      approvedOn: '2025-09-15',
    },
    resultsPublicity: { start: '2025-10-15', end: '2025-10-21' },
    certificates: { uploadedOn: '2025-10-22', approvedOn: '2025-10-24', issuedOn: '2025-10-27' },
  }), overrides);
}
