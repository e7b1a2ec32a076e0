import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeIndex, MAX_DENSE_PREFIXES } from '../../../src/cli/check/codeIndex.js';
import { KeyIndex } from '../../../src/cli/check/keyIndex.js';

describe('KeyIndex', () => {
  it('remembers the first value of each key, through growth, as a Map would', () => {
    const key = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(253704000100001, 2 ** 53 - 1, 37040319900315)), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        const index = new KeyIndex();
        const map = new Map<string, number>();
        keys.forEach(([high, low], i) => {
          const k = `${high}/${low}`;
          expect(index.firstOrAdd(high, low, i + 1)).toBe(map.get(k) ?? 0);
          if (!map.has(k)) map.set(k, i + 1);
        });
        expect(index.size).toBe(map.size);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps every key through its growth to a million slots', () => {
    const index = new KeyIndex();
    for (let i = 1; i <= 300_000; i++) expect(index.firstOrAdd(37040319900315 + i * 7919, i % 1000, i)).toBe(0);
    for (let i = 1; i <= 300_000; i += 997) expect(index.firstOrAdd(37040319900315 + i * 7919, i % 1000, 1)).toBe(i);
    expect(index.size).toBe(300_000);
  });

  it('tells keys apart that differ above 2^32 or only in the low part', () => {
    const index = new KeyIndex();
    expect(index.firstOrAdd(2 ** 40, 0, 1)).toBe(0);
    expect(index.firstOrAdd(2 ** 40 + 1, 0, 2)).toBe(0);
    expect(index.firstOrAdd(2 ** 40, 1, 3)).toBe(0);
    expect(index.firstOrAdd(2 ** 40, 0, 4)).toBe(1);
    expect(index.firstOrAddText('x', 5)).toBe(0);
    expect(index.firstOrAddText('x', 6)).toBe(5);
    expect(index.size).toBe(4);
  });
});

describe('CodeIndex', () => {
  it('remembers the first line of each code, in dense tables and past them, as a Map would', () => {
    const code = fc.tuple(fc.integer({ min: 0, max: MAX_DENSE_PREFIXES + 10 }), fc.integer({ min: 0, max: 20 })).map(([p, s]) => (2537040000 + p) * 100000 + s);
    fc.assert(
      fc.property(fc.array(code, { maxLength: 2000 }), (codes) => {
        const index = new CodeIndex();
        const map = new Map<number, number>();
        codes.forEach((c, i) => {
          expect(index.firstOrAdd(c, i + 1)).toBe(map.get(c) ?? 0);
          if (!map.has(c)) map.set(c, i + 1);
        });
      }),
      { numRuns: 30 },
    );
  });
});
