import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { QuestionBank } from './checkQuestionBank.js';
import { ROTATION_MESSAGES } from './messages.js';
import { rotationQueue } from './rotationQueue.js';

/** The most sessions one plan covers: a bound on the work, far above any year's sessions. */
const MAX_SESSIONS = 100_000;

/**
 * The sets for the next `sessions` sessions, by rotation (循环组卷): exactly what repeated
 * {@link nextPaperSet} calls would give, each pick added to the history.
 *
 * Policy, 四1: 「编制试题库（一般不少于5套，且支持循环组卷）」.
 *
 * Sets with the same tasks count as one set (see {@link nextPaperSet}). Every n consecutive picks
 * of a bank of n distinct sets hold every distinct set once, and no content follows itself when
 * the bank has 2 distinct sets or more. Deterministic; `bank` and `history` are not touched.
 *
 * @param bank - the bank (its `bank.sets` structure must be sound).
 * @param sessions - how many sessions to plan, a whole number 0–100000.
 * @param history - the ids of the sets used so far, oldest first; ids not in the bank are
 *   ignored. Empty by default.
 * @returns a fresh array of `sessions` set ids.
 * @throws {@link SvaError} `sessions_invalid`, or what {@link nextPaperSet} throws.
 * @example
 * const bank = { sets: [{ id: 'A', tasks: ['a'] }, { id: 'B', tasks: ['b'] }, { id: 'C', tasks: ['c'] }] };
 * rotationPlan(bank, 5) // ['A', 'B', 'C', 'A', 'B']
 * rotationPlan(bank, 4, ['B', 'A']) // ['C', 'B', 'A', 'C']
 * rotationPlan({ sets: [...bank.sets, { id: 'D', tasks: ['a'] }] }, 4) // ['A', 'B', 'C', 'A']: D is A's content
 */
export function rotationPlan(bank: QuestionBank, sessions: number, history: readonly string[] = []): string[] {
  return guardValue('bank.rotation', () => {
    if (!Number.isInteger(sessions) || sessions < 0 || sessions > MAX_SESSIONS) {
      throw new SvaError(
        issueFrom(ROTATION_MESSAGES, 'sessions_invalid', 'bank.rotation', {
          path: ['sessions'],
          expected: MAX_SESSIONS,
          received: describe(sessions),
        }),
      );
    }
    const queue = rotationQueue(bank, history);
    const plan: string[] = [];
    for (let i = 0; i < sessions; i++) plan.push(queue[i % queue.length] as string);
    return plan;
  });
}
