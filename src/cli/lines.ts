import type { Readable } from 'node:stream';
import { UsageError } from './io.js';

/** One value read from input, with its 1-based line number (0 for a command-line argument). */
export interface InputValue {
  readonly line: number;
  readonly value: string;
}

/**
 * The value of one input line: the line without its line ending, and for CSV its first column
 * (a quoted first column is unquoted, `""` read as `"`). Nothing else is trimmed: white space
 * around a code is a fault the validators report. A byte-order mark at the start of the input is
 * dropped. Returns `undefined` for an empty line.
 */
export function valueOfLine(raw: string, first: boolean): string | undefined {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (first && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.length === 0) return undefined;
  if (line.charCodeAt(0) === 34 /* " */) {
    let value = '';
    let i = 1;
    for (;;) {
      const close = line.indexOf('"', i);
      if (close < 0) return line; // unbalanced: leave the line as it is, the validator reports it
      value += line.slice(i, close);
      if (line.charCodeAt(close + 1) === 34) {
        value += '"';
        i = close + 2;
      } else {
        return value;
      }
    }
  }
  const comma = line.indexOf(',');
  return comma < 0 ? line : line.slice(0, comma);
}

/**
 * Streams the values of a text stream, one per line, a chunk's worth at a time, without holding
 * the input in memory. Empty lines are skipped; `skipHeader` drops the first non-empty line.
 * Batches keep the per-value cost to a plain loop rather than an await per line.
 */
export async function* readValues(
  stream: Readable,
  options: { skipHeader?: boolean } = {},
): AsyncGenerator<readonly InputValue[]> {
  stream.setEncoding('utf8');
  let rest = '';
  let line = 0;
  let first = true;
  let skip = options.skipHeader === true;
  const take = (raw: string, batch: InputValue[]): void => {
    line++;
    const value = valueOfLine(raw, first);
    first = false;
    if (value === undefined) return;
    if (skip) skip = false;
    else batch.push({ line, value });
  };
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = rest + chunk;
      const batch: InputValue[] = [];
      let start = 0;
      let end = text.indexOf('\n');
      while (end >= 0) {
        take(text.slice(start, end), batch);
        start = end + 1;
        end = text.indexOf('\n', start);
      }
      rest = text.slice(start);
      if (batch.length > 0) yield batch;
    }
  } catch (error) {
    throw new UsageError(`cannot read the input: ${(error as Error).message}`);
  }
  if (rest.length > 0) {
    const batch: InputValue[] = [];
    take(rest, batch);
    if (batch.length > 0) yield batch;
  }
}
