// LABELS covers every field and every enum value of every schema of sva-rules/schemas, and every
// id of every vocabulary table: the schemas are walked, not listed, so a new field without a label
// fails here.
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as schemas from '../src/schemas/index.js';
import { ARCHIVE_DOCUMENTS, INSTITUTION_KINDS, LABELS, MATERIALS, NOTICES, PLAN_FIELDS, RULE_DOCUMENTS, VIOLATIONS, WORK_PLAN_SECTIONS } from '../src/index.js';
import { ANNOUNCEMENT_FIELDS, EXAM_METHODS, EXAM_SITES } from '../src/batches/vocabulary.js';
import { ARCHIVE_MEDIA } from '../src/archive/vocabulary.js';
import { PUBLICITY_KINDS } from '../src/calendar/vocabulary.js';
import { VIOLATION_TERMS } from '../src/supervision/vocabulary.js';
import type { FieldLabel, Label } from '../src/index.js';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: Def } }>;
  readonly element?: { _zod: { def: Def } };
  readonly innerType?: { _zod: { def: Def } };
  readonly options?: readonly { _zod: { def: Def } }[];
  readonly valueType?: { _zod: { def: Def } };
  readonly entries?: Record<string, string>;
}

interface Walked {
  /** Every object key, by its label path. */
  readonly fields: Set<string>;
  /** Every enum, by the label path of the field (or '' for the input itself), with its values. */
  readonly enums: Map<string, Set<string>>;
  /** Schema node types met, to prove the walk knows every one. */
  readonly unknown: Set<string>;
}

const LEAVES = new Set(['string', 'number', 'int', 'boolean', 'custom']);

/** The label key of a walk path: dots between keys; a trailing `[]` or `.*` is the field itself. */
function fieldOf(path: string): string {
  return path.replace(/(\[\]|\.\*)+$/, '').replace(/^\*$/, '');
}

function walk(def: Def, path: string, out: Walked): void {
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape ?? {})) {
        const child = path === '' ? key : `${path}.${key}`;
        out.fields.add(child);
        walk(value._zod.def, child, out);
      }
      return;
    case 'array':
      walk((def.element as { _zod: { def: Def } })._zod.def, `${path}[]`, out);
      return;
    case 'optional':
      walk((def.innerType as { _zod: { def: Def } })._zod.def, path, out);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option._zod.def, path, out);
      return;
    case 'record':
      walk((def.valueType as { _zod: { def: Def } })._zod.def, path === '' ? '*' : `${path}.*`, out);
      return;
    case 'enum': {
      const key = fieldOf(path);
      const values = out.enums.get(key) ?? new Set<string>();
      for (const value of Object.values(def.entries ?? {})) values.add(value);
      out.enums.set(key, values);
      return;
    }
    default:
      if (!LEAVES.has(def.type)) out.unknown.add(def.type);
  }
}

/** `InstitutionApplicationSchema` → `institutionApplication`. */
const typeOf = (exportName: string) => exportName.charAt(0).toLowerCase() + exportName.slice(1, -'Schema'.length);

const SCHEMAS = Object.entries(schemas)
  .filter(([name]) => /^[A-Z]\w*Schema$/.test(name))
  .map(([name, schema]) => {
    const walked: Walked = { fields: new Set(), enums: new Map(), unknown: new Set() };
    walk((schema as unknown as { _zod: { def: Def } })._zod.def, '', walked);
    return { name, type: typeOf(name), walked };
  });

const FIELDS = LABELS.fields as unknown as Record<string, Record<string, FieldLabel>>;
const INPUTS = LABELS.inputs as Record<string, FieldLabel>;
const VOCABULARY = LABELS.vocabulary as Record<string, Record<string, Label>>;

