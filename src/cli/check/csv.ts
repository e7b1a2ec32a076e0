// An incremental RFC 4180 reader: text in, rows out, no I/O. Quoted cells may hold commas,
// doubled quotes and line breaks; rows end with LF or CRLF; the last row may lack its line end.

/** Why a row could not be read. */
export type CsvFault = 'unclosed_quote' | 'text_after_quote' | 'row_too_long';

/** One row: its cells, or the fault that stopped it; `line` is the 1-based line it starts on. */
export type CsvRow =
  | { readonly line: number; readonly cells: readonly string[] }
  | { readonly line: number; readonly fault: CsvFault };

/** Longest row read (1 MiB of text): a stray quote must not swallow the whole file. */
export const MAX_ROW_LENGTH = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** A row found in a buffer: the row (or `undefined` for an empty one) and where the next begins. */
interface Found {
  readonly row: CsvRow | undefined;
  readonly next: number;
  readonly lines: number;
}

function isEmptyRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '') return false;
  return true;
}

function rowOf(line: number, cells: string[]): CsvRow | undefined {
  return isEmptyRow(cells) ? undefined : { line, cells };
}

/**
 * Reads one quoted row from `start`. Returns `undefined` when the buffer ends inside the row and
 * more text may come (`final` false).
 */
function quotedRow(buf: string, start: number, line: number, final: boolean): Found | undefined {
  const cells: string[] = [];
  let i = start;
  let lines = 0;
  for (;;) {
    let cell: string;
    if (buf.charCodeAt(i) === QUOTE) {
      cell = '';
      let from = i + 1;
      for (;;) {
        const close = buf.indexOf('"', from);
        if (close < 0 || (close + 1 >= buf.length && !final)) {
          if (!final) return undefined;
          return { row: { line, fault: 'unclosed_quote' }, next: buf.length, lines: lines + countLines(buf, from, buf.length) };
        }
        lines += countLines(buf, from, close);
        cell += buf.slice(from, close);
        if (buf.charCodeAt(close + 1) === QUOTE) {
          cell += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    } else {
      let end = i;
      while (end < buf.length) {
        const c = buf.charCodeAt(end);
        if (c === COMMA || c === LF) break;
        end++;
      }
      if (end >= buf.length && !final) return undefined;
      cell = buf.slice(i, buf.charCodeAt(end - 1) === CR && buf.charCodeAt(end) === LF ? end - 1 : end);
      i = end;
    }
    cells.push(cell);
    const c = buf.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    if (c === LF) return { row: rowOf(line, cells), next: i + 1, lines: lines + 1 };
    if (c === CR && buf.charCodeAt(i + 1) === LF) return { row: rowOf(line, cells), next: i + 2, lines: lines + 1 };
    if (i >= buf.length || (c === CR && i + 1 >= buf.length)) {
      if (!final) return undefined;
      return { row: rowOf(line, cells), next: buf.length, lines };
    }
    // Text after a closing quote ("ab"c): the row is not RFC 4180; skip to the end of the line.
    const nl = buf.indexOf('\n', i);
    if (nl < 0 && !final) return undefined;
    return { row: { line, fault: 'text_after_quote' }, next: nl < 0 ? buf.length : nl + 1, lines: lines + (nl < 0 ? 0 : 1) };
  }
}

function countLines(buf: string, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf('\n', from); i >= 0 && i < to; i = buf.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * An RFC 4180 CSV reader fed with text as it arrives. `push` returns the rows completed by the
 * new text, `end` the last ones. Rows whose cells are all empty (blank lines, or Excel's `,,,`)
 * are skipped but counted in the line numbers. A row with an unclosed quote (a truncated file) or
 * with text after a closing quote is returned with its fault, and reading goes on at the next
 * line. Pure: no I/O.
 *
 * @example
 * const csv = new CsvReader();
 * csv.push('a,"b,\n c"\r\nd,');
 * // [{ line: 1, cells: ['a', 'b,\n c'] }]
 * csv.end(); // [{ line: 3, cells: ['d', ''] }]
 */
export class CsvReader {
  private rest = '';
  private line = 1;
  // After a row too long to read, the rest of its line is dropped.
  private skipping = false;

  /** The rows the text completes. */
  push(text: string): CsvRow[] {
    if (this.skipping) {
      const nl = text.indexOf('\n');
      if (nl < 0) return [];
      this.skipping = false;
      this.line++;
      return this.read(text.slice(nl + 1), false);
    }
    return this.read(this.rest + text, false);
  }

  /** The rows left when the input ends. */
  end(): CsvRow[] {
    return this.read(this.rest, true);
  }

  private read(buf: string, final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    let pos = 0;
    // The next quote at or after pos; -1 when none is left (searched once, not once per row).
    let quote = -2;
    while (pos < buf.length) {
      if (quote !== -1 && quote < pos) quote = buf.indexOf('"', pos);
      const nl = buf.indexOf('\n', pos);
      if (quote < 0 || (nl >= 0 && quote > nl)) {
        // The common case: a row without quotes is its line split at commas.
        if (nl < 0 && !final) break;
        const end = nl < 0 ? buf.length : nl;
        const row = rowOf(this.line, buf.slice(pos, buf.charCodeAt(end - 1) === CR ? end - 1 : end).split(','));
        if (row !== undefined) rows.push(row);
        this.line++;
        pos = end + 1;
        continue;
      }
      const found = quotedRow(buf, pos, this.line, final);
      if (found === undefined) break;
      if (found.row !== undefined) rows.push(found.row);
      this.line += found.lines;
      pos = found.next;
    }
    this.rest = pos >= buf.length ? '' : buf.slice(pos);
    if (this.rest.length > MAX_ROW_LENGTH) rows.push(...this.skipLongRow());
    return rows;
  }

  // A row longer than MAX_ROW_LENGTH is refused; reading goes on after its first line.
  private skipLongRow(): CsvRow[] {
    const row: CsvRow = { line: this.line, fault: 'row_too_long' };
    const nl = this.rest.indexOf('\n');
    if (nl < 0) {
      this.rest = '';
      this.skipping = true;
      return [row];
    }
    this.line++;
    return [row, ...this.read(this.rest.slice(nl + 1), false)];
  }
}
