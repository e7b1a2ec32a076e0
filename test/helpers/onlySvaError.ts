import { expect } from 'vitest';
import { SvaError } from '../../src/index.js';
import { expectWellFormed } from './expect.js';

/** Runs `fn`: it may return, and when it throws, what it throws is a well-formed SvaError. */
export function onlySvaError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SvaError);
    expectWellFormed((error as SvaError).issues);
  }
}

