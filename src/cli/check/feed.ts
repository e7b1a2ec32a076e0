import { CsvRecordReader } from './csvRecords.js';
import { formatOfText } from './detect.js';
import type { InputFormat } from './detect.js';
import type { RecordType } from './fields.js';
import type { Header } from './headers.js';
import { JsonReader } from './json.js';
import { NdjsonReader } from './ndjson.js';
import type { InputRecord, RecordReader } from './records.js';

function readerOf(format: InputFormat, type: RecordType): RecordReader {
  if (format === 'csv') return new CsvRecordReader(type);
  return format === 'json' ? new JsonReader() : new NdjsonReader();
}

/**
 * The records of an input whose format may be known (`--format`, the file's extension) or not
 * (standard input): the text is held until its first characters show the format
 * ({@link formatOfText}), then read by that format's reader. Pure.
 */
export class Feed {
  private reader: RecordReader | undefined;
  private start = '';

  constructor(
    private readonly type: RecordType,
    private format: InputFormat | undefined,
  ) {}

  /** The CSV header, once read. */
  get header(): Header | undefined {
    return this.reader instanceof CsvRecordReader ? this.reader.header : undefined;
  }

  push(text: string): InputRecord[] {
    if (this.reader !== undefined) return this.reader.push(text);
    this.start += text;
    return this.open(false);
  }

  end(): InputRecord[] {
    const records = this.reader === undefined ? this.open(true) : [];
    return [...records, ...(this.reader as RecordReader).end()];
  }

  private open(complete: boolean): InputRecord[] {
    this.format ??= formatOfText(this.start, complete);
    if (this.format === undefined) return [];
    this.reader = readerOf(this.format, this.type);
    const text = this.start;
    this.start = '';
    return this.reader.push(text);
  }
}