const allLabels = (): { where: string; label: Label }[] => [
  ...Object.entries(INPUTS).map(([type, label]) => ({ where: `inputs.${type}`, label })),
  ...Object.entries(FIELDS).flatMap(([type, table]) => Object.entries(table).map(([path, label]) => ({ where: `fields.${type}.${path}`, label }))),
  ...Object.entries(VOCABULARY).flatMap(([name, table]) => Object.entries(table).map(([id, label]) => ({ where: `vocabulary.${name}.${id}`, label }))),
];

describe('LABELS covers every schema of sva-rules/schemas', () => {
  it('finds the schemas (the walk below can fail)', () => {
    expect(SCHEMAS.map((s) => s.type)).toEqual(expect.arrayContaining(['institutionApplication', 'assessmentBatch', 'registrations', 'certificate']));
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(19);
    const application = SCHEMAS.find((s) => s.type === 'institutionApplication')?.walked;
    expect(application?.fields).toContain('items[].trainingSince');
    expect(application?.fields).toContain('contact.person');
    expect(application?.enums.get('kind')).toEqual(new Set(Object.keys(INSTITUTION_KINDS)));
    expect(SCHEMAS.find((s) => s.type === 'workdayCalendarData')?.walked.fields).toContain('years.*.offDays');
  });

  it.each(SCHEMAS)('$name: the walk knows every kind of schema node', ({ walked }) => {
    expect([...walked.unknown]).toEqual([]);
  });

  it.each(SCHEMAS)('$name: every input type has its label and its field table', ({ type }) => {
    expect(INPUTS[type]).toBeDefined();
    expect(FIELDS[type]).toBeDefined();
  });

  it.each(SCHEMAS)('$name: every field path has a label, and no label is left without a field', ({ type, walked }) => {
    const table = FIELDS[type] ?? {};
    expect([...walked.fields].filter((path) => table[path] === undefined)).toEqual([]);
    expect(Object.keys(table).filter((path) => !walked.fields.has(path))).toEqual([]);
  });

  it.each(SCHEMAS)('$name: every enum value has a label, in the vocabulary its field names', ({ type, walked }) => {
    for (const [path, values] of walked.enums) {
      const field = path === '' ? INPUTS[type] : FIELDS[type]?.[path];
      expect(field?.vocabulary, `${type}.${path}`).toBeDefined();
      const vocabulary = VOCABULARY[field?.vocabulary as string] ?? {};
      expect(new Set(Object.keys(vocabulary)), `${type}.${path}`).toEqual(values);
    }
  });

  it.each(SCHEMAS)('$name: a field names a vocabulary only when its schema is an enum of it', ({ type, walked }) => {
    const named = Object.entries(FIELDS[type] ?? {}).filter(([, label]) => label.vocabulary !== undefined).map(([path]) => path);
    expect(named.sort()).toEqual([...walked.enums.keys()].filter((path) => path !== '').sort());
  });
});

describe('LABELS.fields.audit: the audit file', () => {
  it('labels its own fields and those of each record under it', () => {
    const audit = LABELS.fields.audit;
    expect(audit['batch.exam.startDate']).toBe(LABELS.fields.assessmentBatch['exam.startDate']);
    expect(audit['batch.questionBank.sets[].id']).toBe(LABELS.fields.questionBank['sets[].id']);
    expect(audit['registrations[].idNumber']).toBe(LABELS.fields.registrations['[].idNumber']);
    expect(audit['certificates[].code']).toBe(LABELS.fields.certificate.code);
    expect(audit['archive.documents'].vocabulary).toBe('archiveDocuments');
    expect(audit.findings.vocabulary).toBe('violations');
  });
});

