// api.md: each schema of sva-rules/schemas is its create…Schema function's schema with Chinese
// messages, and `create…Schema({ language: 'en' })` gives the same schema with English ones. Held
// here for every schema, with schemas built inside the tests: the same answers, issue by issue
// (path, code, message), on a sample and on the sample with each value left out, of another type,
// or under another key. (The validators' own tests read the exported instances, built when the
// module loads.)
import { describe, expect, it } from 'vitest';
import * as schemas from '../../src/schemas/index.js';
import { sampleAudit, sampleBatch, sampleCertificate } from '../../src/testing/index.js';
import { VALIDATORS } from './validators.js';
import type { SafeParser } from './validators.js';

type Create = (options?: { language: 'zh' | 'en' }) => SafeParser;

const SAMPLES: Readonly<Record<string, unknown>> = {
  ...Object.fromEntries(VALIDATORS.map((v) => [v.schemaName, v.valid])),
  ViolationFindingsSchema: ['false_advertising', 'late_payment'],
  AssessmentBatchSchema: sampleBatch(),
  RegistrationsSchema: sampleAudit().registrations,
  CertificateSchema: sampleCertificate(),
  SelectionSchema: { publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [{ raisedOn: '2024-03-12', resolvedOn: '2024-03-13' }], codeAssignedOn: '2024-03-18' },
  AuditInputSchema: sampleAudit({ candidates: 2 }),
};

const NAMES = Object.keys(schemas).filter((name) => name.endsWith('Schema') && !name.startsWith('create'));
const createOf = (name: string) => (schemas as unknown as Record<string, Create>)[`create${name}`] as Create;
// The English schemas as the module loads them, to compare with those built in the tests.
const LOADED_EN = new Map(NAMES.map((name) => [name, createOf(name)({ language: 'en' })]));

const OTHER_TYPES: readonly unknown[] = [null, 7, 'x', '', [], {}];

/** The sample, values of other types, then the sample with one value changed: left out, of another type, or (an object's key) renamed. The first two entries of each list. */
function* variants(value: unknown): Generator<unknown> {
  yield value;
  yield* OTHER_TYPES;
  if (Array.isArray(value)) {
    for (const [i, entry] of value.slice(0, 2).entries()) {
      yield value.filter((_, j) => j !== i);
      for (const other of [...variants(entry)].slice(1)) yield value.map((e, j) => (j === i ? other : e));
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, entry] of Object.entries(value)) {
      const rest = Object.fromEntries(Object.entries(value).filter(([other]) => other !== key));
      yield rest;
      yield { ...rest, [`x${key}`]: entry };
      yield { ...rest, [`${key}x`]: entry };
      for (const other of [...variants(entry)].slice(1)) yield { ...rest, [key]: other };
    }
  }
}

// Whether it passes, and its issues whole: path, code, message, and those of a union's options.
const answer = (schema: SafeParser, value: unknown) => {
  const result = schema.safeParse(value);
  return [result.success, result.error?.issues ?? []];
};

describe('every create…Schema builds the schema its module exports', () => {
  it('has a sample for every schema', () => {
    expect(NAMES.filter((name) => !(name in SAMPLES))).toEqual([]);
    expect(NAMES.length).toBe(21);
  });

  it.each(NAMES)('%s: the same answers as create…Schema() in Chinese and create…Schema({ language: "en" }) in English', (name) => {
    const exported = (schemas as unknown as Record<string, SafeParser>)[name] as SafeParser;
    const zh = createOf(name)();
    const en = createOf(name)({ language: 'en' });
    const loadedEn = LOADED_EN.get(name) as SafeParser;
    let refused = 0;
    for (const value of variants(SAMPLES[name])) {
      expect(answer(zh, value)).toEqual(answer(exported, value));
      expect(answer(en, value)).toEqual(answer(loadedEn, value));
      if (!zh.safeParse(value).success) refused += 1;
    }
    expect(answer(zh, SAMPLES[name])[0]).toBe(true);
    // The variants reach the schema's rules: most of them are refused.
    expect(refused).toBeGreaterThan(0);
  });
});
