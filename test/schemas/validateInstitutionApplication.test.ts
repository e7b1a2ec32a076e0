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
    expect(date.error?.issues[0]?.message).toContain('YYYY-MM-DD');
  });

  it('composes with schemas of classic zod', () => {
    const batch = z.object({ applications: z.array(InstitutionApplicationSchema) });
    expect(batch.safeParse({ applications: [sampleApplication()] }).success).toBe(true);
    expect(batch.safeParse({ applications: [{ ...sampleApplication(), name: 1 }] }).error?.issues[0]?.path).toEqual(['applications', 0, 'name']);
  });

  const shapes: { name: string; patch: Record<string, unknown>; path: (string | number)[] }[] = [
    { name: 'a number as name', patch: { name: 1 }, path: ['name'] },
    { name: 'an unknown kind', patch: { kind: 'hospital' }, path: ['kind'] },
    { name: 'an unknown rule document', patch: { rules: ['finance', 'fun'] }, path: ['rules', 1] },
    { name: 'a negative count', patch: { violationRecords: -1 }, path: ['violationRecords'] },
    { name: 'a fractional count', patch: { staff: { fullTime: 1.5, assessors: 1, supervisors: 1 } }, path: ['staff', 'fullTime'] },
    { name: 'a string flag', patch: { legalPerson: 'true' }, path: ['legalPerson'] },
    { name: 'an impossible date', patch: { applicationDate: '2023-13-01' }, path: ['applicationDate'] },
    { name: 'items not an array', patch: { items: 'x' }, path: ['items'] },
  ];
  it.each(shapes)('refuses $name at its path', ({ patch, path }) => {
    const result = InstitutionApplicationSchema.safeParse(sampleApplication(patch));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([path]);
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
    expect(result.issues[0]?.message).toContain('violationRecords');
    expect(result.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.issues[0]?.messageEn).toMatch(/^Wrong type: field violationRecords: Invalid input/);
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
    // the schema's issues first, then the rules' (in the check's order), none told twice
    expect(codesOf(result)).toEqual(['schema_invalid_value', 'schema_invalid_type', 'staff_lacking', 'profit_oriented', 'experience_too_short']);
    expect(result.issues.find((i) => i.code === 'schema_invalid_value')?.clause).toBe('institution.registration');
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
