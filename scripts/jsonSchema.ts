// Builds the JSON Schema files of json-schema/ from the zod schemas of src/schemas: one file per
// export of src/schemas/index.ts whose name ends in `Schema` and that is a schema (not a
// `create…Schema` function), named in kebab case (`QuestionBankSchema` → question-bank.json).
// The description is the first paragraph of the schema's TSDoc. Imported by
// test/schemas/jsonSchema.test.ts, run by `npm run json-schema` (scripts/gen-json-schema.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import * as schemas from '../src/schemas/index.js';

const root = resolve(import.meta.dirname, '..');

/** Where the files are published: the package's `./json-schema/*` subpath, on unpkg. */
export const ID_BASE = 'https://unpkg.com/sva-rules/json-schema/';

/** The folder of the files, from the repository root. */
export const JSON_SCHEMA_DIR = join(root, 'json-schema');

type AnySchema = z.core.$ZodType;

function isSchema(value: unknown): value is AnySchema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every schema exported by `sva-rules/schemas`, by export name. */
export function exportedSchemas(): [name: string, schema: AnySchema][] {
  const found: [string, AnySchema][] = [];
  for (const [name, value] of Object.entries(schemas) as [string, unknown][]) {
    if (name.endsWith('Schema') && isSchema(value)) found.push([name, value]);
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

/** `QuestionBankSchema` → `question-bank.json`. */
export function fileNameOf(exportName: string): string {
  return `${exportName.replace(/Schema$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.json`;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

/** The first paragraph of the TSDoc of `export const <name>` in src/schemas, as one line. */
export function descriptionOf(name: string): string {
  const dir = join(root, 'src/schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export const ${name}\\b`).exec(text);
    if (match?.[1] === undefined) continue;
    const lines = match[1].split('\n').map((line) => line.replace(/^\s*\*?\s?/, '').trim());
    const start = lines.findIndex((line) => line !== '');
    const end = lines.indexOf('', start);
    const paragraph = lines.slice(start, end === -1 ? undefined : end);
    // Lines break inside Chinese without a space, elsewhere with one.
    const joined = paragraph.reduce((out, line) => (out === '' ? line : out + (CJK.test(out.slice(-1)) && CJK.test(line.charAt(0)) ? '' : ' ') + line), '');
    // {@link sva-rules!checkArchive | text} → text; {@link sva-rules!checkArchive} → checkArchive
    return joined.replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]+))?\}/g, (_, target: string, label?: string) => label?.trim() ?? target.replace(/^.*!/, ''));
  }
  throw new Error(`No TSDoc found for ${name} in src/schemas`);
}

function accepts(schema: AnySchema, value: unknown): boolean {
  return z.safeParse(schema, value).success;
}

/**
 * The JSON Schema of a custom zod schema, recognised by what it accepts: the library's dates
 * (`'YYYY-MM-DD'` or a `Date`) become a `format: 'date'` string, since JSON has no `Date`.
 */
function customSchema(schema: AnySchema, path: readonly (string | number)[]): z.core.JSONSchema.BaseSchema {
  const isDate =
    accepts(schema, '2024-02-29') && accepts(schema, new Date(0)) && !accepts(schema, '2023-02-29') && !accepts(schema, '2024-1-5') && !accepts(schema, 20240229);
  if (isDate) return z.toJSONSchema(z.iso.date(), { target: 'draft-2020-12' }) as z.core.JSONSchema.BaseSchema;
  throw new Error(`A custom schema at ${path.join('.') || '(root)'} has no JSON Schema: teach scripts/jsonSchema.ts about it`);
}

/** The JSON Schema document of one exported schema. */
export function jsonSchemaOf(name: string, schema: AnySchema): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: (ctx) => {
      const { $schema: _ignored, ...json } = customSchema(ctx.zodSchema, ctx.path);
      void _ignored;
      return json;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: ID_BASE + fileNameOf(name),
    title: name.replace(/Schema$/, ''),
    description: descriptionOf(name),
    $comment: `Generated from ${name} of sva-rules/schemas by scripts/gen-json-schema.ts; do not edit.`,
    ...rest,
  };
}

/** Every file of json-schema/: file name → text. */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, schema] of exportedSchemas()) {
    const file = fileNameOf(name);
    if (files.has(file)) throw new Error(`Two schemas would be written to ${file}`);
    files.set(file, `${JSON.stringify(jsonSchemaOf(name, schema), null, 2)}\n`);
  }
  return files;
}
