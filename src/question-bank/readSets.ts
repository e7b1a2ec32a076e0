import { describe } from '../core/dates.js';
import { isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { QUESTION_BANK_MESSAGES } from './messages.js';

/** A set as read from a bank. @internal */
export interface ReadSet {
  readonly index: number;
  /** Its id, when it is a non-empty string. */
  readonly id: string | undefined;
  /** Its id as compared (NFKC, trimmed), when it has one. */
  readonly idKey: string | undefined;
  /** Its distinct tasks, sorted and joined into one key, when every task is a non-empty string and there is one at least. */
  readonly key: string | undefined;
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && textKey(value).length > 0;
}

/** How set ids and task texts are compared: NFKC, trimmed (`'Ａ '` is `'A'`). @internal */
export function textKey(value: string): string {
  return value.normalize('NFKC').trim();
}

function keyOf(tasks: unknown, index: number, id: string | undefined, issues: RuleIssue[]): string | undefined {
  const set = index + 1;
  const path = ['sets', index, 'tasks'];
  if (!Array.isArray(tasks)) {
    issues.push(issueFrom(QUESTION_BANK_MESSAGES, 'set_tasks_invalid', 'bank.sets', { path, received: describe(tasks), params: { set } }));
    return undefined;
  }
  if (tasks.length === 0) {
    issues.push(issueFrom(QUESTION_BANK_MESSAGES, 'set_empty', 'bank.sets', { path, params: { set, id: id ?? '?' } }));
    return undefined;
  }
  const count = issues.length;
  Array.from(tasks as readonly unknown[]).forEach((task, t) => {
    if (!isName(task)) {
      issues.push(
        issueFrom(QUESTION_BANK_MESSAGES, 'set_task_invalid', 'bank.sets', {
          path: [...path, t],
          received: describe(task),
          params: { set, task: t + 1 },
        }),
      );
    }
  });
  if (issues.length > count) return undefined;
  // Order, repetition, width and surrounding white space are ignored: a set is the set of its tasks.
  return JSON.stringify([...new Set((tasks as readonly string[]).map(textKey))].sort());
}

/**
 * Reads the sets of a bank, reporting every structural error (`bank.sets`): the bank or a set
 * not an object, `sets` not an array or empty, an id not a non-empty string or used twice,
 * tasks not an array of non-empty strings, a set with no task. Reads each property once.
 * Never throws on a well-behaved value; a throwing getter is caught by the caller's guard.
 * @internal
 */
export function readSets(bank: unknown, issues: RuleIssue[]): readonly ReadSet[] {
  if (!isRecord(bank)) {
    issues.push(notAnObjectIssue('bank.sets', 'bank'));
    return [];
  }
  const sets = bank.sets;
  if (!Array.isArray(sets)) {
    issues.push(issueFrom(QUESTION_BANK_MESSAGES, 'bank_sets_not_array', 'bank.sets', { path: ['sets'], received: describe(sets) }));
    return [];
  }
  if (sets.length === 0) {
    issues.push(issueFrom(QUESTION_BANK_MESSAGES, 'bank_empty', 'bank.sets', { path: ['sets'] }));
    return [];
  }
  const firstIndexOfId = new Map<string, number>();
  // Array.from reads a hole of a sparse array as undefined, which is reported, not skipped.
  return Array.from(sets as readonly unknown[], (entry, index): ReadSet => {
    const set = index + 1;
    if (!isRecord(entry)) {
      issues.push(issueFrom(QUESTION_BANK_MESSAGES, 'set_not_an_object', 'bank.sets', { path: ['sets', index], params: { set } }));
      return { index, id: undefined, idKey: undefined, key: undefined };
    }
    const rawId = entry.id;
    let id: string | undefined;
    let idKey: string | undefined;
    if (!isName(rawId)) {
      issues.push(issueFrom(QUESTION_BANK_MESSAGES, 'set_id_invalid', 'bank.sets', { path: ['sets', index, 'id'], received: describe(rawId), params: { set } }));
    } else {
      id = rawId;
      idKey = textKey(rawId);
      const first = firstIndexOfId.get(idKey);
      if (first === undefined) firstIndexOfId.set(idKey, index);
      else {
        issues.push(
          issueFrom(QUESTION_BANK_MESSAGES, 'set_id_duplicate', 'bank.sets', {
            path: ['sets', index, 'id'],
            received: id,
            params: { set, first: first + 1 },
          }),
        );
      }
    }
    return { index, id, idKey, key: keyOf(entry.tasks, index, id, issues) };
  });
}