describe('LABELS.vocabulary: every id of every vocabulary table', () => {
  const tables: [string, readonly string[], Record<string, { name: string; nameEn: string }> | undefined][] = [
    ['institutionKinds', Object.keys(INSTITUTION_KINDS), INSTITUTION_KINDS],
    ['ruleDocuments', Object.keys(RULE_DOCUMENTS), RULE_DOCUMENTS],
    ['materials', Object.keys(MATERIALS), MATERIALS],
    ['workPlanSections', Object.keys(WORK_PLAN_SECTIONS), WORK_PLAN_SECTIONS],
    ['announcementItems', Object.keys(ANNOUNCEMENT_FIELDS), ANNOUNCEMENT_FIELDS],
    ['planItems', Object.keys(PLAN_FIELDS), PLAN_FIELDS],
    ['notices', Object.keys(NOTICES), NOTICES],
    ['examMethods', Object.keys(EXAM_METHODS), EXAM_METHODS],
    ['examSites', Object.keys(EXAM_SITES), EXAM_SITES],
    ['archiveDocuments', ARCHIVE_DOCUMENTS.map((d) => d.id), Object.fromEntries(ARCHIVE_DOCUMENTS.map((d) => [d.id, d]))],
    ['archiveMedia', Object.keys(ARCHIVE_MEDIA), ARCHIVE_MEDIA],
    ['violations', VIOLATIONS, VIOLATION_TERMS],
    ['publicityKinds', Object.keys(PUBLICITY_KINDS), PUBLICITY_KINDS],
  ];

  it('lists every vocabulary', () => {
    expect(Object.keys(VOCABULARY).sort()).toEqual(tables.map(([name]) => name).sort());
  });

  it.each(tables)('%s: one label per id, the words of the area’s own table', (name, ids, terms) => {
    const labels = VOCABULARY[name] ?? {};
    expect(Object.keys(labels)).toEqual([...ids]);
    for (const id of ids) expect(labels[id]).toEqual({ zh: terms?.[id]?.name, en: terms?.[id]?.nameEn });
  });
});

describe('every label reads well', () => {
  const labels = allLabels();

  it('there are labels to check', () => {
    expect(labels.length).toBeGreaterThan(200);
  });

  it.each(labels)('$where', ({ label }) => {
    expect(label.zh.trim()).not.toBe('');
    expect(label.en.trim()).not.toBe('');
    // Chinese: no ASCII letter at all (no identifier, no code word), no half-width comma or colon.
    expect(label.zh).not.toMatch(/[A-Za-z_]/);
    expect(label.zh).not.toMatch(/[,:;]/);
    expect(label.zh).toMatch(/\p{Script=Han}/u);
    // English: plain words, no Chinese, no identifier (camelCase, snake_case, dotted path).
    expect(label.en).not.toMatch(/\p{Script=Han}/u);
    expect(label.en).toMatch(/^[A-Za-z0-9][A-Za-z0-9 ,'’()\-–/]*$/);
    expect(label.en).not.toMatch(/[a-z][A-Z]|_|\.\w/);
  });

  it.each(Object.keys(FIELDS).filter((type) => type !== 'audit' && type !== 'auditInput'))('%s: no two fields share a label, in either language', (type) => {
    const table = Object.values(FIELDS[type] ?? {});
    expect(new Set(table.map((l) => l.zh)).size).toBe(table.length);
    expect(new Set(table.map((l) => l.en)).size).toBe(table.length);
  });
});

describe('LABELS is frozen and exported', () => {
  it('is deep-frozen', () => {
    expect(Object.isFrozen(LABELS)).toBe(true);
    expect(Object.isFrozen(LABELS.fields)).toBe(true);
    expect(Object.isFrozen(LABELS.fields.institutionApplication)).toBe(true);
    expect(Object.isFrozen(LABELS.fields.institutionApplication.name)).toBe(true);
    expect(Object.isFrozen(LABELS.inputs.audit)).toBe(true);
    expect(Object.isFrozen(LABELS.vocabulary.examMethods.skill)).toBe(true);
  });

  it('is the same table from the root and from sva-rules/schemas', () => {
    expect(schemas.LABELS).toBe(root.LABELS);
    expect(schemas.findFieldLabel).toBe(root.findFieldLabel);
  });
});
