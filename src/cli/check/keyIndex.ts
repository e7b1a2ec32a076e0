const TWO_32 = 4294967296;
// One slot: the key's high part as two 32-bit words, its low part, and the value (0: empty).
const WORDS = 4;

/**
 * A set of keys, each remembered with a number (the line or ordinal where it was first seen),
 * kept compact for a million records and more: a key is two numbers (`high` an integer below
 * 2^53, `low` below 2^32) held with its value in one 16-byte slot of a typed array, with open
 * addressing; keys that are not numbers (a malformed code) go to a small `Map`. Values are 1 or
 * more.
 */
export class KeyIndex {
  private slots = new Uint32Array(1024 * WORDS);
  private capacity = 1024;
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
    if (2 * (this.count + 1) > this.capacity) this.grow();
    const h0 = high >>> 0;
    const h1 = (high / TWO_32) >>> 0;
    const slots = this.slots;
    const mask = this.capacity - 1;
    for (let slot = hash(h0, h1, low) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      const seen = slots[at + 3] as number;
      if (seen === 0) {
        slots[at] = h0;
        slots[at + 1] = h1;
        slots[at + 2] = low;
        slots[at + 3] = value;
        this.count++;
        return 0;
      }
      if (slots[at] === h0 && slots[at + 1] === h1 && slots[at + 2] === low) return seen;
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
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * WORDS);
    this.count = 0;
    for (let at = 0; at < old.length; at += WORDS) {
      const value = old[at + 3] as number;
      if (value !== 0) this.firstOrAdd((old[at] as number) + (old[at + 1] as number) * TWO_32, old[at + 2] as number, value);
    }
  }
}

function hash(h0: number, h1: number, low: number): number {
  let h = h0 ^ Math.imul(h1, 0x85ebca6b) ^ Math.imul(low, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
