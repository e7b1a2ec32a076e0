import { describe, expect, it } from 'vitest';
import { between, seededRandom } from '../../src/testing/random.js';

describe('seededRandom (mulberry32)', () => {
  it('gives the reference mulberry32 sequence', () => {
    const one = seededRandom(1);
    expect([one(), one(), one()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const zero = seededRandom(0);
    expect([zero(), zero()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });

  it('reads the seed as an unsigned 32-bit integer', () => {
    expect(seededRandom(-1)()).toBe(0.8964226141106337);
    expect(seededRandom(2 ** 32 + 1)()).toBe(seededRandom(1)());
  });

  it('stays in [0, 1)', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('between', () => {
  it.each([
    { draw: 0, min: 1, max: 6, value: 1 },
    { draw: 0.5, min: 1, max: 6, value: 4 },
    { draw: 0.999999, min: 1, max: 6, value: 6 },
    { draw: 0.999999, min: 0, max: 0, value: 0 },
    { draw: 0.5, min: -3, max: 3, value: 0 },
  ])('$draw from $min to $max: $value', ({ draw, min, max, value }) => {
    expect(between(() => draw, min, max)).toBe(value);
  });
});
