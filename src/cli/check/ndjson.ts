import { NO_PROBLEMS } from './records.js';
import type { InputRecord, RecordReader } from './records.js';

/** The record of one NDJSON line: its value, or the `invalid_json` problem with the parser's reason. */
export function recordOfJson(text: string, line: number): InputRecord {
  try {
    return { line, value: JSON.parse(text) as unknown, problems: NO_PROBLEMS };
  } catch (error) {
    return { line, problems: [{ code: 'record_invalid_json', params: { reason: (error as Error).message } }] };
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * An NDJSON reader (one JSON value per line) fed with text as it arrives. Blank lines are skipped
 * but counted; a line that is not JSON is a record with the `record_invalid_json` problem, and
 * reading goes on. A last line without its line end is read at `end`. Pure: no I/O.
 *
 * @example
 * const r = new NdjsonReader();
 * r.push('{"a":1}\n\n{"a"'); // [{ line: 1, value: { a: 1 }, problems: [] }]
 * r.end(); // [{ line: 3, problems: [{ code: 'record_invalid_json', … }] }]
 */
export class NdjsonReader implements RecordReader {
  private rest = '';
  private line = 1;

  push(text: string): InputRecord[] {
    const buf = this.rest + text;
    const records: InputRecord[] = [];
    let start = 0;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n', start)) {
      this.take(buf.slice(start, nl), records);
      start = nl + 1;
    }
    this.rest = buf.slice(start);
    return records;
  }

  end(): InputRecord[] {
    const records: InputRecord[] = [];
    if (this.rest.length > 0) this.take(this.rest, records);
    this.rest = '';
    return records;
  }

  private take(text: string, records: InputRecord[]): void {
    const line = this.line++;
    if (!isBlank(text)) records.push(recordOfJson(text, line));
  }
}
