import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatInvalid } from '../../src/cli/checkValues.js';
import { BufferedWriter, UsageError } from '../../src/cli/io.js';
import { readValues } from '../../src/cli/lines.js';
import type { InputValue } from '../../src/cli/lines.js';
import { parseCertificateCode } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';

/** A stream that records each chunk it is given; `highWaterMark` 1 makes every write ask for a drain. */
function recorder(options: { highWaterMark?: number; fail?: Error } = {}): { stream: Writable; chunks: string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    ...(options.highWaterMark === undefined ? {} : { highWaterMark: options.highWaterMark }),
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      // a slow stream (highWaterMark given) completes each write later
      if (options.highWaterMark === undefined) callback();
      else setImmediate(() => callback(options.fail));
    },
  });
  return { stream, chunks };
}

describe('BufferedWriter', () => {
  it('holds small writes until flushed, then writes them as one chunk', async () => {
    const { stream, chunks } = recorder();
    const out = new BufferedWriter(stream);
    await out.write('a');
    await out.write('b');
    expect(chunks).toEqual([]);
    await out.flush();
    expect(chunks).toEqual(['ab']);
    await out.flush();
    expect(chunks).toEqual(['ab']);
  });

  it('flushes when the buffer reaches its limit, not before', async () => {
    const { stream, chunks } = recorder();
    const out = new BufferedWriter(stream, 3);
    await out.write('ab');
    expect(chunks).toEqual([]);
    await out.write('c');
    expect(chunks).toEqual(['abc']);
    await out.write('defg');
    expect(chunks).toEqual(['abc', 'defg']);
  });

  it('holds up to 64 KiB by default', async () => {
    const { stream, chunks } = recorder();
    const out = new BufferedWriter(stream);
    await out.write('x'.repeat(65_535));
    expect(chunks).toEqual([]);
    await out.write('y');
    expect(chunks.map((c) => c.length)).toEqual([65_536]);
  });

  it('waits for the stream to drain, and leaves no listener behind', async () => {
    const { stream, chunks } = recorder({ highWaterMark: 1 });
    const out = new BufferedWriter(stream, 1);
    await out.write('ab');
    expect(stream.writableLength).toBe(0);
    await out.write('cd');
    expect(chunks).toEqual(['ab', 'cd']);
    expect([stream.listenerCount('drain'), stream.listenerCount('error')]).toEqual([0, 0]);
  });

  it('rejects when the stream fails while it waits', async () => {
    const { stream } = recorder({ highWaterMark: 1, fail: new Error('EPIPE') });
    const out = new BufferedWriter(stream, 1);
    await expect(out.write('ab')).rejects.toThrow('EPIPE');
    expect([stream.listenerCount('drain'), stream.listenerCount('error')]).toEqual([0, 0]);
  });
});

describe('UsageError', () => {
  it('is an Error named UsageError', () => {
    const error = new UsageError('bad');
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message]).toEqual(['UsageError', 'bad']);
  });
});

describe('formatInvalid', () => {
  it('names the line of a value read from input, and marks warnings', () => {
    const [issue] = parseCertificateCode('23370400010000').issues as [RuleIssue];
    const text = 'certificate_code_length [certificate.code]: 证书编号应为15位，实为14位 | The certificate code must have 15 digits; it has 14';
    expect(formatInvalid({ line: 1, value: '23370400010000' }, [issue, { ...issue, severity: 'warning' }])).toBe(
      `✗ "23370400010000" (line 1)\n    ${text}\n    warning ${text}\n`,
    );
  });
  it('gives no line for a command-line argument', () => {
    expect(formatInvalid({ line: 0, value: 'x' }, [])).toBe('✗ "x"\n');
  });
});

describe('readValues', () => {
  async function batchesOf(chunks: readonly (string | Buffer)[], options?: { skipHeader?: boolean }): Promise<InputValue[][]> {
    // one chunk per read, so that the stream hands them over one by one
    const queue = [...chunks];
    const stream = new Readable({
      read() {
        this.push(queue.length > 0 ? queue.shift() : null);
      },
    });
    const batches: InputValue[][] = [];
    for await (const batch of readValues(stream, options)) batches.push([...batch]);
    return batches;
  }

  it('yields one batch per chunk of whole lines, carrying a split line to the next chunk', async () => {
    expect(await batchesOf(['a\nb', 'c\nd'])).toEqual([
      [{ line: 1, value: 'a' }],
      [{ line: 2, value: 'bc' }],
      [{ line: 3, value: 'd' }],
    ]);
  });

  it('yields no empty batch for a chunk without a whole line or with only empty lines', async () => {
    expect(await batchesOf(['ab', 'c\n', '\n\n', 'd\n'])).toEqual([[{ line: 1, value: 'abc' }], [{ line: 4, value: 'd' }]]);
    expect(await batchesOf(['\n'])).toEqual([]);
    expect(await batchesOf(['a\n\r'])).toEqual([[{ line: 1, value: 'a' }]]);
    expect(await batchesOf([''])).toEqual([]);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('证书\n', 'utf8');
    expect(await batchesOf([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual([[{ line: 1, value: '证书' }]]);
  });

  it('drops a byte-order mark only at the start of the input', async () => {
    expect(await batchesOf(['\ufeffa\n\ufeffb'])).toEqual([[{ line: 1, value: 'a' }], [{ line: 2, value: '\ufeffb' }]]);
  });

  it('with skipHeader drops the first non-empty line only', async () => {
    expect(await batchesOf(['\nh\na\nb\n'], { skipHeader: true })).toEqual([[{ line: 3, value: 'a' }, { line: 4, value: 'b' }]]);
    expect(await batchesOf(['h\na\n'], { skipHeader: false })).toEqual([[{ line: 1, value: 'h' }, { line: 2, value: 'a' }]]);
    expect(await batchesOf(['h'], { skipHeader: true })).toEqual([]);
  });
});
