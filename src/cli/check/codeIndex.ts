import { KeyIndex } from './keyIndex.js';

const SERIALS = 100000;

/** How many code prefixes get a dense table (400 KB each) before the rest go to a hash. */
export const MAX_DENSE_PREFIXES = 64;

/**
 * The certificate codes of a file, each with the line it was first seen on. A code is its first
 * 10 digits (year, province, city, institution) and a 5-digit serial: the codes of one prefix
 * share one table indexed by serial, so that a register of a few institutions takes a few
 * megabytes however many certificates it holds; past {@link MAX_DENSE_PREFIXES} prefixes, and
 * for text that is not a code, a {@link KeyIndex}.
 */
export class CodeIndex {
  private readonly dense = new Map<number, Uint32Array>();
  private readonly other = new KeyIndex();
  private lastPrefix = -1;
  private lastLines: Uint32Array | undefined;

  /** The line of a code (a 15-digit number) seen before, or 0 after remembering it at `line`. */
  firstOrAdd(code: number, line: number): number {
    const prefix = Math.floor(code / SERIALS);
    let lines = prefix === this.lastPrefix ? this.lastLines : this.dense.get(prefix);
    if (lines === undefined) {
      if (this.dense.size >= MAX_DENSE_PREFIXES) return this.other.firstOrAdd(code, 0, line);
      lines = new Uint32Array(SERIALS);
      this.dense.set(prefix, lines);
    }
    this.lastPrefix = prefix;
    this.lastLines = lines;
    const serial = code - prefix * SERIALS;
    const seen = lines[serial] as number;
    if (seen === 0) lines[serial] = line;
    return seen;
  }

  /** As {@link firstOrAdd}, for a code that is not 15 digits. */
  firstOrAddText(code: string, line: number): number {
    return this.other.firstOrAddText(code, line);
  }
}
