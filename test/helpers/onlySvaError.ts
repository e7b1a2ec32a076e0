import { expect } from 'vitest';
import { SvaError } from '../../src/index.js';
import { expectWellFormed } from './expect.js';

/** Runs `fn`; it may return, but if it throws, the error must be a well-formed SvaError. */
export function expectOnlySvaError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SvaError);
    expectWellFormed((error as SvaError).issues);
  }
}
