import { isExcelNumber, readCell } from './cells.js';
import { CsvReader } from './csv.js';
import type { CsvFault, CsvRow } from './csv.js';
import type { RecordType } from './fields.js';
import { readHeader } from './headers.js';
import type { Column, Header } from './headers.js';
import { fieldLabel } from './labels.js';
import { NO_PROBLEMS } from './records.js';
import type { InputRecord, ReadProblem, RecordReader } from './records.js';

/** A header that cannot be read: two columns give one field, or no column names a field. */
export class HeaderError extends Error {
  constructor(
    message: string,
    readonly header: Header | undefined,
  ) {
    super(message);
    this.name = 'HeaderError';
  }
}

const FAULT_CODES: Readonly<Record<CsvFault, ReadProblem['code']>> = {
  unclosed_quote: 'csv_unclosed_quote',
  text_after_quote: 'csv_text_after_quote',
  row_too_long: 'csv_row_too_long',
};

type Tree = Record<string | number, unknown>;

function setPath(record: Tree, path: readonly (string | number)[], value: unknown): void {
  let node = record;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i] as string | number;
    let next = node[part];
    if (typeof next !== 'object' || next === null) {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[part] = next;
    }
    node = next as Tree;
  }
  node[path[path.length - 1] as string | number] = value;
}

/**
 * The field's label in the message of `cell_excel_number`, which begins with it: the English one
 * with a capital (`LABELS` writes it for the middle of a sentence).
 */
function excelNumberParams(type: RecordType, field: string): { label: string; labelEn: string } {
  const label = fieldLabel(type, field) ?? { zh: field, en: field };
  return { label: label.zh, labelEn: label.en.charAt(0).toUpperCase() + label.en.slice(1) };
}

/**
 * Reads a CSV file's records: the first row is the header ({@link readHeader}), each later row a
 * record whose cells are read as their fields ({@link readCell}). A row that cannot be read is a
 * record without a value and with the fault as its problem; a row with more cells than the header
 * has columns, and a cell Excel turned into a number, are problems of that record. Pure.
 */
export class CsvRecordReader implements RecordReader {
  private readonly csv = new CsvReader();
  private columns: readonly (Column | undefined)[] | undefined;
  // The columns in the order their cells are read: a list of names (申报项目) first, so that
  // columns such as items[0].questionBank add to it.
  private order: readonly number[] = [];
  /** The header, once read. */
  header: Header | undefined;

  constructor(private readonly type: RecordType) {}

  push(text: string): InputRecord[] {
    return this.records(this.csv.push(text));
  }

  end(): InputRecord[] {
    const records = this.records(this.csv.end());
    if (this.header === undefined) throw new HeaderError('the file has no header row', undefined);
    return records;
  }

  private records(rows: readonly CsvRow[]): InputRecord[] {
    const records: InputRecord[] = [];
    for (const row of rows) {
      if (this.columns === undefined) this.readHeaderRow(row);
      else if ('fault' in row) records.push({ line: row.line, problems: [{ code: FAULT_CODES[row.fault] }] });
      else records.push(this.recordOf(row.line, row.cells, this.columns));
    }
    return records;
  }

  private readHeaderRow(row: CsvRow): void {
    if ('fault' in row) throw new HeaderError(`the header row (line ${row.line}) cannot be read`, undefined);
    const header = readHeader(this.type, row.cells);
    this.header = header;
    const repeated = header.repeated[0];
    if (repeated !== undefined) {
      throw new HeaderError(`columns ${repeated.columns.join(' and ')} of the header both give the field ${repeated.field}`, header);
    }
    if (header.columns.every((c) => c === undefined)) {
      throw new HeaderError(`no column of the header (line ${row.line}) names a field of ${this.type}`, header);
    }
    this.columns = header.columns;
    const indexes = header.columns.flatMap((c, i) => (c === undefined ? [] : [i]));
    this.order = [...indexes.filter((i) => header.columns[i]?.spec.kind === 'names'), ...indexes.filter((i) => header.columns[i]?.spec.kind !== 'names')];
  }

  private recordOf(line: number, cells: readonly string[], columns: readonly (Column | undefined)[]): InputRecord {
    const value: Tree = {};
    let problems: ReadProblem[] | undefined;
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== '')) {
      problems = [{ code: 'csv_extra_cells', received: cells.length, expected: columns.length }];
    }
    for (const i of this.order) {
      const column = columns[i] as Column;
      const cell = cells[i] ?? '';
      const read = readCell(column.spec, cell);
      if (read === undefined) continue;
      if (column.path.length === 1) value[column.path[0] as string] = read;
      else setPath(value, column.path, read);
      if (isExcelNumber(column.spec, cell)) {
        (problems ??= []).push({ code: 'cell_excel_number', path: column.path, received: cell, params: excelNumberParams(this.type, column.field) });
      }
    }
    return { line, value, problems: problems ?? NO_PROBLEMS };
  }
}
