import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { invalidIssue } from '../core/evidence.js';
import { ROTATION_MESSAGES } from './messages.js';
import { readSets, textKey } from './readSets.js';

/**
 * The ids of a bank's distinct sets in the order rotation will pick them: the sets never used, in
 * bank order, then the used ones from the least to the most recently used. Sets with the same
 * tasks (compared after NFKC and trimming, order and repetition ignored) are one set: the first of
 * them in bank order stands for it, and a use of any of them is a use of it. Picking the first and
 * moving it to the end is one more session, so the next n picks of a bank of n distinct sets are
 * all different, and the content used last comes last.
 *
 * `history` lists the ids of the sets used, oldest first, compared after NFKC and trimming. Ids
 * that are not in the bank (a set since retired, or another bank's) are ignored.
 *
 * @throws {@link SvaError} with the bank's structural errors (`bank.sets`) or a bad history
 *   (`bank.rotation`).
 * @internal
 */
export function rotationQueue(bank: unknown, history: unknown): string[] {
  const issues: RuleIssue[] = [];
  const sets = readSets(bank, issues);
  if (!Array.isArray(history)) {
    issues.push(
      invalidIssue('bank.rotation', ['history'], history, '试题套编号的列表', 'an array of set ids (strings)', undefined, '试题套使用记录'),
    );
  } else {
    Array.from(history as readonly unknown[]).forEach((entry, index) => {
      if (typeof entry !== 'string') {
        issues.push(
          issueFrom(ROTATION_MESSAGES, 'history_invalid', 'bank.rotation', {
            path: ['history', index],
            received: describe(entry),
            // The message counts from 1, as it does for sets and parts; the path keeps the index.
            params: { index: index + 1 },
          }),
        );
      }
    });
  }
  if (issues.length > 0) throw new SvaError(issues);
  // One entry per distinct content (sets with the same tasks are one set): the first such set in
  // bank order stands for it, and a use of any of them is a use of it.
  const groupOfId = new Map<string, string>();
  const representative = new Map<string, string>();
  for (const set of sets) {
    const key = set.key as string;
    if (!representative.has(key)) representative.set(key, set.id as string);
    groupOfId.set(set.idKey as string, key);
  }
  const lastUse = new Map<string, number>();
  for (const key of representative.keys()) lastUse.set(key, -1);
  (history as readonly string[]).forEach((id, index) => {
    const key = groupOfId.get(textKey(id));
    if (key !== undefined) lastUse.set(key, index);
  });
  const keys = [...representative.keys()];
  const unused = keys.filter((key) => lastUse.get(key) === -1);
  const used = keys.filter((key) => lastUse.get(key) !== -1).sort((a, b) => (lastUse.get(a) ?? 0) - (lastUse.get(b) ?? 0));
  return [...unused, ...used].map((key) => representative.get(key) as string);
}
