/** The formats `sva-rules check` reads. */
export type InputFormat = 'csv' | 'ndjson' | 'json';

/** The formats by the names `--format` accepts. */
export const INPUT_FORMATS: readonly InputFormat[] = ['ndjson', 'csv', 'json'];

/** The format a file's name says: `.csv`, `.ndjson` or `.jsonl`, `.json`; otherwise `undefined`. */
export function formatOfName(name: string): InputFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  return undefined;
}

/**
 * The format the start of the input shows, or `undefined` while more text is needed: `[` opens
 * a JSON array; `{` opens NDJSON when the first line is a whole JSON value, else JSON (a
 * pretty-printed object); anything else is CSV. An empty input is NDJSON with no record.
 *
 * @example
 * formatOfText('{"a":1}\n', false) // 'ndjson'
 * formatOfText('姓名,身份证号\n', false) // 'csv'
 */
export function formatOfText(start: string, complete: boolean): InputFormat | undefined {
  const at = start.search(/\S/);
  if (at < 0) return complete ? 'ndjson' : undefined;
  const c = start.charAt(at);
  if (c === '[') return 'json';
  if (c !== '{') return 'csv';
  const nl = start.indexOf('\n', at);
  if (nl < 0 && !complete) return undefined;
  try {
    JSON.parse(start.slice(at, nl < 0 ? undefined : nl));
    return 'ndjson';
  } catch {
    return 'json';
  }
}
