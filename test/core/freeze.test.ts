import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { terms } from '../../src/core/terms.js';

describe('deepFreeze', () => {
  it('freezes an object and every object inside it, and returns it', () => {
    const value = { a: { b: [{ c: 1 }] }, d: 'x' };
    expect(deepFreeze(value)).toBe(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.a), Object.isFrozen(value.a.b), Object.isFrozen(value.a.b[0])]).toEqual([
      true, true, true, true,
    ]);
  });

  it('returns null and primitives as they are', () => {
    for (const value of [null, undefined, 0, 'x', true]) expect(deepFreeze(value)).toBe(value);
  });

  it('leaves a function as it is: only data is frozen', () => {
    const run = () => 1;
    expect(deepFreeze(run)).toBe(run);
    expect(Object.isFrozen(run)).toBe(false);
    const table = deepFreeze({ run });
    expect([Object.isFrozen(table), Object.isFrozen(table.run)]).toEqual([true, false]);
  });

  it('ends on a cycle', () => {
    const value: { self?: unknown } = {};
    value.self = value;
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
  });
});

describe('terms', () => {
  it('builds a frozen table of Chinese names and English names', () => {
    const table = terms({ written: ['笔试', 'written test'], practical: ['实操', 'practical test'] });
    expect(table).toStrictEqual({
      written: { name: '笔试', nameEn: 'written test' },
      practical: { name: '实操', nameEn: 'practical test' },
    });
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.written)).toBe(true);
  });
});
