import type { RuleIssue } from '../core/issues.js';
import { issueFrom } from '../core/issues.js';
import { invalidIssue, missingIssue } from '../core/evidence.js';
import { isRecord } from '../core/guard.js';
import { readScore, scoreNumber } from '../scoring/exact.js';
import type { ExactDecimal, ScoreScale } from '../scoring/exact.js';
import { AUDIT_MESSAGES } from './messages.js';
import { idKey, personKey } from './wording.js';

/** One candidate, as the records give them, found by ID number. @internal */
export interface Person {
  /** Index of the first registration with this ID number. */
  registration?: number;
  /** The name given at registration (NFKC, trimmed), when there is one. */
  name?: string;
  /** The same name as typed, to skip normalising a name typed the same way on the certificate. */
  rawName?: string;
  /** The ID number as typed at registration, when checkRegistrations found it valid. */
  validId?: string;
  /** Index of the first result with this ID number. */
  result?: number;
  /**
   * That result's score, when it can be read: a number as given when it is one on the scale (a
   * number is read as its shortest decimal, so comparing numbers is exact), else its exact decimal.
   */
  score?: number | ExactDecimal;
  /** The first certificate of this ID number (its index), and its item's name key: set by crossCheckCertificates. */
  certificate?: number;
  certifiedItem?: string;
}

/** The records of a batch, indexed once by ID number. @internal */
export interface LinkedRecords {
  readonly people: Map<string, Person>;
  readonly hasRegistrations: boolean;
  readonly hasResults: boolean;
  /** Whether every result's score could be read (the pass rate needs them all). */
  readonly scoresRead: boolean;
  /** How many of the scores read pass (exactly, as summarizeResults counts them). */
  readonly passed: number;
}

function personOf(people: Map<string, Person>, key: string): Person {
  let person = people.get(key);
  if (person === undefined) {
    person = {};
    people.set(key, person);
  }
  return person;
}

function indexRegistrations(list: readonly unknown[], people: Map<string, Person>, valid: readonly boolean[]): void {
  // checkRegistrations reports an entry that is not an object, and an ID number given twice.
  // Read from the last to the first, each one replacing any later one of its ID number: the first
  // registration of each is kept, with one map operation per registration instead of two.
  for (let index = list.length - 1; index >= 0; index--) {
    const entry = list[index];
    if (!isRecord(entry)) continue;
    const key = idKey(entry.idNumber);
    if (key === undefined) continue;
    const person: Person = { registration: index };
    if (valid[index] === true) person.validId = entry.idNumber as string;
    if (typeof entry.name === 'string' && entry.name.trim() !== '') {
      person.name = personKey(entry.name);
      person.rawName = entry.name;
    }
    people.set(key, person);
  }
}

/**
 * 四1, 四2(2): each result read (an ID number and a score on the scale), linked to its
 * registration: a result for an ID number that never registered, an ID number given twice, and
 * more results than registered candidates are `registration.eligible` errors. @internal
 */
function indexResults(list: readonly unknown[], people: Map<string, Person>, withRegistrations: boolean, scale: ScoreScale, issues: RuleIssue[]): { read: boolean; passed: number } {
  let unreadable = false;
  let passed = 0;
  list.forEach((entry, index) => {
    // The paths and details are built only for an issue: most results have none.
    if (!isRecord(entry)) {
      issues.push(invalidIssue('score.scale', ['results', index], entry, '对象', 'an object'));
      unreadable = true;
      return;
    }
    let score: number | ExactDecimal | undefined;
    const given = entry.score;
    // A score read as a number (scoreNumber: exact) and on the scale needs no decimal built.
    const n = scoreNumber(given);
    if (given === undefined) issues.push(missingIssue('score.scale', ['results', index, 'score']));
    else if (n !== undefined && n >= 0 && n <= scale.fullMark) score = n;
    else {
      const read = readScore(given, scale, ['results', index, 'score']);
      issues.push(...read.issues);
      score = read.score;
    }
    if (score === undefined) unreadable = true;
    else if (typeof score === 'number' ? score >= scale.passMark : score.gte(scale.passMark)) passed++;
    const { idNumber } = entry;
    const key = idKey(idNumber);
    if (key === undefined) {
      // A blank ID number is a missing one, as checkRegistrations reads it; only a value that is not text is invalid.
      const path = ['results', index, 'idNumber'];
      issues.push(idNumber === undefined || typeof idNumber === 'string' ? missingIssue('registration.eligible', path) : invalidIssue('registration.eligible', path, idNumber, '字符串', 'a string'));
      return;
    }
    const person = personOf(people, key);
    if (person.result !== undefined) {
      issues.push(issueFrom(AUDIT_MESSAGES, 'result_duplicate_id', 'registration.eligible', { path: ['results', index, 'idNumber'], received: idNumber, params: { n: index + 1, first: person.result + 1 } }));
      return;
    }
    person.result = index;
    if (score !== undefined) person.score = score;
    if (withRegistrations && person.registration === undefined) {
      issues.push(issueFrom(AUDIT_MESSAGES, 'result_not_registered', 'registration.eligible', { path: ['results', index, 'idNumber'], received: idNumber, params: { n: index + 1 } }));
    }
  });
  return { read: !unreadable, passed };
}

/**
 * Indexes the registrations and the results by ID number, once (linear time), and reports what
 * the results say against the registrations. An absent list (`undefined`) is indexed as absent,
 * not as empty. The scores are read on the policy's scale (`scale`). `valid`: the registrations
 * whose ID number checkRegistrations found valid. @internal
 */
export function linkRecords(registrations: unknown, results: unknown, scale: ScoreScale, issues: RuleIssue[], valid: readonly boolean[] = []): LinkedRecords {
  const people = new Map<string, Person>();
  const hasRegistrations = Array.isArray(registrations);
  const hasResults = Array.isArray(results);
  let registered = 0;
  if (hasRegistrations) {
    const list = Array.from(registrations as readonly unknown[]);
    registered = list.length;
    indexRegistrations(list, people, valid);
  }
  let scoresRead = false;
  let passed = 0;
  if (hasResults) {
    const list = Array.from(results as readonly unknown[]);
    ({ read: scoresRead, passed } = indexResults(list, people, hasRegistrations, scale, issues));
    if (hasRegistrations && list.length > registered) {
      issues.push(issueFrom(AUDIT_MESSAGES, 'results_over_registrations', 'registration.eligible', { path: ['results'], expected: registered, received: list.length }));
    }
  } else if (results !== undefined) {
    issues.push(invalidIssue('score.scale', ['results'], results, '数组', 'an array'));
  }
  return { people, hasRegistrations, hasResults, scoresRead, passed };
}
