import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOUNCEMENT_FIELDS,
  checkBatch,
  createWorkdayCalendar,
  definePolicy,
  isWorkingDay,
  NOTICES,
  planFilingDeadline,
  PLAN_FIELDS,
} from '../../src/index.js';
import type { AssessmentBatch, RuleIssue, RuleResult } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { sampleBatch } from '../../src/testing/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

type Patch = Partial<Record<keyof AssessmentBatch, unknown>>;
const base = sampleBatch();
const plan = (fields: Record<string, unknown>): Patch => ({ plan: { ...base.plan, ...fields } });
const exam = (fields: Record<string, unknown>): Patch => ({ exam: { ...base.exam, ...fields } });
const bank = (fields: Record<string, unknown>): Patch => ({ questionBank: { ...base.questionBank, ...fields } });
const publicity = (fields: Record<string, unknown>): Patch => ({ resultsPublicity: { ...base.resultsPublicity, ...fields } });
const certificates = (fields: Record<string, unknown>): Patch => ({ certificates: { ...base.certificates, ...fields } });
const sets = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i}`, tasks: [`T${i}`] }));

function check(patch: Patch, options?: Parameters<typeof checkBatch>[1]): RuleResult {
  return checkBatch(deepFreeze(sampleBatch(patch)), options);
}
const brief = (result: RuleResult) => result.issues.map((i) => [i.code, i.clause, i.path]);

describe('checkBatch: a batch run by the book (四2)', () => {
  it('passes across National Day 2025 and its make-up working days', () => {
    expect(checkBatch(deepFreeze(sampleBatch()))).toEqual({ ok: true, issues: [] });
  });

  it('the sample dates are what the State Council calendar says', () => {
    // 2025-09-28 is a Sunday and a make-up working day; 10-01 … 10-08 are the holiday; Saturday 10-11 is a make-up day.
    expect(new Date('2025-09-28T00:00:00Z').getUTCDay()).toBe(0);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(['2025-10-01', '2025-10-04', '2025-10-08'].map((d) => isWorkingDay(d))).toEqual([false, false, false]);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    // exam Monday 2025-10-13: 10-11, 10-10, 10-09, 09-30, 09-29 → the plan is due by 09-29
    expect(planFilingDeadline('2025-10-13')).toBe('2025-09-29');
  });

  it('reads Date objects as their day in China', () => {
    const at = (iso: string) => new Date(`${iso}T00:30:00+08:00`);
    const result = check({ ...plan({ filedOn: at('2025-09-29'), approvedOn: at('2025-09-30') }), ...exam({ startDate: at('2025-10-13') }) });
    expect(result).toEqual({ ok: true, issues: [] });
  });
});

describe('checkBatch: one failing case per clause, in order', () => {
  const cases: { name: string; patch: Patch; options?: Parameters<typeof checkBatch>[1]; issues: [string, string, unknown][]; ok?: boolean }[] = [
    { name: 'item outside the approved scope', patch: { item: '鲁绣' }, issues: [['item_out_of_scope', 'batch.scope', ['item']]] },
    { name: 'district outside the approved scope', patch: { district: '滕州市' }, issues: [['district_out_of_scope', 'batch.scope', ['district']]] },
    { name: 'district not in Zaozhuang', patch: { district: '370102' }, issues: [['unknown_district', 'batch.scope', ['district']]] },
    { name: 'institution code malformed', patch: { institutionCode: '37040000' }, issues: [['institution_code_invalid', 'selection.code', ['institutionCode']]] },
    { name: 'institution code of another city (济南, 01)', patch: { institutionCode: '37010001' }, issues: [['institution_code_other_city', 'selection.code', ['institutionCode']]] },
    { name: 'institution code of another city, under that city\'s policy', patch: { institutionCode: '37010001' }, options: { policy: definePolicy({ cityCode: '01' }) }, issues: [], ok: true },
    { name: 'institution code of Zaozhuang under another city\'s policy', patch: {}, options: { policy: definePolicy({ cityCode: '01' }) }, issues: [['institution_code_other_city', 'selection.code', ['institutionCode']]] },
    {
      name: 'approved scope missing: both its fields are missing evidence',
      patch: { approvedScope: undefined },
      issues: [['missing_field', 'batch.scope', ['approvedScope', 'items']], ['missing_field', 'batch.scope', ['approvedScope', 'district']]],
    },
    {
      name: 'announcement without the registration method',
      patch: { announcement: { publishedOn: '2025-09-10', contents: ['institution', 'institution_code', 'schedule', 'items', 'specification', 'contact'] } },
      issues: [['announcement_field_lacking', 'announcement.contents', ['announcement', 'contents']]],
    },
    {
      name: 'announcement without its day of publication',
      patch: { announcement: { contents: base.announcement?.contents ?? [] } },
      issues: [['missing_field', 'announcement.contents', ['announcement', 'publishedOn']]],
    },
    {
      name: 'plan filed before the announcement (the steps of 四2 run in order)',
      patch: { announcement: { ...base.announcement, publishedOn: '2025-09-29' } },
      issues: [['plan_filed_before_announcement', 'plan.deadline', ['plan', 'filedOn']]],
    },
    {
      name: 'plan filed on the day of the announcement',
      patch: { announcement: { ...base.announcement, publishedOn: '2025-09-28' } },
      issues: [],
      ok: true,
    },
    { name: 'plan filed late', patch: plan({ filedOn: '2025-09-30' }), issues: [['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']]] },
    {
      name: 'plan without supervisors',
      patch: plan({ contents: (base.plan?.contents ?? []).filter((f) => f !== 'supervisors') }),
      issues: [['plan_field_lacking', 'plan.contents', ['plan', 'contents']]],
    },
    { name: 'plan approved on the exam day', patch: plan({ approvedOn: '2025-10-13' }), issues: [['plan_approved_late', 'plan.review', ['plan', 'approvedOn']]] },
    { name: 'plan approved before it was filed', patch: plan({ approvedOn: '2025-09-27' }), issues: [['plan_approved_before_filed', 'plan.review', ['plan', 'approvedOn']]] },
    {
      name: 'production post without assured safety',
      patch: exam({ site: 'production_post', productionSafetyAssured: false }),
      issues: [['exam_site_unsafe', 'exam.site', ['exam', 'productionSafetyAssured']]],
    },
    {
      name: 'safety notes not posted',
      patch: exam({ notices: ['candidate_notice', 'discipline_rules'] }),
      issues: [['exam_notice_lacking', 'exam.notices', ['exam', 'notices']]],
    },
    { name: 'not video-recorded', patch: exam({ videoRecorded: false }), issues: [['exam_not_recorded', 'exam.video', ['exam', 'videoRecorded']]] },
    { name: 'theory alone: a warning (一般)', patch: exam({ method: 'theory' }), issues: [['theory_only', 'assessment.method', ['exam', 'method']]], ok: true },
    {
      name: 'theory alone under generalLimits error',
      patch: exam({ method: 'theory' }),
      options: { policy: definePolicy({ generalLimits: 'error' }) },
      issues: [['theory_only', 'assessment.method', ['exam', 'method']]],
    },
    { name: 'a question set without tasks', patch: bank({ sets: [...sets(5), { id: 'X', tasks: [] }] }), issues: [['set_empty', 'bank.sets', ['questionBank', 'sets', 5, 'tasks']]] },
    { name: 'four distinct sets: a warning (一般)', patch: bank({ sets: sets(4) }), issues: [['too_few_sets', 'bank.sets', ['questionBank', 'sets']]], ok: true },
    {
      name: 'bank approved after the exam started',
      patch: bank({ approvedOn: '2025-10-14' }),
      issues: [['bank_approved_after_use', 'bank.approval', ['questionBank', 'approvedOn']]],
    },
    {
      name: 'results published on the exam\'s last day',
      patch: publicity({ start: '2025-10-14' }),
      issues: [['results_publicity_too_early', 'results.publicity', ['resultsPublicity', 'start']]],
    },
    {
      name: 'results published for 4 working days',
      patch: publicity({ end: '2025-10-20' }),
      issues: [['publicity_too_short', 'results.publicity', ['resultsPublicity', 'end']]],
    },
    {
      name: 'results uploaded on the publicity\'s last day',
      patch: certificates({ uploadedOn: '2025-10-21' }),
      issues: [['certificates_uploaded_too_early', 'certificate.issuance', ['certificates', 'uploadedOn']]],
    },
    {
      name: 'reviewed before the upload',
      patch: certificates({ approvedOn: '2025-10-21', uploadedOn: '2025-10-22' }),
      issues: [['certificates_approved_before_upload', 'certificate.issuance', ['certificates', 'approvedOn']]],
    },
    {
      name: 'issued before the review',
      patch: certificates({ issuedOn: '2025-10-23' }),
      issues: [['certificates_issued_before_approval', 'certificate.issuance', ['certificates', 'issuedOn']]],
    },
    {
      name: 'exam ends before it starts',
      patch: exam({ endDate: '2025-10-12' }),
      issues: [['exam_end_before_start', 'exam.dates', ['exam', 'endDate']]],
    },
    { name: 'exam ends on the day it starts (a one-day exam)', patch: exam({ endDate: '2025-10-13' }), issues: [], ok: true },
    { name: 'exam end not a real date', patch: exam({ endDate: '2025-10-32' }), issues: [['invalid_date', 'exam.dates', ['exam', 'endDate']]] },
    { name: 'exam end not a date at all', patch: exam({ endDate: 20251014 }), issues: [['invalid_date', 'exam.dates', ['exam', 'endDate']]] },
  ];
  it.each(cases)('$name', ({ patch, options, issues, ok }) => {
    const result = check(patch, options);
    expect(codesOf(result)).toEqual(issues.map(([code]) => code));
    expect(brief(result)).toEqual(issues);
    expect(result.ok).toBe(ok ?? false);
  });

  it('names each lacking word with its Chinese and English name', () => {
    const result = check({ announcement: { publishedOn: '2025-09-10', contents: [] }, ...plan({ contents: [] }), ...exam({ notices: [] }) });
    const lacking = result.issues.map((i) => i.expected);
    expect(lacking).toEqual([...Object.keys(ANNOUNCEMENT_FIELDS), ...Object.keys(PLAN_FIELDS), ...Object.keys(NOTICES)]);
    expect(result.issues[2]?.message).toBe('年度考核计划公告缺少「时间安排」');
    expect(result.issues[2]?.messageEn).toBe('The announcement lacks the schedule');
    expect(result.issues.at(-1)?.message).toBe('考场未张贴「安全操作注意事项」');
  });
});

describe('checkBatch: the day before, on and after every deadline', () => {
  const at = (clause: string, result: RuleResult) => result.issues.filter((i) => i.clause === clause).map((i) => i.code);
  const cases: { name: string; clause: string; patch: Patch; codes: string[] }[] = [
    // plan.deadline: by 2025-09-29 (the 5th working day before Monday 2025-10-13)
    { name: 'plan filed the day before the deadline (a make-up Sunday)', clause: 'plan.deadline', patch: plan({ filedOn: '2025-09-28' }), codes: [] },
    { name: 'plan filed on the deadline', clause: 'plan.deadline', patch: plan({ filedOn: '2025-09-29' }), codes: [] },
    { name: 'plan filed the day after the deadline', clause: 'plan.deadline', patch: plan({ filedOn: '2025-09-30' }), codes: ['plan_filed_late'] },
    { name: 'plan filed during the holiday', clause: 'plan.deadline', patch: plan({ filedOn: '2025-10-05' }), codes: ['plan_filed_late'] },
    // plan.review: strictly before the exam's first day
    { name: 'plan approved the day before the exam', clause: 'plan.review', patch: plan({ approvedOn: '2025-10-12' }), codes: [] },
    { name: 'plan approved on the exam day', clause: 'plan.review', patch: plan({ approvedOn: '2025-10-13' }), codes: ['plan_approved_late'] },
    { name: 'plan approved the day after', clause: 'plan.review', patch: plan({ approvedOn: '2025-10-14' }), codes: ['plan_approved_late'] },
    { name: 'plan approved the day it was filed', clause: 'plan.review', patch: plan({ approvedOn: '2025-09-28' }), codes: [] },
    // bank.approval: on or before the exam's first day
    { name: 'bank approved the day before the exam', clause: 'bank.approval', patch: bank({ approvedOn: '2025-10-12' }), codes: [] },
    { name: 'bank approved on the exam day', clause: 'bank.approval', patch: bank({ approvedOn: '2025-10-13' }), codes: [] },
    { name: 'bank approved the day after', clause: 'bank.approval', patch: bank({ approvedOn: '2025-10-14' }), codes: ['bank_approved_after_use'] },
    // bank.sets: 4 / 5 / 6 distinct sets
    { name: '4 sets', clause: 'bank.sets', patch: bank({ sets: sets(4) }), codes: ['too_few_sets'] },
    { name: '5 sets', clause: 'bank.sets', patch: bank({ sets: sets(5) }), codes: [] },
    { name: '6 sets', clause: 'bank.sets', patch: bank({ sets: sets(6) }), codes: [] },
    // results.publicity: starts after the exam's last day (10-14)…
    { name: 'publicity starting on the exam\'s last day', clause: 'results.publicity', patch: publicity({ start: '2025-10-14' }), codes: ['results_publicity_too_early'] },
    { name: 'publicity starting the day after the exam', clause: 'results.publicity', patch: publicity({ start: '2025-10-15' }), codes: [] },
    { name: 'an exam ending on its first day', clause: 'results.publicity', patch: exam({ endDate: '2025-10-13' }), codes: [] },
    {
      name: 'an exam ending on its first day: publicity not on that day',
      clause: 'results.publicity',
      patch: { ...exam({ endDate: '2025-10-13' }), ...publicity({ start: '2025-10-13' }) },
      codes: ['results_publicity_too_early'],
    },
    {
      name: 'a one-day exam: publicity may start the next day',
      clause: 'results.publicity',
      patch: { ...exam({ endDate: undefined }), ...publicity({ start: '2025-10-14' }) },
      codes: [],
    },
    {
      name: 'a one-day exam: not on the exam day',
      clause: 'results.publicity',
      patch: { ...exam({ endDate: undefined }), ...publicity({ start: '2025-10-13', end: '2025-10-21' }) },
      codes: ['results_publicity_too_early'],
    },
    // …and lasts 5 working days: 10-15 … 10-20 is 4, … 10-21 is 5, … 10-22 is 6
    { name: 'publicity of 4 working days', clause: 'results.publicity', patch: publicity({ end: '2025-10-20' }), codes: ['publicity_too_short'] },
    { name: 'publicity of 5 working days', clause: 'results.publicity', patch: publicity({ end: '2025-10-21' }), codes: [] },
    {
      name: 'publicity of 6 working days',
      clause: 'results.publicity',
      patch: { ...publicity({ end: '2025-10-22' }), ...certificates({ uploadedOn: '2025-10-23' }) },
      codes: [],
    },
    { name: 'publicity over the holiday: 09-30 … 10-10 has 3 working days', clause: 'results.publicity', patch: publicity({ start: '2025-09-30', end: '2025-10-10' }), codes: ['results_publicity_too_early', 'publicity_too_short'] },
    // certificate.issuance: after the publicity's last day (10-21)
    { name: 'uploaded on the publicity\'s last day', clause: 'certificate.issuance', patch: certificates({ uploadedOn: '2025-10-21' }), codes: ['certificates_uploaded_too_early'] },
    { name: 'uploaded the day after', clause: 'certificate.issuance', patch: certificates({ uploadedOn: '2025-10-22' }), codes: [] },
    // a publicity of one day still ends on its day; one that ends before it starts has no last day
    {
      name: 'a one-day publicity: uploaded on its day',
      clause: 'certificate.issuance',
      patch: { ...publicity({ start: '2025-10-15', end: '2025-10-15' }), ...certificates({ uploadedOn: '2025-10-15' }) },
      codes: ['certificates_uploaded_too_early'],
    },
    {
      name: 'a one-day publicity: uploaded the day after',
      clause: 'certificate.issuance',
      patch: { ...publicity({ start: '2025-10-15', end: '2025-10-15' }), ...certificates({ uploadedOn: '2025-10-16' }) },
      codes: [],
    },
    {
      name: 'a publicity ending before it starts: the upload is not dated against it',
      clause: 'certificate.issuance',
      patch: { ...publicity({ start: '2025-10-15', end: '2025-10-14' }), ...certificates({ uploadedOn: '2025-10-14', issuedOn: '2025-10-14', approvedOn: '2025-10-14' }) },
      codes: [],
    },
    {
      name: 'uploaded, reviewed and issued on the day after the publicity',
      clause: 'certificate.issuance',
      patch: certificates({ uploadedOn: '2025-10-22', approvedOn: '2025-10-22', issuedOn: '2025-10-22' }),
      codes: [],
    },
    {
      name: 'all on the publicity\'s last day',
      clause: 'certificate.issuance',
      patch: certificates({ uploadedOn: '2025-10-21', approvedOn: '2025-10-21', issuedOn: '2025-10-21' }),
      codes: ['certificates_uploaded_too_early', 'certificates_issued_too_early'],
    },
    {
      name: 'issued the day before the publicity ends',
      clause: 'certificate.issuance',
      patch: certificates({ uploadedOn: undefined, approvedOn: '2025-10-20', issuedOn: '2025-10-20' }),
      codes: ['missing_field', 'certificates_issued_too_early'],
    },
    { name: 'reviewed the day before the upload', clause: 'certificate.issuance', patch: certificates({ approvedOn: '2025-10-21' }), codes: ['certificates_approved_before_upload'] },
    { name: 'reviewed on the day of the upload', clause: 'certificate.issuance', patch: certificates({ approvedOn: '2025-10-22' }), codes: [] },
    { name: 'issued on the day of the review', clause: 'certificate.issuance', patch: certificates({ issuedOn: '2025-10-24' }), codes: [] },
    { name: 'issued the day before the review', clause: 'certificate.issuance', patch: certificates({ issuedOn: '2025-10-23' }), codes: ['certificates_issued_before_approval'] },
  ];
  it.each(cases)('$name', ({ clause, patch, codes }) => {
    const result = check(patch);
    expect(at(clause, result)).toEqual(codes);
  });

  it('counts with the calendar given: without the holiday, the deadline is 2025-10-06', () => {
    const plain = createWorkdayCalendar({ years: { '2025': { offDays: [], workDays: [] } } });
    const filed = (day: string) => plan({ filedOn: day, approvedOn: '2025-10-10' });
    expect(codesOf(check(filed('2025-10-06')))).toEqual(['plan_filed_late']);
    expect(check(filed('2025-10-06'), { calendar: plain })).toEqual({ ok: true, issues: [] });
    expect(codesOf(check(filed('2025-10-07'), { calendar: plain }))).toEqual(['plan_filed_late']);
  });

  it('reads the numbers from the policy', () => {
    // 7 working days before 2025-10-13 is Friday 09-26 (the make-up Sunday 09-28 is the 6th).
    const policy = definePolicy({ planFilingWorkingDays: 7, resultsPublicityWorkingDays: 6, minQuestionSets: 6 });
    expect(brief(check({}, { policy }))).toEqual([
      ['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']],
      ['too_few_sets', 'bank.sets', ['questionBank', 'sets']],
      ['publicity_too_short', 'results.publicity', ['resultsPublicity', 'end']],
    ]);
    expect(check({}, { policy }).issues[0]?.message).toBe('考核计划于2025年9月28日编制，应不晚于2025年9月26日（考试前7个工作日）');
    expect(check({}, { policy: definePolicy({ planFilingWorkingDays: 6 }) }).ok).toBe(true);
  });
});

describe('checkBatch: every failure, together', () => {
  it('lists all failures in the order of the steps', () => {
    const result = check({
      item: '鲁绣',
      announcement: { publishedOn: '2025-09-10', contents: ['institution'] },
      ...plan({ filedOn: '2025-10-09', approvedOn: '2025-10-13' }),
      ...exam({ method: 'theory', videoRecorded: false, site: 'production_post' }),
      ...bank({ approvedOn: undefined }),
      ...publicity({ end: '2025-10-17' }),
      ...certificates({ issuedOn: undefined }),
    });
    expect(result.ok).toBe(false);
    expect(brief(result)).toEqual([
      ['item_out_of_scope', 'batch.scope', ['item']],
      ...Array(6).fill(['announcement_field_lacking', 'announcement.contents', ['announcement', 'contents']]),
      ['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']],
      ['plan_approved_late', 'plan.review', ['plan', 'approvedOn']],
      ['missing_field', 'exam.site', ['exam', 'productionSafetyAssured']],
      ['exam_not_recorded', 'exam.video', ['exam', 'videoRecorded']],
      ['theory_only', 'assessment.method', ['exam', 'method']],
      ['missing_field', 'bank.approval', ['questionBank', 'approvedOn']],
      ['publicity_too_short', 'results.publicity', ['resultsPublicity', 'end']],
      ['missing_field', 'certificate.issuance', ['certificates', 'issuedOn']],
    ]);
  });

  it('an empty batch: every field is missing evidence, each with its path', () => {
    const result = checkBatch({} as AssessmentBatch);
    expect(result.issues.every((i) => i.code === 'missing_field' && i.severity === 'error')).toBe(true);
    expect(result.issues.map((i) => i.path?.join('.'))).toEqual([
      'institutionCode', 'item', 'district', 'approvedScope.items', 'approvedScope.district', 'announcement.publishedOn', 'announcement.contents',
      'exam.startDate', 'plan.filedOn', 'plan.contents', 'plan.approvedOn', 'exam.site', 'exam.notices', 'exam.videoRecorded',
      'exam.method', 'questionBank.sets', 'questionBank.approvedOn', 'resultsPublicity.start', 'resultsPublicity.end',
      'certificates.uploadedOn', 'certificates.approvedOn', 'certificates.issuedOn',
    ]);
    expect(result.issues[3]?.message).toBe('未填写评估同意的考核项目');
  });
});

describe('checkBatch: missing is not false', () => {
  const cases: { name: string; patch: Patch; code: string; path: unknown }[] = [
    { name: 'videoRecorded left out', patch: exam({ videoRecorded: undefined }), code: 'missing_field', path: ['exam', 'videoRecorded'] },
    { name: 'videoRecorded false', patch: exam({ videoRecorded: false }), code: 'exam_not_recorded', path: ['exam', 'videoRecorded'] },
    { name: 'videoRecorded "false"', patch: exam({ videoRecorded: 'false' }), code: 'invalid_input', path: ['exam', 'videoRecorded'] },
    { name: 'safety left out at a production post', patch: exam({ site: 'production_post' }), code: 'missing_field', path: ['exam', 'productionSafetyAssured'] },
    { name: 'safety false at a production post', patch: exam({ site: 'production_post', productionSafetyAssured: false }), code: 'exam_site_unsafe', path: ['exam', 'productionSafetyAssured'] },
    { name: 'site left out', patch: exam({ site: undefined }), code: 'missing_field', path: ['exam', 'site'] },
    { name: 'site unknown', patch: exam({ site: 'online' }), code: 'invalid_input', path: ['exam', 'site'] },
    { name: 'method left out', patch: exam({ method: undefined }), code: 'missing_field', path: ['exam', 'method'] },
    { name: 'notices left out', patch: exam({ notices: undefined }), code: 'missing_field', path: ['exam', 'notices'] },
    { name: 'plan filing date left out', patch: plan({ filedOn: undefined }), code: 'missing_field', path: ['plan', 'filedOn'] },
    { name: 'plan approval left out', patch: plan({ approvedOn: undefined }), code: 'missing_field', path: ['plan', 'approvedOn'] },
    { name: 'bank approval left out', patch: bank({ approvedOn: undefined }), code: 'missing_field', path: ['questionBank', 'approvedOn'] },
    { name: 'upload date left out', patch: certificates({ uploadedOn: undefined }), code: 'missing_field', path: ['certificates', 'uploadedOn'] },
    { name: 'item left out', patch: { item: undefined }, code: 'missing_field', path: ['item'] },
    { name: 'publicity start left out', patch: publicity({ start: undefined }), code: 'missing_field', path: ['resultsPublicity', 'start'] },
    { name: 'publicity end left out', patch: publicity({ end: undefined }), code: 'missing_field', path: ['resultsPublicity', 'end'] },
  ];
  it.each(cases)('$name → $code', ({ patch, code, path }) => {
    const result = check(patch);
    expect(codesOf(result)).toEqual([code]);
    expect(result.issues[0]?.path).toEqual(path);
    expect(result.ok).toBe(false);
  });

  it('a production post with assured safety is fine; a fixed site needs no safety flag', () => {
    expect(check(exam({ site: 'production_post', productionSafetyAssured: true })).ok).toBe(true);
    expect(check(exam({ site: 'fixed_site', productionSafetyAssured: false })).ok).toBe(true);
  });

  it('an absent section is read as one whose every field is missing', () => {
    expect(brief(check({ plan: undefined }))).toEqual([
      ['missing_field', 'plan.deadline', ['plan', 'filedOn']],
      ['missing_field', 'plan.contents', ['plan', 'contents']],
      ['missing_field', 'plan.review', ['plan', 'approvedOn']],
    ]);
    expect(brief(check({ questionBank: undefined }))).toEqual([
      ['missing_field', 'bank.sets', ['questionBank', 'sets']],
      ['missing_field', 'bank.approval', ['questionBank', 'approvedOn']],
    ]);
    expect(brief(check({ certificates: undefined })).map(([code]) => code)).toEqual(['missing_field', 'missing_field', 'missing_field']);
  });

  it('without an exam start date the bank is still checked with the policy', () => {
    const result = check(exam({ startDate: undefined }), { policy: definePolicy({ minQuestionSets: 6 }) });
    expect(brief(result)).toEqual([
      ['missing_field', 'plan.deadline', ['exam', 'startDate']],
      ['too_few_sets', 'bank.sets', ['questionBank', 'sets']],
    ]);
  });

  it('without an exam start date the later date rules are not guessed, but missing approvals still show', () => {
    const result = check({ ...exam({ startDate: undefined }), ...bank({ approvedOn: undefined }) });
    expect(brief(result)).toEqual([
      ['missing_field', 'plan.deadline', ['exam', 'startDate']],
      ['missing_field', 'bank.approval', ['questionBank', 'approvedOn']],
    ]);
  });
});

describe('checkBatch: bad input', () => {
  it('compares districts by code or name and items after NFKC without white space', () => {
    expect(check({ district: '薛城区', approvedScope: { items: ['面点制作'], district: '370403' } }).ok).toBe(true);
    expect(check({ item: '面点 制作', approvedScope: { items: ['面点制作\u3000'], district: '薛城' } }).ok).toBe(true);
  });

  it('reads the approved items strictly: missing, not a list, or with bad entries', () => {
    expect(brief(check({ approvedScope: { district: '370403' } }))).toEqual([['missing_field', 'batch.scope', ['approvedScope', 'items']]]);
    expect(brief(check({ approvedScope: { items: '面点制作', district: '370403' } }))).toEqual([['invalid_input', 'batch.scope', ['approvedScope', 'items']]]);
    // a list with bad entries is reported, and the item is not judged against it
    expect(brief(check({ item: '鲁绣', approvedScope: { items: ['面点制作', 3, ' '], district: '370403' } }))).toEqual([
      ['invalid_input', 'batch.scope', ['approvedScope', 'items', 1]],
      ['invalid_input', 'batch.scope', ['approvedScope', 'items', 2]],
    ]);
    expect(brief(check({ approvedScope: { items: ['面点制作'], district: '北京' } }))).toEqual([['unknown_district', 'batch.scope', ['approvedScope', 'district']]]);
  });

  it('a policy number that cannot be used is an invalid_option naming it, not a path in the batch, alone', () => {
    const policy = { ...definePolicy({}), planFilingWorkingDays: 0, resultsPublicityWorkingDays: 'five' } as never;
    expect(brief(check({}, { policy }))).toEqual([
      ['invalid_option', 'policy.definition', ['policy', 'planFilingWorkingDays']],
      ['invalid_option', 'policy.definition', ['policy', 'resultsPublicityWorkingDays']],
    ]);
    // Every number the steps read is checked before any step runs, those of the rules they call too.
    const lacking = { planFilingWorkingDays: 5, resultsPublicityWorkingDays: 5 } as never;
    expect(brief(check({}, { policy: lacking }))).toEqual([
      ['invalid_option', 'policy.definition', ['policy', 'planFilingReading']],
      ['invalid_option', 'policy.definition', ['policy', 'minQuestionSets']],
      ['invalid_option', 'policy.definition', ['policy', 'generalLimits']],
      ['invalid_option', 'policy.definition', ['policy', 'effectiveFrom']],
      ['invalid_option', 'policy.definition', ['policy', 'cityCode']],
    ]);
    const enough = {
      planFilingWorkingDays: 5, planFilingReading: 'deadline', resultsPublicityWorkingDays: 5, minQuestionSets: 5, generalLimits: 'warning', effectiveFrom: '2023-04-23', cityCode: '04',
    } as never;
    expect(checkBatch(sampleBatch(), { policy: enough })).toEqual({ ok: true, issues: [] });
  });

  it('a day outside the calendar is reported, never guessed', () => {
    const result = check({ ...exam({ startDate: '2030-03-18', endDate: undefined }), ...publicity({ start: '2030-03-19', end: '2030-03-25' }) });
    // The plan (filed 2025-09-29) is on time whatever 2027 to 2030 bring: 2026 alone holds more than 5 working days after it.
    expect(brief(result).filter(([code]) => code === 'calendar_out_of_range')).toEqual([
      ['calendar_out_of_range', 'results.publicity', ['resultsPublicity', 'start']],
      ['calendar_out_of_range', 'results.publicity', ['resultsPublicity', 'end']],
    ]);
    expect(() => checkBatch(sampleBatch(exam({ startDate: '1999-01-04' })))).not.toThrow();
  });

  // policy.effective: a batch whose exam starts before the scheme (2023-04-23) is outside it.
  const beforeScheme: { name: string; startDate: string; issues: unknown[] }[] = [
    { name: 'the day before the scheme', startDate: '2023-04-22', issues: [['before_policy_effective', 'policy.effective', ['exam', 'startDate']]] },
    { name: 'the day of the scheme', startDate: '2023-04-23', issues: [] },
    { name: 'the day after', startDate: '2023-04-24', issues: [] },
  ];
  it.each(beforeScheme)('an exam starting $startDate ($name)', ({ startDate, issues }) => {
    const result = check(exam({ startDate, endDate: undefined }));
    expect(brief(result).filter(([, clause]) => clause === 'policy.effective')).toEqual(issues);
  });

  // policy.planFilingReading 'window' (issue 14 §7): the exam starts on Monday 2025-10-13; its window
  // runs from the 5th working day before (Monday 2025-09-29, after the make-up Sunday 28 September)
  // to the day before (Sunday 2025-10-12).
  const windowPolicy = definePolicy({ planFilingReading: 'window' });
  const windowRows: { name: string; filedOn: string; approvedOn: string; deadline: unknown[]; window: unknown[] }[] = [
    {
      name: 'the day before the window opens (the make-up Sunday)', filedOn: '2025-09-28', approvedOn: '2025-09-30',
      deadline: [], window: [['plan_filed_outside_window', 'plan.deadline', ['plan', 'filedOn']]],
    },
    {
      name: 'the first day of the window', filedOn: '2025-09-29', approvedOn: '2025-09-30',
      deadline: [], window: [],
    },
    {
      name: 'the day after the first day', filedOn: '2025-09-30', approvedOn: '2025-09-30',
      deadline: [['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']]], window: [],
    },
    {
      name: 'the last day of the window, the day before the exam', filedOn: '2025-10-12', approvedOn: '2025-10-12',
      deadline: [['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']]], window: [],
    },
    {
      name: 'the exam day itself', filedOn: '2025-10-13', approvedOn: '2025-10-13',
      deadline: [['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']], ['plan_approved_late', 'plan.review', ['plan', 'approvedOn']]],
      window: [['plan_filed_outside_window', 'plan.deadline', ['plan', 'filedOn']], ['plan_approved_late', 'plan.review', ['plan', 'approvedOn']]],
    },
  ];
  it.each(windowRows)('plan filed on $filedOn ($name): by each reading', ({ filedOn, approvedOn, deadline, window }) => {
    const patch = plan({ filedOn, approvedOn });
    expect(brief(check(patch))).toEqual(deadline);
    expect(brief(check(patch, { policy: windowPolicy }))).toEqual(window);
  });

  it('says the window in the words of the plan, with the dates as officials write them', () => {
    expect(check(plan({ filedOn: '2025-09-26' }), { policy: windowPolicy }).issues).toEqual([
      {
        code: 'plan_filed_outside_window',
        severity: 'error',
        clause: 'plan.deadline',
        message: '考核计划应在考试开始前5个工作日内（2025年9月29日至2025年10月12日）编制，实为2025年9月26日',
        messageEn: 'The plan must be filed within the 5 working days before the exam, from 2025-09-29 to 2025-10-12; it was filed on 2025-09-26',
        path: ['plan', 'filedOn'],
        expected: '2025-09-29/2025-10-12',
        received: '2025-09-26',
      },
    ]);
  });

  // A December 2026 batch whose results publicity runs into 2027, past the calendar's end
  // (31 December 2026): answered when the covered days decide it (issue 14 §5).
  const december2026 = (end: string, start = '2026-12-21'): Patch => ({
    ...plan({ filedOn: '2026-12-09', approvedOn: '2026-12-10' }),
    ...exam({ startDate: '2026-12-17', endDate: '2026-12-18' }),
    ...bank({ approvedOn: '2026-12-01' }),
    ...publicity({ start, end }),
    ...certificates({ uploadedOn: '2027-01-11', approvedOn: '2027-01-12', issuedOn: '2027-01-13' }),
  });
  const pastTheCalendar: { name: string; patch: Patch; issues: unknown[] }[] = [
    { name: '2026-12-21 to 2027-01-08: 9 working days in 2026 already', patch: december2026('2027-01-08'), issues: [] },
    { name: '2026-12-25 to 2027-01-05: exactly 5 in 2026', patch: december2026('2027-01-05', '2026-12-25'), issues: [] },
    {
      name: '2026-12-28 to 2027-01-05: 4 in 2026, the answer depends on 2027',
      patch: december2026('2027-01-05', '2026-12-28'),
      issues: [['calendar_out_of_range', 'results.publicity', ['resultsPublicity', 'end']]],
    },
  ];
  it.each(pastTheCalendar)('a publicity past the calendar: $name', ({ patch, issues }) => {
    expect(brief(check(patch))).toEqual(issues);
  });

  // The plan of an exam past the calendar's end (Thursday 31 December 2026; 25, 28 to 31 December
  // are its last five working days): answered when the covered days decide it (issue 14 §5).
  const planPast = (filedOn: string, startDate: string): Patch => ({
    ...plan({ filedOn, approvedOn: filedOn }),
    ...exam({ startDate, endDate: undefined }),
  });
  const outOfRange = [['calendar_out_of_range', 'plan.deadline', ['exam', 'startDate']]];
  const late = [['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']]];
  const outside = [['plan_filed_outside_window', 'plan.deadline', ['plan', 'filedOn']]];
  const planPastRows: { name: string; filedOn: string; startDate: string; deadline: unknown[]; window: unknown[] }[] = [
    // The first uncovered day: its own day is not counted, so its 5 working days before are all in 2026.
    { name: 'exam on 1 January 2027, filed on the deadline 25 December', filedOn: '2026-12-25', startDate: '2027-01-01', deadline: [], window: [] },
    { name: 'exam on 1 January 2027, filed the day before the deadline', filedOn: '2026-12-24', startDate: '2027-01-01', deadline: [], window: outside },
    { name: 'exam on 1 January 2027, filed the working day after the deadline', filedOn: '2026-12-28', startDate: '2027-01-01', deadline: late, window: [] },
    { name: 'exam on 1 January 2027, filed on the calendar\'s last day', filedOn: '2026-12-31', startDate: '2027-01-01', deadline: late, window: [] },
    // Monday 4 January 2027: 1 to 3 January are not covered.
    { name: 'exam on 4 January, filed 25 December: 5 working days in 2026 already', filedOn: '2026-12-25', startDate: '2027-01-04', deadline: [], window: outOfRange },
    { name: 'exam on 4 January, filed 24 December: 5 working days strictly between, in 2026', filedOn: '2026-12-24', startDate: '2027-01-04', deadline: [], window: outside },
    { name: 'exam on 4 January, filed 28 December: 4 in 2026, the rest depends on 2027', filedOn: '2026-12-28', startDate: '2027-01-04', deadline: outOfRange, window: outOfRange },
    { name: 'exam on 4 January, filed 29 December: 2 strictly between in 2026, at most 5', filedOn: '2026-12-29', startDate: '2027-01-04', deadline: outOfRange, window: outOfRange },
    { name: 'exam on 4 January, filed 30 December: at most 5, at most 4 strictly between', filedOn: '2026-12-30', startDate: '2027-01-04', deadline: outOfRange, window: [] },
    { name: 'exam on 4 January, filed 31 December: at most 4', filedOn: '2026-12-31', startDate: '2027-01-04', deadline: late, window: [] },
    { name: 'exam on 4 January, filed 3 January: at most 1', filedOn: '2027-01-03', startDate: '2027-01-04', deadline: late, window: [] },
    { name: 'exam on 4 January, filed on the exam day', filedOn: '2027-01-04', startDate: '2027-01-04', deadline: late, window: outside },
    // Wholly past the calendar: decided only when the days between are too few.
    { name: 'exam on 11 January, filed 7 January: at most 4', filedOn: '2027-01-07', startDate: '2027-01-11', deadline: late, window: [] },
    { name: 'exam on 11 January, filed 6 January: at most 5', filedOn: '2027-01-06', startDate: '2027-01-11', deadline: outOfRange, window: [] },
    { name: 'exam on 11 January, filed 5 January: at most 5 strictly between', filedOn: '2027-01-05', startDate: '2027-01-11', deadline: outOfRange, window: outOfRange },
    { name: 'exam in 2030, filed in 2025', filedOn: '2025-09-29', startDate: '2030-03-18', deadline: [], window: outside },
  ];
  it.each(planPastRows)('a plan for an exam past the calendar: $name', ({ filedOn, startDate, deadline, window }) => {
    const planIssues = (result: RuleResult) => brief(result).filter(([, clause]) => clause === 'plan.deadline');
    expect(planIssues(check(planPast(filedOn, startDate)))).toEqual(deadline);
    expect(planIssues(check(planPast(filedOn, startDate), { policy: windowPolicy }))).toEqual(window);
  });

  it('says "at most" or "at least" when only a bound of the working days is known', () => {
    const issue = (filedOn: string, startDate: string, policy = definePolicy({})) =>
      check(planPast(filedOn, startDate), { policy }).issues.find((i) => i.clause === 'plan.deadline');
    expect(issue('2026-12-31', '2027-01-04')).toEqual({
      code: 'plan_filed_late',
      severity: 'error',
      clause: 'plan.deadline',
      message: '考核计划应不晚于考试前5个工作日编制，实为2026年12月31日，距考试开始日2027年1月4日至多4个工作日',
      messageEn: 'The plan must be filed 5 working days before the exam; it was filed on 2026-12-31, at most 4 working days before the exam on 2027-01-04',
      path: ['plan', 'filedOn'],
      received: '2026-12-31',
    });
    expect(issue('2026-12-24', '2027-01-04', windowPolicy)).toEqual({
      code: 'plan_filed_outside_window',
      severity: 'error',
      clause: 'plan.deadline',
      message: '考核计划应在考试开始日2027年1月4日前5个工作日内编制，实为2026年12月24日，距考试开始已有至少5个工作日',
      messageEn: 'The plan must be filed within the 5 working days before the exam on 2027-01-04; it was filed on 2026-12-24, at least 5 working days before it',
      path: ['plan', 'filedOn'],
      received: '2026-12-24',
    });
    expect(issue('2027-01-04', '2027-01-04', windowPolicy)?.message).toBe('考核计划应在考试开始日2027年1月4日前5个工作日内编制，实为2027年1月4日，不在考试开始之前');
  });

  it('answers the plan of an exam past the calendar as a longer calendar does, whatever 2027 brings (property)', () => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const day = (offset: number) => iso(Date.UTC(2026, 11, 31) + offset * 86_400_000);
    const jan2027 = Array.from({ length: 40 }, (_, i) => day(i + 1));
    const weekend = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0;
    fc.assert(
      fc.property(
        fc.subarray(jan2027.filter((d) => !weekend(d))),
        fc.subarray(jan2027.filter(weekend)),
        fc.integer({ min: -15, max: 20 }),
        fc.integer({ min: 0, max: 15 }),
        fc.boolean(),
        (offDays, workDays, filedShift, gap, window) => {
          const longer = createWorkdayCalendar({ years: { '2027': { offDays, workDays } } });
          const policy = window ? windowPolicy : definePolicy({});
          const patch = planPast(day(filedShift), day(filedShift + gap));
          const planIssues = (result: RuleResult) => result.issues.filter((i) => i.clause === 'plan.deadline').map((i) => i.code);
          const short = planIssues(check(patch, { policy }));
          if (short.includes('calendar_out_of_range')) return;
          expect(planIssues(check(patch, { policy, calendar: longer }))).toEqual(short);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('bad dates are invalid_date with their path', () => {
    const result = check({ ...plan({ filedOn: '2025-02-29' }), ...exam({ endDate: '2025-10-32' }), ...certificates({ issuedOn: new Date(NaN) }) });
    expect(brief(result)).toEqual([
      ['invalid_date', 'plan.deadline', ['plan', 'filedOn']],
      ['invalid_date', 'exam.dates', ['exam', 'endDate']],
      ['invalid_date', 'certificate.issuance', ['certificates', 'issuedOn']],
    ]);
  });

  it('a bad option is reported alone', () => {
    for (const options of [null, 1, { policy: 'strict' }, { calendar: {} }, { calendar: { firstDay: '2023-01-01', lastDay: '2026-12-31' } }]) {
      const result = checkBatch(sampleBatch(), options as never);
      expect(codesOf(result)).toEqual(['invalid_option']);
    }
  });

  it('a section that is not an object is invalid_input, and its fields are not read', () => {
    expect(brief(check({ plan: 'done', exam: [], questionBank: 5 }))).toEqual([
      ['invalid_input', 'plan.deadline', ['exam']],
      ['invalid_input', 'plan.deadline', ['plan']],
      ['invalid_input', 'bank.sets', ['questionBank']],
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const value of hostileValues()) {
      expect(checkBatch(value as never).ok).toBe(false);
      codesOf(checkBatch(sampleBatch(), value as never));
      for (const key of Object.keys(base) as (keyof AssessmentBatch)[]) codesOf(checkBatch(sampleBatch({ [key]: value })));
      for (const key of Object.keys(base.exam)) codesOf(checkBatch(sampleBatch(exam({ [key]: value }))));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(checkBatch(value as never))));
    const keys = [...Object.keys(base), 'exam'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.anything()), (patch) => {
        codesOf(checkBatch(sampleBatch(patch as Patch)));
      }),
    );
  });

  it('does not change its input', () => {
    const batch = sampleBatch();
    const copy = structuredClone(batch);
    checkBatch(batch);
    expect(batch).toEqual(copy);
  });
});

describe('checkBatch: the exact issue of each code and reason', () => {
  const issue = (fields: Partial<RuleIssue>): RuleIssue => ({ severity: 'error', ...fields }) as RuleIssue;
  const cases: { name: string; patch: Patch; options?: Parameters<typeof checkBatch>[1]; issues: RuleIssue[] }[] = [
    {
      name: 'an institution code that is not one',
      patch: { institutionCode: '37040000' },
      issues: [
        issue({
          code: 'institution_code_invalid',
          clause: 'selection.code',
          message: '考核机构代码“37040000”有误，应为8位：37、2位市级代码和0001至9999的序列码',
          messageEn: 'The institution code "37040000" is invalid: expected 37, a city code and a serial 0001–9999 (8 digits)',
          path: ['institutionCode'],
          received: '"37040000"',
        }),
      ],
    },
    {
      name: 'an item outside the approved scope',
      patch: { item: '鲁绣' },
      issues: [
        issue({
          code: 'item_out_of_scope',
          clause: 'batch.scope',
          message: '考核项目“鲁绣”不在评估同意的考核项目范围内',
          messageEn: 'Item "鲁绣" is outside the approved scope',
          path: ['item'],
          expected: ['面点制作', '剪纸'],
          received: '鲁绣',
        }),
      ],
    },
    {
      name: 'a district outside the approved scope',
      patch: { district: '滕州市' },
      issues: [
        issue({
          code: 'district_out_of_scope',
          clause: 'batch.scope',
          message: '考核所在区（市）滕州市不是评估同意的薛城区',
          messageEn: 'The district 滕州市 is not the approved 薛城区',
          path: ['district'],
          expected: '薛城区',
          received: '滕州市',
        }),
      ],
    },
    {
      name: 'a district not in Zaozhuang',
      patch: { district: '370102' },
      issues: [
        issue({
          code: 'unknown_district',
          clause: 'batch.scope',
          message: '“370102”不是枣庄市的区（市），应为市中区（370402）、薛城区（370403）、峄城区（370404）、台儿庄区（370405）、山亭区（370406）、滕州市（370481）之一',
          messageEn:
            '"370102" is not a district of Zaozhuang: expected one of 370402 市中区, 370403 薛城区, 370404 峄城区, 370405 台儿庄区, 370406 山亭区, 370481 滕州市',
          path: ['district'],
          received: '"370102"',
        }),
      ],
    },
    {
      name: 'an empty district is missing, not unknown',
      patch: { district: '' },
      issues: [issue({ code: 'missing_field', clause: 'batch.scope', message: '未填写考核所在区（市）', messageEn: 'district is missing', path: ['district'] })],
    },
    {
      name: 'approved items that are not a list',
      patch: { approvedScope: { items: '面点制作', district: '370403' } },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'batch.scope',
          message: '输入有误：评估同意的考核项目应为字符串数组',
          messageEn: 'Invalid input: approved scope items must be an array of strings',
          path: ['approvedScope', 'items'],
          received: '"面点制作"',
        }),
      ],
    },
    {
      name: 'an approved item that is not text',
      patch: { approvedScope: { items: ['面点制作', 3], district: '370403' } },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'batch.scope',
          message: '输入有误：第2个评估同意的考核项目应为非空的文字',
          messageEn: 'Invalid input: approved scope items no. 2 must be a non-empty string',
          path: ['approvedScope', 'items', 1],
          received: '3',
        }),
      ],
    },
    {
      name: 'an approved scope that is not an object',
      patch: { approvedScope: 'x' },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'batch.scope',
          message: '输入有误：评估同意的考核范围应为对象',
          messageEn: 'Invalid input: approved scope must be an object',
          path: ['approvedScope'],
          received: '"x"',
        }),
      ],
    },
    {
      name: 'an announcement that is not an object',
      patch: { announcement: 'x' },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'announcement.contents',
          message: '输入有误：年度考核计划公告应为对象',
          messageEn: 'Invalid input: announcement must be an object',
          path: ['announcement'],
          received: '"x"',
        }),
      ],
    },
    {
      name: 'the plan filed the day after its deadline',
      patch: plan({ filedOn: '2025-09-30' }),
      issues: [
        issue({
          code: 'plan_filed_late',
          clause: 'plan.deadline',
          message: '考核计划于2025年9月30日编制，应不晚于2025年9月29日（考试前5个工作日）',
          messageEn: 'The plan must be filed by 2025-09-29 (5 working days before the exam); it was filed on 2025-09-30',
          path: ['plan', 'filedOn'],
          expected: '2025-09-29',
          received: '2025-09-30',
        }),
      ],
    },
    {
      name: 'an impossible filing date',
      patch: plan({ filedOn: '2025-02-29' }),
      issues: [
        issue({
          code: 'invalid_date',
          clause: 'plan.deadline',
          message: '考核计划编制日期不是真实的日期',
          messageEn: 'plan filed on is not a real date (YYYY-MM-DD)',
          path: ['plan', 'filedOn'],
          expected: 'YYYY-MM-DD',
          received: '"2025-02-29"',
        }),
      ],
    },
    {
      name: 'the plan lacking one field',
      patch: plan({ contents: (base.plan?.contents ?? []).filter((f) => f !== 'candidate_count') }),
      issues: [
        issue({
          code: 'plan_field_lacking',
          clause: 'plan.contents',
          message: '考核方案缺少「考核人数」',
          messageEn: 'The plan lacks the number of candidates',
          path: ['plan', 'contents'],
          expected: 'candidate_count',
        }),
      ],
    },
    {
      name: 'the plan approved on the exam day',
      patch: plan({ approvedOn: '2025-10-13' }),
      issues: [
        issue({
          code: 'plan_approved_late',
          clause: 'plan.review',
          message: '考核方案于2025年10月13日审核通过，应在考试首日2025年10月13日之前',
          messageEn: 'The plan was approved on 2025-10-13; it must be approved before the exam starts on 2025-10-13',
          path: ['plan', 'approvedOn'],
          expected: '2025-10-13',
          received: '2025-10-13',
        }),
      ],
    },
    {
      name: 'the plan approved the day before it was filed',
      patch: plan({ approvedOn: '2025-09-27' }),
      issues: [
        issue({
          code: 'plan_approved_before_filed',
          clause: 'plan.review',
          message: '考核方案审核通过日期2025年9月27日早于编制日期2025年9月28日',
          messageEn: 'The plan was approved on 2025-09-27, before it was filed on 2025-09-28',
          path: ['plan', 'approvedOn'],
          expected: '2025-09-28',
          received: '2025-09-27',
        }),
      ],
    },
    {
      name: 'a production post without assured safety',
      patch: exam({ site: 'production_post', productionSafetyAssured: false }),
      issues: [
        issue({
          code: 'exam_site_unsafe',
          clause: 'exam.site',
          message: '本批次结合生产岗位考核，未确保考核安全、不影响正常生产经营',
          messageEn: 'An exam at a production post must have its safety assured',
          path: ['exam', 'productionSafetyAssured'],
        }),
      ],
    },
    {
      name: 'an unknown site',
      patch: exam({ site: 'online' }),
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'exam.site',
          message: '输入有误：考核场地应为“fixed_site”（固定考核场所）或“production_post”（结合生产岗位）',
          messageEn: 'Invalid input: exam site must be fixed_site or production_post',
          path: ['exam', 'site'],
          received: '"online"',
        }),
      ],
    },
    {
      name: 'notices that are not a list',
      patch: exam({ notices: 'x' }),
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'exam.notices',
          message: '输入有误：考场张贴的须知和规定应为列表',
          messageEn: 'Invalid input: exam notices must be an array',
          path: ['exam', 'notices'],
          received: '"x"',
        }),
      ],
    },
    {
      name: 'the discipline rules not posted',
      patch: exam({ notices: ['candidate_notice', 'safety_notes'] }),
      issues: [
        issue({
          code: 'exam_notice_lacking',
          clause: 'exam.notices',
          message: '考场未张贴「违纪处理规定」',
          messageEn: 'Not posted at the venue: disciplinary rules',
          path: ['exam', 'notices'],
          expected: 'discipline_rules',
        }),
      ],
    },
    {
      name: 'not video-recorded',
      patch: exam({ videoRecorded: false }),
      issues: [
        issue({
          code: 'exam_not_recorded',
          clause: 'exam.video',
          message: '考核过程未全程视频监控并录像',
          messageEn: 'The assessment was not video-recorded throughout',
          path: ['exam', 'videoRecorded'],
        }),
      ],
    },
    {
      name: 'videoRecorded as text',
      patch: exam({ videoRecorded: 'false' }),
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'exam.video',
          message: '输入有误：全程视频监控并录像应为“true”或“false”',
          messageEn: 'Invalid input: exam video recorded must be a boolean',
          path: ['exam', 'videoRecorded'],
          received: '"false"',
        }),
      ],
    },
    {
      name: 'an unknown method',
      patch: exam({ method: 'oral' }),
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'assessment.method',
          message: '输入有误：考核方式应为“skill”（技能操作考核）、“skill_and_theory”（技能操作考核和理论知识考核）、“theory”（单独考核理论知识）之一',
          messageEn: 'Invalid input: exam method must be one of skill, skill_and_theory, theory',
          path: ['exam', 'method'],
          received: '"oral"',
        }),
      ],
    },
    {
      name: 'a method that is not text',
      patch: exam({ method: 5 }),
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'assessment.method',
          message: '输入有误：考核方式应为“skill”（技能操作考核）、“skill_and_theory”（技能操作考核和理论知识考核）、“theory”（单独考核理论知识）之一',
          messageEn: 'Invalid input: exam method must be one of skill, skill_and_theory, theory',
          path: ['exam', 'method'],
          received: '5',
        }),
      ],
    },
    {
      name: 'theory alone: a warning by default',
      patch: exam({ method: 'theory' }),
      issues: [
        issue({
          code: 'theory_only',
          severity: 'warning',
          clause: 'assessment.method',
          message: '本批次仅考核理论知识，政策规定一般不单独考核理论知识',
          messageEn: 'Theory is generally not assessed on its own',
          path: ['exam', 'method'],
          received: 'theory',
        }),
      ],
    },
    {
      name: 'theory alone: an error under generalLimits error',
      patch: exam({ method: 'theory' }),
      options: { policy: definePolicy({ generalLimits: 'error' }) },
      issues: [
        issue({
          code: 'theory_only',
          clause: 'assessment.method',
          message: '本批次仅考核理论知识，政策规定一般不单独考核理论知识',
          messageEn: 'Theory is generally not assessed on its own',
          path: ['exam', 'method'],
          received: 'theory',
        }),
      ],
    },
    {
      name: 'a question bank that is not an object',
      patch: { questionBank: 5 },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'bank.sets',
          message: '输入有误：试题库应为对象',
          messageEn: 'Invalid input: question bank must be an object',
          path: ['questionBank'],
          received: '5',
        }),
      ],
    },
    {
      name: 'an exam ending the day before it starts',
      patch: exam({ endDate: '2025-10-12' }),
      issues: [
        issue({
          code: 'exam_end_before_start',
          clause: 'exam.dates',
          message: '考试结束日期2025年10月12日早于开始日期2025年10月13日',
          messageEn: 'The exam ends (2025-10-12) before it starts (2025-10-13)',
          path: ['exam', 'endDate'],
          expected: '2025-10-13',
          received: '2025-10-12',
        }),
      ],
    },
    {
      name: 'an impossible exam end date',
      patch: exam({ endDate: '2025-10-32' }),
      issues: [
        issue({
          code: 'invalid_date',
          clause: 'exam.dates',
          message: '考试结束日期不是真实的日期',
          messageEn: 'exam end date is not a real date (YYYY-MM-DD)',
          path: ['exam', 'endDate'],
          expected: 'YYYY-MM-DD',
          received: '"2025-10-32"',
        }),
      ],
    },
    {
      name: 'results published on the exam\'s last day',
      patch: publicity({ start: '2025-10-14' }),
      issues: [
        issue({
          code: 'results_publicity_too_early',
          clause: 'results.publicity',
          message: '考核结果公示于2025年10月14日开始，应在考试结束日2025年10月14日之后',
          messageEn: 'The results publicity starts on 2025-10-14; it must start after the exam ends on 2025-10-14',
          path: ['resultsPublicity', 'start'],
          expected: '2025-10-14',
          received: '2025-10-14',
        }),
      ],
    },
    {
      name: 'a results publicity that is not an object',
      patch: { resultsPublicity: 'x' },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'results.publicity',
          message: '输入有误：考核结果公示应为对象',
          messageEn: 'Invalid input: results publicity must be an object',
          path: ['resultsPublicity'],
          received: '"x"',
        }),
      ],
    },
    {
      name: 'results uploaded on the publicity\'s last day',
      patch: certificates({ uploadedOn: '2025-10-21' }),
      issues: [
        issue({
          code: 'certificates_uploaded_too_early',
          clause: 'certificate.issuance',
          message: '考核结果于2025年10月21日上传，应在公示结束日2025年10月21日之后',
          messageEn: 'The results were uploaded on 2025-10-21; they must be uploaded after the publicity ends on 2025-10-21',
          path: ['certificates', 'uploadedOn'],
          expected: '2025-10-21',
          received: '2025-10-21',
        }),
      ],
    },
    {
      name: 'reviewed the day before the upload',
      patch: certificates({ approvedOn: '2025-10-21' }),
      issues: [
        issue({
          code: 'certificates_approved_before_upload',
          clause: 'certificate.issuance',
          message: '考核结果审核通过日期2025年10月21日早于上传日期2025年10月22日',
          messageEn: 'The review (2025-10-21) is before the upload (2025-10-22)',
          path: ['certificates', 'approvedOn'],
          expected: '2025-10-22',
          received: '2025-10-21',
        }),
      ],
    },
    {
      name: 'issued the day before the review',
      patch: certificates({ issuedOn: '2025-10-23' }),
      issues: [
        issue({
          code: 'certificates_issued_before_approval',
          clause: 'certificate.issuance',
          message: '发证日期2025年10月23日早于考核结果审核通过日期2025年10月24日',
          messageEn: 'Certificates were issued on 2025-10-23, before the review on 2025-10-24',
          path: ['certificates', 'issuedOn'],
          expected: '2025-10-24',
          received: '2025-10-23',
        }),
      ],
    },
    {
      name: 'issued on the publicity\'s last day, not uploaded',
      patch: certificates({ uploadedOn: undefined, approvedOn: '2025-10-21', issuedOn: '2025-10-21' }),
      issues: [
        issue({
          code: 'missing_field',
          clause: 'certificate.issuance',
          message: '未填写考核结果上传日期',
          messageEn: 'certificates uploaded on is missing',
          path: ['certificates', 'uploadedOn'],
        }),
        issue({
          code: 'certificates_issued_too_early',
          clause: 'certificate.issuance',
          message: '发证日期2025年10月21日应在公示结束日2025年10月21日之后',
          messageEn: 'Certificates were issued on 2025-10-21; they must be issued after the publicity ends on 2025-10-21',
          path: ['certificates', 'issuedOn'],
          expected: '2025-10-21',
          received: '2025-10-21',
        }),
      ],
    },
    {
      name: 'a question bank without sets or approval: the missing field is named with its whole path',
      patch: { questionBank: {} },
      issues: [
        issue({
          code: 'bank_sets_not_array',
          clause: 'bank.sets',
          message: '试题库的试题套应以列表给出',
          messageEn: 'The bank\'s sets must be an array of question sets',
          path: ['questionBank', 'sets'],
          received: 'undefined',
        }),
        issue({
          code: 'missing_field',
          clause: 'bank.approval',
          message: '未填写试题库评估通过日期',
          messageEn: 'question bank approved on is missing',
          path: ['questionBank', 'approvedOn'],
        }),
      ],
    },
    {
      name: 'certificates that are not an object',
      patch: { certificates: 'x' },
      issues: [
        issue({
          code: 'invalid_input',
          clause: 'certificate.issuance',
          message: '输入有误：颁发证书应为对象',
          messageEn: 'Invalid input: certificates must be an object',
          path: ['certificates'],
          received: '"x"',
        }),
      ],
    },
  ];
  it.each(cases)('$name', ({ patch, options, issues }) => {
    const result = check(patch, options);
    expect(result.issues).toStrictEqual(issues);
    expect(result.ok).toBe(issues.every((i) => i.severity === 'warning'));
  });

  it('a batch that is not an object, a bad option, an unreadable batch or options', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const unreadable = {
      code: 'invalid_input',
      severity: 'error',
      clause: 'batch.scope',
      message: '输入有误：读取输入时出错',
      messageEn: 'Invalid input: the input could not be read',
    };
    expect(checkBatch(revoked.proxy as never)).toStrictEqual({ ok: false, issues: [unreadable] });
    expect(checkBatch(sampleBatch(), revoked.proxy as never)).toStrictEqual({ ok: false, issues: [unreadable] });
    expect(checkBatch(null as never)).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          clause: 'batch.scope',
          message: '输入有误：“batch”应为对象',
          messageEn: 'Invalid input: batch must be an object',
          path: ['batch'],
        },
      ],
    });
    expect(checkBatch(sampleBatch(), { policy: 'strict' } as never).issues).toStrictEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'policy.definition',
        message: '选项“policy”无效：应为“definePolicy”所建的政策',
        messageEn: 'Option policy is invalid: must be a Policy object',
        path: ['policy'],
        received: '"strict"',
      },
    ]);
    expect(checkBatch(sampleBatch(), { calendar: {} } as never).issues).toStrictEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'plan.deadline',
        message: '“calendar”应为“createWorkdayCalendar”所建的日历',
        messageEn: 'calendar must be made by createWorkdayCalendar',
        path: ['calendar'],
        received: 'object',
      },
    ]);
  });
});

describe('checkBatch: an unreadable or missing day stops the comparisons that need it, each issue whole', () => {
  const invalidDate = (path: string[], zh: string, en: string, clause: string) => ({
    code: 'invalid_date',
    severity: 'error',
    clause,
    message: `${zh}不是真实的日期`,
    messageEn: `${en} is not a real date (YYYY-MM-DD)`,
    path,
    expected: 'YYYY-MM-DD',
    received: '"2025-02-30"',
  });
  const rows: { name: string; patch: Patch; issues: unknown[] }[] = [
    { name: 'an impossible publicity end: no period counted', patch: publicity({ end: '2025-02-30' }), issues: [invalidDate(['resultsPublicity', 'end'], '结果公示结束日期', 'results publicity end', 'results.publicity')] },
    { name: 'an impossible publicity start: no period counted', patch: publicity({ start: '2025-02-30' }), issues: [invalidDate(['resultsPublicity', 'start'], '结果公示开始日期', 'results publicity start', 'results.publicity')] },
    { name: 'an impossible exam end: no publicity order', patch: exam({ endDate: '2025-02-30' }), issues: [invalidDate(['exam', 'endDate'], '考试结束日期', 'exam end date', 'exam.dates')] },
    {
      name: 'no filing day: no deadline counted',
      patch: plan({ filedOn: undefined }),
      issues: [{ code: 'missing_field', severity: 'error', clause: 'plan.deadline', message: '未填写考核计划编制日期', messageEn: 'plan filed on is missing', path: ['plan', 'filedOn'] }],
    },
  ];
  it.each(rows)('$name', ({ patch, issues }) => {
    expect(check(patch)).toEqual({ ok: false, issues });
  });

  it('names the exam\'s first day before the scheme as the form does', () => {
    expect(check(exam({ startDate: '2023-04-21', endDate: undefined })).issues[0]).toEqual({
      code: 'before_policy_effective',
      severity: 'error',
      clause: 'policy.effective',
      message: '考试开始日期为2023年4月21日，早于本方案施行之日（2023年4月23日），不适用本方案',
      messageEn: 'The first day of the exam (2023-04-21) is before the scheme took effect on 2023-04-23: the scheme does not apply to it',
      path: ['exam', 'startDate'],
      expected: '2023-04-23',
      received: '2023-04-21',
    });
  });
});

describe('checkBatch: an institution code of another city, named by its city digits (三3(2), selection.code)', () => {
  it('gives the city digits 第3至4位, not the whole code', () => {
    expect(check({ institutionCode: '37010001' })).toEqual({
      ok: false,
      issues: [{
        code: 'institution_code_other_city',
        severity: 'error',
        clause: 'selection.code',
        message: '考核机构代码37010001的第3至4位为01，不是本市的市级代码04',
        messageEn: 'The institution code 37010001 carries the city code 01, not this city\'s 04',
        path: ['institutionCode'],
        expected: '04',
        received: '37010001',
      }],
    });
  });
});
