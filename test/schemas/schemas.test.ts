import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../../src/schemas/index.js';
import { codesOf, expectWellFormed, hostileValues } from '../helpers/expect.js';
import { VALIDATORS } from './validators.js';
import type { SafeParser } from './validators.js';

const wrongShape = (kind: 'object' | 'array' | 'scalar') => (kind === 'scalar' ? { score: 60 } : kind === 'array' ? { 0: 'x' } : ['x']);

type Named = { name: string; schema: SafeParser; english: SafeParser; kind: 'object' | 'array' | 'scalar' };

// Every schema exported, with its English twin from `create…Schema` (the pattern of the entry).
const EXPORTED: Named[] = Object.entries(schemas)
  .filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object')
  .map(([name, value]) => {
    const create = (schemas as Record<string, unknown>)[`create${name}`] as ((o: { language: 'en' }) => SafeParser) | undefined;
    const type = (value as { _zod: { def: { type: string } } })._zod.def.type;
    return {
      name,
      schema: value as SafeParser,
      english: create === undefined ? (value as SafeParser) : create({ language: 'en' }),
      kind: type === 'object' ? 'object' : type === 'array' ? 'array' : 'scalar',
    };
  });

describe('every schema of sva-rules/schemas', () => {
  it('has its create…Schema function (for English messages)', () => {
    expect(EXPORTED.length).toBeGreaterThanOrEqual(VALIDATORS.length);
    expect(EXPORTED.filter(({ name }) => typeof (schemas as Record<string, unknown>)[`create${name}`] !== 'function').map((e) => e.name)).toEqual([]);
    expect(VALIDATORS.every((v) => EXPORTED.some((e) => e.name === v.schemaName))).toBe(true);
  });

  it.each(EXPORTED)('$name speaks Chinese by default and English on request', ({ schema, english, kind }) => {
    const zh = schema.safeParse(wrongShape(kind)).error?.issues[0]?.message;
    const en = english.safeParse(wrongShape(kind)).error?.issues[0]?.message;
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each(EXPORTED)('$name composes with schemas of classic zod', ({ schema, kind }) => {
    const list = z.array(schema as unknown as z.ZodType);
    expect(list.safeParse([wrongShape(kind)]).error?.issues[0]?.path[0]).toBe(0);
  });
});

describe('every validator of sva-rules/schemas', () => {
  it.each(VALIDATORS)('$schemaName accepts its sample, and its validator passes it', ({ schema, english, validate, valid, options }) => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(english.safeParse(valid).success).toBe(true);
    expect(validate(valid, options as never)).toEqual(expect.objectContaining({ ok: true, issues: [] }));
  });

  it.each(VALIDATORS)('$schemaName in a classic zod list keeps its sample', ({ schema, valid }) => {
    expect(z.array(schema as unknown as z.ZodType).safeParse([valid, valid]).success).toBe(true);
  });

  it.each(VALIDATORS)('validate: a wrong shape at the top is one schema issue at the root, in both languages', ({ validate, kind, options }) => {
    const result = validate(wrongShape(kind), options as never);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toMatch(/^schema_/);
    expect(result.issues[0]?.path).toEqual([]);
    expect(result.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.issues[0]?.messageEn).toMatch(/^[\x20-\x7e]+$/);
    expect(result.issues.filter((i) => i.code.startsWith('schema_'))).toHaveLength(1);
    expectWellFormed(result.issues);
  });

  it.each(VALIDATORS)('validate never throws ($schemaName)', ({ validate, valid, options }) => {
    const isEmptyList = (value: unknown) => {
      try {
        return Array.isArray(value) && value.length === 0;
      } catch {
        return false; // a revoked proxy
      }
    };
    for (const value of hostileValues()) {
      // An empty list is a valid list of scores, assignments or findings.
      if (!isEmptyList(value)) expect(validate(value, options as never).ok).toBe(false);
      codesOf(validate(valid, value as never));
      if (Array.isArray(valid)) codesOf(validate([...valid, value], options as never));
      else if (typeof valid === 'object' && valid !== null) {
        for (const key of Object.keys(valid)) codesOf(validate({ ...valid, [key]: value }, options as never));
      }
    }
    fc.assert(fc.property(fc.anything(), fc.anything(), (input, opts) => void codesOf(validate(input, opts as never))), { numRuns: 50 });
  });
});
