import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createInstitutionApplicationSchema,
  InstitutionApplicationSchema,
  validateInstitutionApplication,
} from '../../src/schemas/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';
import { CATALOG, sampleApplication } from '../institutions/sample.js';

describe('InstitutionApplicationSchema (附件1, 三1, 三2)', () => {
  it('accepts the sample application', () => {
    expect(InstitutionApplicationSchema.safeParse(sampleApplication()).success).toBe(true);
    expect(InstitutionApplicationSchema.safeParse(sampleApplication({ applicationDate: new Date('2023-06-01T00:00:00+08:00') })).success).toBe(true);
  });

  it('speaks Chinese by default and English on request', () => {
    const zh = InstitutionApplicationSchema.safeParse({ ...sampleApplication(), name: 1 });
    expect(zh.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    const en = createInstitutionApplicationSchema({ language: 'en' }).safeParse({ ...sampleApplication(), name: 1 });
    expect(en.error?.issues[0]?.message).toMatch(/^Invalid input: expected string/);
    const date = InstitutionApplicationSchema.safeParse(sampleApplication({ applicationDate: '2023-02-29' }));
    expect(date.error?.issues[0]?.message).toBe('应为真实的日期');
  });

  it('composes with schemas of classic zod', () => {
    const batch = z.object({ applications: z.array(InstitutionApplicationSchema) });
    expect(batch.safeParse({ applications: [sampleApplication()] }).success).toBe(true);
    expect(batch.safeParse({ applications: [{ ...sampleApplication(), name: 1 }] }).error?.issues[0]?.path).toEqual(['applications', 0, 'name']);
  });

  const shapes: { name: string; patch: Record<string, unknown>; path: (string | number)[] }[] = [
    { name: 'a number as name', patch: { name: 1 }, path: ['name'] },
    { name: 'a kind as a number', patch: { kind: 3 }, path: ['kind'] },
    { name: 'a rule document as a number', patch: { rules: ['finance', 1] }, path: ['rules', 1] },
    { name: 'a negative count', patch: { violationRecords: -1 }, path: ['violationRecords'] },
    { name: 'a fractional count', patch: { staff: { fullTime: 1.5, assessors: 1, supervisors: 1 } }, path: ['staff', 'fullTime'] },
    { name: 'a string flag', patch: { legalPerson: 'true' }, path: ['legalPerson'] },
    { name: 'an impossible date', patch: { applicationDate: '2023-13-01' }, path: ['applicationDate'] },
    { name: 'items not an array', patch: { items: 'x' }, path: ['items'] },
    { name: 'a contact phone as a number', patch: { contact: { ...sampleApplication().contact, phone: 632 } }, path: ['contact', 'phone'] },
    { name: 'a facility flag as a string', patch: { facilities: { site: true, equipment: true, videoSurveillance: 'yes' } }, path: ['facilities', 'videoSurveillance'] },
    { name: 'an item name as a number', patch: { items: [{ ...sampleApplication().items[0], name: 1 }] }, path: ['items', 0, 'name'] },
    { name: 'an impossible training start', patch: { items: [{ ...sampleApplication().items[0], trainingSince: '2020-02-30' }] }, path: ['items', 0, 'trainingSince'] },
  ];
  it.each(shapes)('refuses $name at its path, in both languages', ({ patch, path }) => {
    for (const schema of [InstitutionApplicationSchema, createInstitutionApplicationSchema(), createInstitutionApplicationSchema({ language: 'en' })]) {
      const result = schema.safeParse(sampleApplication(patch));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toEqual([path]);
    }
  });
});

describe('validateInstitutionApplication', () => {
  it('passes the sample, with and without a catalogue', () => {
    expect(validateInstitutionApplication(sampleApplication())).toEqual({ ok: true, issues: [] });
    expect(validateInstitutionApplication(sampleApplication(), { catalog: CATALOG })).toEqual({ ok: true, issues: [] });
  });

  it('reports the rules once the shape is right', () => {
    const result = validateInstitutionApplication(sampleApplication({ nonProfit: false, legalPerson: undefined }));
    expect(codesOf(result)).toEqual(['missing_field', 'profit_oriented']);
  });

  it('reports a shape issue once, in both languages, with its clause and path', () => {
    const result = validateInstitutionApplication(sampleApplication({ violationRecords: '0' }));
    expect(codesOf(result)).toEqual(['schema_invalid_type']);
    expect(result.issues[0]).toMatchObject({ clause: 'eligibility.legal', path: ['violationRecords'], severity: 'error' });
    expect(result.issues[0]?.message).toContain('违法违规记录');
    expect(result.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.issues[0]?.messageEn).toMatch(/^Wrong type: records of violations: Invalid input/);
  });

  const item = (patch: Record<string, unknown>) => ({ items: [{ ...sampleApplication().items[0], ...patch }] });
  const clauses: { field: string; patch: Record<string, unknown>; path: (string | number)[]; clause: string }[] = [
    { field: 'kind', patch: { kind: '' }, path: ['kind'], clause: 'institution.registration' },
    { field: 'registrationDistrict', patch: { registrationDistrict: 370403 }, path: ['registrationDistrict'], clause: 'institution.registration' },
    { field: 'filedWithDistrict', patch: { filedWithDistrict: 1 }, path: ['filedWithDistrict'], clause: 'selection.filing' },
    { field: 'applicationDate', patch: { applicationDate: '2023-02-29' }, path: ['applicationDate'], clause: 'eligibility.experience' },
    { field: 'legalPerson', patch: { legalPerson: 'yes' }, path: ['legalPerson'], clause: 'eligibility.legal' },
    { field: 'goodCredit', patch: { goodCredit: 1 }, path: ['goodCredit'], clause: 'eligibility.legal' },
    { field: 'violationRecords', patch: { violationRecords: -1 }, path: ['violationRecords'], clause: 'eligibility.legal' },
    { field: 'rules', patch: { rules: [...sampleApplication().rules ?? [], ''] }, path: ['rules', sampleApplication().rules?.length ?? 0], clause: 'eligibility.rules' },
    { field: 'dedicatedUnit', patch: { dedicatedUnit: null }, path: ['dedicatedUnit'], clause: 'eligibility.capacity' },
    { field: 'staff', patch: { staff: { fullTime: 1, assessors: 1.5, supervisors: 1 } }, path: ['staff', 'assessors'], clause: 'eligibility.capacity' },
    { field: 'facilities', patch: { facilities: { site: true, equipment: 'yes', videoSurveillance: true } }, path: ['facilities', 'equipment'], clause: 'eligibility.capacity' },
    { field: 'stableFunding', patch: { stableFunding: 'yes' }, path: ['stableFunding'], clause: 'eligibility.funding' },
    { field: 'nonProfit', patch: { nonProfit: 0 }, path: ['nonProfit'], clause: 'eligibility.funding' },
    { field: 'acceptsSupervision', patch: { acceptsSupervision: 'yes' }, path: ['acceptsSupervision'], clause: 'eligibility.supervision' },
    { field: 'materials', patch: { materials: [...sampleApplication().materials ?? [], 2] }, path: ['materials', sampleApplication().materials?.length ?? 0], clause: 'materials' },
    { field: 'workPlanSections', patch: { workPlanSections: [...sampleApplication().workPlanSections ?? [], ' '] }, path: ['workPlanSections', sampleApplication().workPlanSections?.length ?? 0], clause: 'materials.work_plan' },
    { field: 'an item\'s questionBank', patch: item({ questionBank: 'yes' }), path: ['items', 0, 'questionBank'], clause: 'eligibility.capacity' },
    { field: 'an item\'s trainingSince', patch: item({ trainingSince: '2020-13-01' }), path: ['items', 0, 'trainingSince'], clause: 'eligibility.experience' },
    { field: 'an item\'s helpedWriteSpecification', patch: item({ helpedWriteSpecification: 'no' }), path: ['items', 0, 'helpedWriteSpecification'], clause: 'eligibility.influence' },
    { field: 'an item\'s name', patch: item({ name: 1 }), path: ['items', 0, 'name'], clause: 'materials.form' },
    { field: 'an item\'s canTrain', patch: item({ canTrain: 'yes' }), path: ['items', 0, 'canTrain'], clause: 'materials.form' },
    { field: 'an item that is not an object', patch: { items: [1] }, path: ['items', 0], clause: 'materials.form' },
    { field: 'the name', patch: { name: 1 }, path: ['name'], clause: 'materials.form' },
    { field: 'the contact', patch: { contact: { ...sampleApplication().contact, title: 1 } }, path: ['contact', 'title'], clause: 'materials.form' },
  ];
  it.each(clauses)('a shape issue at $field cites $clause', ({ patch, path, clause }) => {
    const result = validateInstitutionApplication(sampleApplication(patch));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code.startsWith('schema_'), i.clause, i.path])).toEqual([[true, clause, path]]);
  });

  it('a shape issue in full, in both languages', () => {
    expect(validateInstitutionApplication(sampleApplication({ staff: { fullTime: 1, assessors: 1.5, supervisors: 1 } })).issues).toEqual([
      {
        code: 'schema_invalid_type',
        severity: 'error',
        clause: 'eligibility.capacity',
        message: '考评人员人数填写有误：应为整数，收到的是数字',
        messageEn: 'Wrong type: number of assessors: Invalid input: expected int, received number',
        path: ['staff', 'assessors'],
      },
    ]);
  });

  it('lists shape issues and rule failures together', () => {
    const base = sampleApplication();
    const result = validateInstitutionApplication({
      ...base,
      kind: 'hospital',
      staff: { fullTime: 0, assessors: 'two', supervisors: 1 },
      nonProfit: false,
      items: [{ ...base.items[0], trainingSince: '2022-12-01' }],
    });
    // the schema's issues first, then the rules' (in the check's order), none told twice; another
    // kind (「……等」) is the rules' warning, not a schema issue
    expect(codesOf(result)).toEqual(['schema_invalid_type', 'institution_kind_other', 'staff_lacking', 'profit_oriented', 'experience_too_short']);
    expect(result.issues.find((i) => i.code === 'institution_kind_other')).toMatchObject({ clause: 'institution.registration', severity: 'warning' });
  });

  it('a missing required field is told once (by the schema)', () => {
    const { name: _name, ...rest } = sampleApplication();
    void _name;
    const result = validateInstitutionApplication(rest);
    expect(codesOf(result)).toEqual(['schema_invalid_type']);
    expect(result.issues[0]?.path).toEqual(['name']);
  });

  it('an optional field left out is missing evidence (the rule), not a schema issue', () => {
    expect(codesOf(validateInstitutionApplication(sampleApplication({ contact: undefined })))).toEqual(['missing_field']);
  });

  it('not an object: one schema issue', () => {
    for (const value of [null, 1, 'x', []]) {
      const result = validateInstitutionApplication(value);
      expect(result.ok).toBe(false);
      expect(codesOf(result)).toEqual(['schema_invalid_type']);
    }
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      expect(validateInstitutionApplication(value).ok).toBe(false);
      codesOf(validateInstitutionApplication(sampleApplication(), value as never));
      codesOf(validateInstitutionApplication({ ...sampleApplication(), items: [value] }));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(validateInstitutionApplication(value))));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('name', 'items', 'kind', 'contact', 'staff', 'rules', 'applicationDate'), fc.anything()), (patch) => {
        codesOf(validateInstitutionApplication(sampleApplication(patch)));
      }),
    );
  });
});
