import type { CHECK_MESSAGES } from '../messages.js';

/** A place in a record: property names and list indexes. */
export type Path = readonly (string | number)[];

/** A problem met while reading a record, before its rules are checked. */
export interface ReadProblem {
  readonly code: keyof typeof CHECK_MESSAGES;
  readonly path?: Path;
  readonly received?: string | number;
  readonly expected?: string | number;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * One record as read from the input: its 1-based line, its value when it could be read, and the
 * problems met while reading it. A record with `value` undefined could not be read at all.
 */
export interface InputRecord {
  readonly line: number;
  readonly value?: unknown;
  readonly problems: readonly ReadProblem[];
}

/** A reader fed with text as it arrives: `push` returns the records completed, `end` the rest. */
export interface RecordReader {
  push(text: string): InputRecord[];
  end(): InputRecord[];
}

/** The problems of a record read without any. */
export const NO_PROBLEMS: readonly ReadProblem[] = Object.freeze([]);
