import { guardValue } from '../core/guard.js';
import type { QuestionBank } from './checkQuestionBank.js';
import { rotationQueue } from './rotationQueue.js';

/**
 * The set to assemble the next paper from, by rotation (循环组卷).
 *
 * Policy, 四1: 「编制试题库（一般不少于5套，且支持循环组卷）」.
 *
 * A set never used comes first (the first such in bank order); when every set has been used,
 * the least recently used. So every set is used before any is used again, and the set used last
 * is never picked next when the bank has 2 sets or more. Deterministic; `bank` and `history`
 * are not touched.
 *
 * `history` lists the ids of the sets used so far, **oldest first** (the last entry is the set
 * used last). Ids that are not in the bank are ignored: a history kept by a backend outlives
 * sets that were retired or replaced. Sets with the same tasks (set ids and task texts compared
 * after NFKC and trimming; order and repetition of tasks ignored) are **one** set: the first of
 * them in bank order is returned for it, and a use of any of them is a use of it, so the same
 * paper content never comes twice in a row while another distinct set exists.
 *
 * @param bank - the bank; its structure must be sound (what {@link checkQuestionBank} reports
 *   as `bank.sets` errors). The number of sets and the approval are not checked here.
 * @param history - the ids of the sets used, oldest first.
 * @returns the id of the set to use next.
 * @throws {@link SvaError} with the bank's `bank.sets` errors (`bank_empty`, `set_id_duplicate`,
 *   `set_empty`, …), or `history_invalid` / `invalid_input` (`bank.rotation`) when `history`
 *   is not an array of strings.
 * @example
 * const bank = { sets: [{ id: 'A', tasks: ['a'] }, { id: 'B', tasks: ['b'] }, { id: 'C', tasks: ['c'] }] };
 * nextPaperSet(bank, []) // 'A'
 * nextPaperSet(bank, ['A', 'C']) // 'B': never used yet
 * nextPaperSet(bank, ['A', 'B', 'C', 'A']) // 'B': the least recently used
 * const copy = { sets: [{ id: 'A', tasks: ['a'] }, { id: 'B', tasks: ['ａ '] }, { id: 'C', tasks: ['c'] }] };
 * nextPaperSet(copy, ['A']) // 'C': B holds A's content
 */
export function nextPaperSet(bank: QuestionBank, history: readonly string[]): string {
  return guardValue('bank.rotation', () => rotationQueue(bank, history)[0] as string);
}
