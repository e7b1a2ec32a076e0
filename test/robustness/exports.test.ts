// Every exported function, called with arbitrary deep-frozen inputs (fc.anything):
// check*, validate*, parse* and isValid* never throw; every other function throws only SvaError.
// Frozen inputs prove that nothing is mutated: a write to a frozen object throws a TypeError in
// the library's strict-mode modules, which these tests would catch.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import * as testing from '../../src/testing/index.js';

const NEVER_THROW = /^(check|validate|parse|find|isValid|is\w*Valid|isCoveredBy|isClauseId|isIsoDate|isSvaError)/;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      try {
        deepFreeze((value as Record<string | symbol, unknown>)[key]);
      } catch {
        // a getter that throws: nothing to freeze below it
      }
    }
  }
  return value;
}

const anything = fc
  .anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
  })
  .map(deepFreeze);

// A few structured values that get past the first type checks, so the deeper code runs too.
const shaped = fc
  .oneof(
    fc.constantFrom('2025-10-13', '2023-02-29', '233704000100001', '37040001', '11010519491231002X', '60', '-1', ''),
    fc.record({ year: fc.integer(), city: fc.string(), institutionSerial: fc.integer(), certificateSerial: fc.integer() }),
    fc.array(fc.record({ score: fc.oneof(fc.double(), fc.string()), max: fc.oneof(fc.integer(), fc.string()) })),
    fc.record({ sets: fc.array(fc.record({ id: fc.string(), tasks: fc.array(fc.string()) })), approvedOn: fc.string() }),
    fc.record({ kind: fc.constantFrom('selection', 'results', 'x'), start: fc.string(), end: fc.string() }),
  )
  .map(deepFreeze);

const args = fc.array(fc.oneof(anything, shaped), { minLength: 0, maxLength: 3 });

const modules = { root, schemas, testing } as Record<string, Record<string, unknown>>;
const functions = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => typeof value === 'function' && name !== 'SvaError' && !/^[A-Z]/.test(name))
    .map(([name, fn]) => ({ module, name, fn: fn as (...a: unknown[]) => unknown })),
);

describe('every exported function on arbitrary frozen input', () => {
  it('finds the exports', () => {
    expect(functions.length).toBeGreaterThan(40);
  });

  it.each(functions)('$name ($module)', ({ name, fn }) => {
    fc.assert(
      fc.property(args, (list) => {
        try {
          fn(...list);
        } catch (error) {
          if (NEVER_THROW.test(name)) throw new Error(`${name} threw: ${String(error)}`);
          expect(root.isSvaError(error), `${name} threw ${String(error)}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

// Here rather than in test/core: importing every entry inside a test makes Stryker credit the
// entries' module-level tables to that test and report their mutants as survivors; this file is
// left out of mutation runs (vitest.stryker.config.ts).
describe('ISSUE_CODES is the one message table of the public API', () => {
  it('no entry exports an area table', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    const entries = Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === 'object');
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const module = (await import(entry === '.' ? '../../src/index.js' : `../../src/${entry.slice(2)}/index.js`)) as object;
      expect(Object.keys(module).filter((name) => name.endsWith('_MESSAGES')), entry).toEqual([]);
    }
  });
});
