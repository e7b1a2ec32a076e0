import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePolicy } from '../../src/index.js';
import { AssessmentBatchSchema, createAssessmentBatchSchema, validateAssessmentBatch } from '../../src/schemas/index.js';
import { sampleBatch } from '../../src/testing/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const base = sampleBatch();
const brief = (result: ReturnType<typeof validateAssessmentBatch>) => result.issues.map((i) => [i.code, i.clause, i.path]);

describe('AssessmentBatchSchema (四2)', () => {
  it('accepts the sample batch, with IsoDates or Dates', () => {
    expect(AssessmentBatchSchema.safeParse(base).success).toBe(true);
    expect(AssessmentBatchSchema.safeParse(sampleBatch({ exam: { ...base.exam, startDate: new Date('2025-10-13T08:00:00+08:00') } })).success).toBe(true);
  });

  it.each([
    { field: 'method', value: 'skill' },
    { field: 'method', value: 'skill_and_theory' },
    { field: 'method', value: 'theory' },
    { field: 'site', value: 'fixed_site' },
    { field: 'site', value: 'production_post' },
  ])('accepts the exam $field $value', ({ field, value }) => {
    for (const schema of [AssessmentBatchSchema, createAssessmentBatchSchema(), createAssessmentBatchSchema({ language: 'en' })]) {
      expect(schema.safeParse(sampleBatch({ exam: { ...base.exam, productionSafetyAssured: true, [field]: value } })).success).toBe(true);
    }
  });

  it.each([
    { field: 'method', value: 'oral', zh: '应为“skill”、“skill_and_theory”、“theory”之一', en: 'Invalid option: expected one of "skill"|"skill_and_theory"|"theory"' },
    { field: 'site', value: 'online', zh: '应为“fixed_site”、“production_post”之一', en: 'Invalid option: expected one of "fixed_site"|"production_post"' },
  ])('refuses the exam $field $value with the words it takes', ({ field, value, zh, en }) => {
    const batch = sampleBatch({ exam: { ...base.exam, [field]: value } });
    expect(createAssessmentBatchSchema().safeParse(batch).error?.issues.map((i) => [i.path, i.message])).toEqual([[['exam', field], zh]]);
    expect(createAssessmentBatchSchema({ language: 'en' }).safeParse(batch).error?.issues.map((i) => [i.path, i.message])).toEqual([[['exam', field], en]]);
  });

  it('leaves optional fields optional: their absence is for the rules', () => {
    expect(AssessmentBatchSchema.safeParse({ institutionCode: '', item: '', district: '', exam: { startDate: '2025-10-13' } }).success).toBe(true);
  });

  it('speaks Chinese by default and English on request', () => {
    const zh = AssessmentBatchSchema.safeParse(sampleBatch({ item: 1 }));
    expect(zh.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    const en = createAssessmentBatchSchema({ language: 'en' }).safeParse(sampleBatch({ item: 1 }));
    expect(en.error?.issues[0]?.message).toMatch(/^Invalid input: expected string/);
    const date = createAssessmentBatchSchema({ language: 'en' }).safeParse(sampleBatch({ exam: {} }));
    expect(date.error?.issues[0]?.message).toBe('Expected a real YYYY-MM-DD date or a valid Date');
  });

  it('composes with schemas of classic zod', () => {
    const year = z.object({ batches: z.array(AssessmentBatchSchema) });
    expect(year.safeParse({ batches: [base] }).success).toBe(true);
    expect(year.safeParse({ batches: [sampleBatch({ district: 7 })] }).error?.issues[0]?.path).toEqual(['batches', 0, 'district']);
  });

  const shapes: { name: string; patch: Record<string, unknown>; path: (string | number)[] }[] = [
    { name: 'a number as item', patch: { item: 1 }, path: ['item'] },
    { name: 'a number in the announcement', patch: { announcement: { contents: ['institution', 7] } }, path: ['announcement', 'contents', 1] },
    { name: 'a number in the plan', patch: { plan: { ...base.plan, contents: ['venue', 7] } }, path: ['plan', 'contents', 1] },
    { name: 'an impossible filing date', patch: { plan: { ...base.plan, filedOn: '2025-09-31' } }, path: ['plan', 'filedOn'] },
    { name: 'an unknown method', patch: { exam: { ...base.exam, method: 'oral' } }, path: ['exam', 'method'] },
    { name: 'an unknown site', patch: { exam: { ...base.exam, site: 'online' } }, path: ['exam', 'site'] },
    { name: 'a string flag', patch: { exam: { ...base.exam, videoRecorded: 'true' } }, path: ['exam', 'videoRecorded'] },
    { name: 'a blank notice', patch: { exam: { ...base.exam, notices: ['  '] } }, path: ['exam', 'notices', 0] },
    { name: 'a set without tasks array', patch: { questionBank: { sets: [{ id: 'A' }] } }, path: ['questionBank', 'sets', 0, 'tasks'] },
    { name: 'a publicity without end', patch: { resultsPublicity: { start: '2025-10-15' } }, path: ['resultsPublicity', 'end'] },
    { name: 'approved items not an array', patch: { approvedScope: { items: '面点制作', district: '370403' } }, path: ['approvedScope', 'items'] },
    { name: 'an approved district as a number', patch: { approvedScope: { items: ['面点制作'], district: 370403 } }, path: ['approvedScope', 'district'] },
    { name: 'announcement contents not a list', patch: { announcement: { contents: 'institution' } }, path: ['announcement', 'contents'] },
    { name: 'an impossible approval of the plan', patch: { plan: { ...base.plan, approvedOn: '2025-02-29' } }, path: ['plan', 'approvedOn'] },
    { name: 'a set id as a number', patch: { questionBank: { sets: [{ id: 1, tasks: [] }] } }, path: ['questionBank', 'sets', 0, 'id'] },
    { name: 'an impossible bank approval', patch: { questionBank: { sets: [], approvedOn: '2025-13-01' } }, path: ['questionBank', 'approvedOn'] },
    { name: 'a publicity start as a number', patch: { resultsPublicity: { start: 20251015, end: '2025-10-21' } }, path: ['resultsPublicity', 'start'] },
    { name: 'an impossible upload date', patch: { certificates: { ...base.certificates, uploadedOn: '2025-10-32' } }, path: ['certificates', 'uploadedOn'] },
    { name: 'an impossible certificate approval', patch: { certificates: { ...base.certificates, approvedOn: 'soon' } }, path: ['certificates', 'approvedOn'] },
    { name: 'an impossible issue date', patch: { certificates: { ...base.certificates, issuedOn: 1 } }, path: ['certificates', 'issuedOn'] },
  ];
  it.each(shapes)('refuses $name at its path, in both languages', ({ patch, path }) => {
    for (const schema of [AssessmentBatchSchema, createAssessmentBatchSchema(), createAssessmentBatchSchema({ language: 'en' })]) {
      const result = schema.safeParse(sampleBatch(patch));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toEqual([path]);
    }
  });
});

describe('validateAssessmentBatch', () => {
  it('passes the sample', () => {
    expect(validateAssessmentBatch(base)).toEqual({ ok: true, issues: [] });
  });

  it('reports the rules once the shape is right, with the options passed on', () => {
    const late = sampleBatch({ plan: { ...base.plan, filedOn: '2025-09-30' }, exam: { ...base.exam, method: 'theory' } });
    expect(brief(validateAssessmentBatch(late))).toEqual([
      ['plan_filed_late', 'plan.deadline', ['plan', 'filedOn']],
      ['theory_only', 'assessment.method', ['exam', 'method']],
    ]);
    expect(validateAssessmentBatch(late, { policy: definePolicy({ generalLimits: 'error' }) }).issues[1]?.severity).toBe('error');
  });

  it('reports a shape issue once, in both languages, with the clause of its field', () => {
    const result = validateAssessmentBatch(sampleBatch({ exam: { ...base.exam, videoRecorded: 'yes' } }));
    expect(brief(result)).toEqual([['schema_invalid_type', 'exam.video', ['exam', 'videoRecorded']]]);
    expect(result.issues[0]?.message).toBe('全程视频监控并录像填写有误：应为“是”或“否”，收到的是文字');
    expect(result.issues[0]?.messageEn).toBe('Wrong type: video recorded throughout: Invalid input: expected boolean, received string');
  });

  it.each([
    {
      field: 'method',
      value: 'oral',
      clause: 'assessment.method',
      zh: '考核方式的取值无效：应为“skill”、“skill_and_theory”、“theory”之一',
      en: 'Invalid value: assessment method: Invalid option: expected one of "skill"|"skill_and_theory"|"theory"',
    },
    {
      field: 'site',
      value: 'online',
      clause: 'exam.site',
      zh: '考核场地的取值无效：应为“fixed_site”、“production_post”之一',
      en: 'Invalid value: exam site: Invalid option: expected one of "fixed_site"|"production_post"',
    },
  ])('an unknown exam $field in full', ({ field, value, clause, zh, en }) => {
    expect(validateAssessmentBatch(sampleBatch({ exam: { ...base.exam, [field]: value } })).issues).toEqual([
      { code: 'schema_invalid_value', severity: 'error', clause, message: zh, messageEn: en, path: ['exam', field] },
    ]);
  });

  const clauses: { patch: Record<string, unknown>; clause: string }[] = [
    { patch: { institutionCode: 37040001 }, clause: 'selection.code' },
    { patch: { district: null }, clause: 'batch.scope' },
    { patch: { announcement: { contents: 'all' } }, clause: 'announcement.contents' },
    { patch: { plan: { ...base.plan, filedOn: 20250928 } }, clause: 'plan.deadline' },
    { patch: { plan: { ...base.plan, contents: ['venue', ''] } }, clause: 'plan.contents' },
    { patch: { plan: { ...base.plan, approvedOn: 'soon' } }, clause: 'plan.review' },
    { patch: { exam: { ...base.exam, endDate: '2025-10-32' } }, clause: 'results.publicity' },
    { patch: { exam: { ...base.exam, method: 'oral' } }, clause: 'assessment.method' },
    { patch: { exam: { ...base.exam, productionSafetyAssured: 1 } }, clause: 'exam.site' },
    { patch: { exam: { ...base.exam, notices: [1] } }, clause: 'exam.notices' },
    { patch: { questionBank: { ...base.questionBank, sets: {} } }, clause: 'bank.sets' },
    { patch: { questionBank: { ...base.questionBank, approvedOn: '2025-9-15' } }, clause: 'bank.approval' },
    { patch: { resultsPublicity: { start: '2025-10-15', end: true } }, clause: 'results.publicity' },
    { patch: { certificates: { ...base.certificates, issuedOn: [] } }, clause: 'certificate.issuance' },
  ];
  it.each(clauses)('a shape issue cites $clause', ({ patch, clause }) => {
    const result = validateAssessmentBatch(sampleBatch(patch));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toMatch(/^schema_/);
    expect(result.issues[0]?.clause).toBe(clause);
  });

  it('lists shape issues and rule failures together, none told twice', () => {
    const result = validateAssessmentBatch(sampleBatch({ item: '鲁绣', exam: { ...base.exam, site: 'online', videoRecorded: false }, questionBank: undefined }));
    expect(brief(result)).toEqual([
      ['schema_invalid_value', 'exam.site', ['exam', 'site']],
      ['item_out_of_scope', 'batch.scope', ['item']],
      ['exam_not_recorded', 'exam.video', ['exam', 'videoRecorded']],
      ['missing_field', 'bank.sets', ['questionBank', 'sets']],
      ['missing_field', 'bank.approval', ['questionBank', 'approvedOn']],
    ]);
  });

  it('a missing exam is told once, by the schema', () => {
    expect(brief(validateAssessmentBatch(sampleBatch({ exam: undefined })))).toEqual([['schema_invalid_type', 'plan.deadline', ['exam']]]);
  });

  it('not an object: one schema issue', () => {
    for (const value of [null, 1, 'x', []]) expect(codesOf(validateAssessmentBatch(value))).toEqual(['schema_invalid_type']);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      expect(validateAssessmentBatch(value).ok).toBe(false);
      codesOf(validateAssessmentBatch(base, value as never));
      codesOf(validateAssessmentBatch(sampleBatch({ exam: value })));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(validateAssessmentBatch(value))));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(base)), fc.anything()), (patch) => {
        codesOf(validateAssessmentBatch(sampleBatch(patch)));
      }),
    );
  });
});
