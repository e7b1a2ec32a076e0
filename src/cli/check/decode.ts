import { TextDecoder } from 'node:util';

/** The encodings `--encoding` accepts, by the names a user may type. */
const ENCODINGS: Readonly<Record<string, 'utf-8' | 'gbk' | 'gb18030'>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gbk: 'gbk',
  gb2312: 'gbk',
  cp936: 'gbk',
  gb18030: 'gb18030',
};

/** The text encoding of the input. */
export type Encoding = 'utf-8' | 'gbk' | 'gb18030';

/** The encoding named by `--encoding`, or `undefined` for a name it does not accept. */
export function encodingOf(name: string): Encoding | undefined {
  return Object.prototype.hasOwnProperty.call(ENCODINGS, name.toLowerCase()) ? ENCODINGS[name.toLowerCase()] : undefined;
}

/**
 * Turns the input's chunks of bytes into text with the platform's `TextDecoder`, in streaming
 * mode, so that a character split between two chunks is decoded whole. A byte-order mark at the
 * start is dropped; bytes that are not text in the encoding become U+FFFD. Chunks that are
 * already text pass as they are. Throws `RangeError` when this Node.js has no decoder for the
 * encoding (GBK needs a build with full ICU, as the official builds are).
 *
 * @example
 * const d = new TextChunks('gbk');
 * d.decode(Uint8Array.of(0xd5)) + d.decode(Uint8Array.of(0xc5)) // '张'
 */
export class TextChunks {
  private readonly decoder: TextDecoder;
  private first = true;

  constructor(encoding: Encoding) {
    this.decoder = new TextDecoder(encoding);
  }

  decode(chunk: Uint8Array | string): string {
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    return this.withoutBom(text);
  }

  end(): string {
    return this.withoutBom(this.decoder.decode());
  }

  private withoutBom(text: string): string {
    if (!this.first || text.length === 0) return text;
    this.first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}
