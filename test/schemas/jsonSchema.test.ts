import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { descriptionOf, exportedSchemas, fileNameOf, ID_BASE, JSON_SCHEMA_DIR, jsonSchemaFiles } from '../../scripts/jsonSchema.js';
import { VALIDATORS } from './validators.js';

const generated = jsonSchemaFiles();
const onDisk = (file: string) => readFileSync(join(JSON_SCHEMA_DIR, file), 'utf8');

/** A value as a JSON client would send it: a Date as its day in China. */
function asJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
      const raw = this[key];
      return raw instanceof Date ? new Date(raw.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : json;
    }),
  );
}

describe('json-schema/ (npm run json-schema)', () => {
  it('has one file per schema of sva-rules/schemas, and no other', () => {
    const expected = exportedSchemas().map(([name]) => fileNameOf(name));
    expect(expected).toContain('institution-application.json');
    expect(expected).toContain('question-bank.json');
    expect([...generated.keys()].sort()).toEqual([...expected].sort());
    const missing = expected.filter((file) => !existsSync(join(JSON_SCHEMA_DIR, file)));
    expect(missing, 'schemas without a file: run `npm run json-schema`').toEqual([]);
    expect(readdirSync(JSON_SCHEMA_DIR).filter((f) => !generated.has(f)), 'files no schema makes: run `npm run json-schema`').toEqual([]);
  });

  it.each([...generated.keys()])('%s is up to date with its zod schema', (file) => {
    expect(existsSync(join(JSON_SCHEMA_DIR, file)) && onDisk(file) === generated.get(file), `${file} is stale: run \`npm run json-schema\``).toBe(true);
  });

  it.each([...generated.keys()])('%s has $schema, $id, title and description', (file) => {
    const json = JSON.parse(generated.get(file) as string) as Record<string, unknown>;
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.$id).toBe(ID_BASE + file);
    expect(json.title).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    expect(json.description).toMatch(/^[A-Z].{20,}\.$/);
    expect(json.description).not.toMatch(/\{@link|\n/);
  });

  it('names files in kebab case and reads the first paragraph of the TSDoc', () => {
    expect(fileNameOf('InstitutionApplicationSchema')).toBe('institution-application.json');
    expect(fileNameOf('AssessmentBatchSchema')).toBe('assessment-batch.json');
    expect(fileNameOf('HolidayCnYearSchema')).toBe('holiday-cn-year.json');
    expect(descriptionOf('QuestionBankSchema')).toBe(
      'A question bank (试题库, 四1): its sets of questions, each an id and its tasks, and the day the district bureau approved it.',
    );
    expect(() => descriptionOf('NoSuchSchema')).toThrow(/No TSDoc/);
  });

  it('writes dates as format: date strings (JSON has no Date)', () => {
    const application = JSON.parse(generated.get('institution-application.json') as string);
    expect(application.properties.applicationDate).toMatchObject({ type: 'string', format: 'date' });
    expect(application.properties.items.items.properties.trainingSince).toMatchObject({ type: 'string', format: 'date' });
  });

  // Read back with zod's JSON Schema reader, each file accepts what its validator passes (as JSON)
  // and refuses a wrong shape, as a backend in another language would.
  it.each(VALIDATORS)('the file of $schemaName accepts its sample as JSON and refuses a wrong shape', ({ schemaName, valid, kind }) => {
    const schema = z.fromJSONSchema(JSON.parse(onDisk(fileNameOf(schemaName))));
    expect(schema.safeParse(asJson(valid)).success).toBe(true);
    expect(schema.safeParse(kind === 'array' ? {} : [1]).success).toBe(false);
  });

  it('keeps the constraints: real dates, non-empty tasks, the words of a vocabulary, decimal strings', () => {
    const read = (file: string) => z.fromJSONSchema(JSON.parse(onDisk(file)));
    const bank = read('question-bank.json');
    expect(bank.safeParse({ sets: [{ id: 'A', tasks: ['1'] }], approvedOn: '2024-02-29' }).success).toBe(true);
    expect(bank.safeParse({ sets: [{ id: 'A', tasks: ['1'] }], approvedOn: '2023-02-29' }).success).toBe(false);
    expect(bank.safeParse({ sets: [{ id: 'A', tasks: [] }] }).success).toBe(false);
    expect(read('violation-findings.json').safeParse(['late_payment']).success).toBe(true);
    expect(read('violation-findings.json').safeParse([' ']).success).toBe(false);
    expect(read('publicity-period.json').safeParse({ kind: 'other', start: '2024-03-01', end: '2024-03-08' }).success).toBe(false);
    expect(read('score.json').safeParse('59.5').success).toBe(true);
    expect(read('score.json').safeParse('5e1').success).toBe(false);
    expect(read('certificate-serial-state.json').safeParse({ year: 1999, institutionCode: '37040001', issued: [] }).success).toBe(false);
  });
});
