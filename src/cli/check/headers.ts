import { FIELDS } from './fields.js';
import type { FieldSpec, RecordType } from './fields.js';
import { HEADER_VARIANTS } from './headerVariants.js';
import { fieldLabel } from './labels.js';

/** The field a header cell names: its path in the record (indexes as numbers) and how it is read. */
export interface Column {
  readonly path: readonly (string | number)[];
  /** The path as in {@link FIELDS}: `items.*.name`. */
  readonly field: string;
  readonly spec: FieldSpec;
}

/** A CSV header read against the fields of one record type. */
export interface Header {
  /** The column of each header cell; `undefined` for a cell that names no field. */
  readonly columns: readonly (Column | undefined)[];
  /** The cells that name no field, with their 1-based column numbers. */
  readonly unknown: readonly { readonly column: number; readonly cell: string }[];
  /** Fields named by two cells or more, with those cells' 1-based column numbers. */
  readonly repeated: readonly { readonly field: string; readonly columns: readonly number[] }[];
}

// A trailing `*`, `(必填)`, `(选填)` or other bracketed note (after NFKC: ASCII brackets).
const NOTE = /(?:\*|\([^()]*\))+$/;

/**
 * A header cell or label as compared: NFKC, no white space, lower case, and for a cell of ASCII
 * letters no `_` or `-` (`id_number` is `idNumber`).
 */
export function normaliseHeader(cell: string): string {
  const plain = cell.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return /^[a-z0-9_.\-[\]]+$/.test(plain) ? plain.replace(/[_-]/g, '') : plain;
}

/** Every name of every field of a type: field path, labels (`LABELS`) and variants, normalised. */
function namesOf(type: RecordType): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, field: string) => {
    const key = normaliseHeader(name);
    if (!names.has(key)) names.set(key, field);
  };
  const fields = Object.keys(FIELDS[type]);
  for (const field of fields) add(field, field);
  // A field of a list's items (`items.*.name`) is named by its indexed path only (`items[0].name`):
  // its label says not which item.
  for (const field of fields) {
    const label = field.includes('*') ? undefined : fieldLabel(type, field);
    if (label === undefined) continue;
    add(label.zh, field);
    add(label.en, field);
  }
  for (const [field, variants] of Object.entries(HEADER_VARIANTS[type])) for (const v of variants) add(v, field);
  return names;
}

// `items[0].name` or `items.0.name` → the path ['items', 0, 'name'] of the field `items.*.name`.
function indexedColumn(key: string, type: RecordType): Column | undefined {
  if (!/\d/.test(key)) return undefined;
  const parts = key.replace(/\[(\d+)\]/g, '.$1').split('.');
  const pattern = parts.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
  const field = Object.keys(FIELDS[type]).find((f) => f.toLowerCase() === pattern);
  if (field === undefined || !field.includes('*')) return undefined;
  const names = field.split('.');
  const path = parts.map((p, i) => (/^\d+$/.test(p) ? Number(p) : (names[i] as string)));
  return { path, field, spec: FIELDS[type][field] as FieldSpec };
}

function columnOf(cell: string, type: RecordType, names: Map<string, string>): Column | undefined {
  const key = normaliseHeader(cell);
  const field = names.get(key) ?? names.get(key.replace(NOTE, ''));
  if (field !== undefined) return { path: field.split('.'), field, spec: FIELDS[type][field] as FieldSpec };
  return indexedColumn(key, type);
}

/**
 * Reads a CSV header: each cell names a field by its field name (`idNumber`, `contact.person`,
 * `items[0].name`), by its label on the forms (身份证号) or by a common variant (身份证号码,
 * 公民身份号码), compared after NFKC, without white space or a trailing `*`/（必填）, and
 * case-insensitively. Pure.
 *
 * @example
 * readHeader('certificate', ['姓名', '公民身份号码', '成绩', '备注']).unknown
 * // [{ column: 4, cell: '备注' }]
 */
export function readHeader(type: RecordType, cells: readonly string[]): Header {
  const names = namesOf(type);
  const columns = cells.map((cell) => columnOf(cell, type, names));
  const unknown: { column: number; cell: string }[] = [];
  const byPath = new Map<string, number[]>();
  columns.forEach((column, i) => {
    if (column === undefined) {
      if (cells[i] !== '') unknown.push({ column: i + 1, cell: cells[i] as string });
      return;
    }
    const key = column.path.join('.');
    byPath.set(key, [...(byPath.get(key) ?? []), i + 1]);
  });
  const repeated = [...byPath].filter(([, at]) => at.length > 1).map(([field, at]) => ({ field, columns: at }));
  return { columns, unknown, repeated };
}
