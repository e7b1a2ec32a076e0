const EMPTY = 0;
const TWO_32 = 4294967296;

/**
 * A set of keys, each remembered with a number (the line or ordinal where it was first seen),
 * kept compact for a million records and more: a key is two numbers (`high` an integer below
 * 2^53, `low` below 2^32) in typed arrays with open addressing, 16 bytes a slot; keys that are not
 * numbers (a malformed code) go to a small `Map`. Values are 1 or more.
 */
export class KeyIndex {
  private high = new Float64Array(1024);
  private low = new Uint32Array(1024);
  private values = new Uint32Array(1024);
  private count = 0;
  private readonly texts = new Map<string, number>();

  /** How many keys are held. */
  get size(): number {
    return this.count + this.texts.size;
  }

  /**
   * The value of the key (`high`, `low`) if it was seen before; otherwise remembers it with
   * `value` and returns 0.
   */
  firstOrAdd(high: number, low: number, value: number): number {
    if (2 * (this.count + 1) > this.values.length) this.grow();
    const mask = this.values.length - 1;
    for (let slot = hash(high, low) & mask; ; slot = (slot + 1) & mask) {
      const seen = this.values[slot] as number;
      if (seen === EMPTY) {
        this.high[slot] = high;
        this.low[slot] = low;
        this.values[slot] = value;
        this.count++;
        return 0;
      }
      if (this.high[slot] === high && this.low[slot] === low) return seen;
    }
  }

  /** As {@link firstOrAdd}, for a key that is text. */
  firstOrAddText(key: string, value: number): number {
    const seen = this.texts.get(key);
    if (seen !== undefined) return seen;
    this.texts.set(key, value);
    return 0;
  }

  private grow(): void {
    const { high, low, values } = this;
    const size = values.length * 2;
    this.high = new Float64Array(size);
    this.low = new Uint32Array(size);
    this.values = new Uint32Array(size);
    this.count = 0;
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== EMPTY) this.firstOrAdd(high[i] as number, low[i] as number, values[i] as number);
    }
  }
}

function hash(high: number, low: number): number {
  let h = Math.imul((high % TWO_32) | 0, 0x9e3779b1) ^ Math.imul(Math.floor(high / TWO_32) | 0, 0x85ebca77) ^ Math.imul(low | 0, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
