import { recordOfJson } from './ndjson.js';
import type { InputRecord, RecordReader } from './records.js';

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * A streaming JSON reader fed with text as it arrives: a top-level array gives one record per
 * element, and top-level values one after another (concatenated or pretty-printed objects) give
 * one record each. Each element is cut out by its brackets and quotes and parsed alone, so the
 * whole input is never held: an element that is not JSON is a record with `record_invalid_json`,
 * and reading goes on with the next; an element cut off by the end of the input is
 * `record_truncated`. Pure: no I/O.
 *
 * @example
 * const r = new JsonReader();
 * r.push('[{"a":1},\n {"a":'); // [{ line: 1, value: { a: 1 }, problems: [] }]
 * r.end(); // [{ line: 2, problems: [{ code: 'record_truncated' }] }]
 */
export class JsonReader implements RecordReader {
  private rest = '';
  private scanned = 0;
  private line = 1;
  private mode: 'top' | 'array' = 'top';
  private inElement = false;
  private container = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private elementLine = 0;

  push(text: string): InputRecord[] {
    return this.scan(this.rest + text);
  }

  end(): InputRecord[] {
    const records: InputRecord[] = [];
    if (this.inElement) {
      if (!this.container && !this.inString) records.push(recordOfJson(this.rest, this.elementLine));
      else records.push({ line: this.elementLine, problems: [{ code: 'record_truncated' }] });
    } else if (this.mode === 'array') {
      records.push({ line: this.line, problems: [{ code: 'record_truncated' }] });
    }
    this.rest = '';
    this.inElement = false;
    this.mode = 'top';
    return records;
  }

  private scan(buf: string): InputRecord[] {
    const records: InputRecord[] = [];
    let start = 0;
    let i = this.scanned;
    while (i < buf.length) {
      const c = buf.charCodeAt(i);
      if (this.inElement) {
        const end = this.step(c, i);
        if (end >= 0) {
          records.push(recordOfJson(buf.slice(start, end), this.elementLine));
          this.inElement = false;
          if (end === i) continue; // a scalar ended at c: read c again, between elements
        }
        if (c === LF) this.line++;
        i++;
        continue;
      }
      if (c === LF) this.line++;
      if (isSpace(c) || (this.mode === 'array' && c === COMMA)) {
        i++;
        continue;
      }
      if (this.mode === 'top' && c === OPEN_BRACKET) this.mode = 'array';
      else if (this.mode === 'array' && c === CLOSE_BRACKET) this.mode = 'top';
      else {
        this.inElement = true;
        this.container = c === OPEN_BRACE || c === OPEN_BRACKET;
        this.depth = this.container ? 1 : 0;
        this.inString = c === QUOTE;
        this.escape = false;
        this.elementLine = this.line;
        start = i;
      }
      i++;
    }
    this.rest = this.inElement ? buf.slice(start) : '';
    this.scanned = this.rest.length;
    return records;
  }

  // One character of an element: returns where the element ends (exclusive), or -1.
  private step(c: number, i: number): number {
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (c === BACKSLASH) this.escape = true;
      else if (c === QUOTE) this.inString = false;
      return -1;
    }
    if (c === QUOTE) this.inString = true;
    else if (!this.container) return isSpace(c) || c === COMMA || c === CLOSE_BRACKET ? i : -1;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --this.depth === 0) return i + 1;
    return -1;
  }
}
