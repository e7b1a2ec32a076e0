import { labelIssues } from '../core/evidence.js';
import { QUESTION_BANK_FIELDS } from './labels.js';
import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import { QUESTION_BANK_MESSAGES } from './messages.js';
import { readSets } from './readSets.js';

/**
 * The ids of a bank's sets in the order rotation will pick them: the sets never used, in bank
 * order, then the used ones from the least to the most recently used. Picking the first and
 * moving it to the end is one more session, so the next n picks of an n-set bank are all
 * different, and the set used last comes last.
 *
 * `history` lists the ids of the sets used, oldest first. Ids that are not in the bank (a set
 * since retired, or another bank's) are ignored.
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
      issueFrom(CORE_MESSAGES, 'invalid_input', 'bank.rotation', {
        path: ['history'],
        params: { reasonZh: '试题套使用记录应为试题套编号的列表', reasonEn: 'history must be an array of set ids (strings)' },
      }),
    );
  } else {
    Array.from(history as readonly unknown[]).forEach((entry, index) => {
      if (typeof entry !== 'string') {
        issues.push(
          issueFrom(QUESTION_BANK_MESSAGES, 'history_invalid', 'bank.rotation', {
            path: ['history', index],
            received: describe(entry),
            // The message counts from 1, as it does for sets and parts; the path keeps the index.
            params: { index: index + 1 },
          }),
        );
      }
    });
  }
  if (issues.length > 0) throw new SvaError(labelIssues(issues, QUESTION_BANK_FIELDS));
  const ids = sets.map((s) => s.id as string);
  const lastUse = new Map<string, number>();
  for (const id of ids) lastUse.set(id, -1);
  (history as readonly string[]).forEach((id, index) => {
    if (lastUse.has(id)) lastUse.set(id, index);
  });
  const unused = ids.filter((id) => lastUse.get(id) === -1);
  const used = ids.filter((id) => lastUse.get(id) !== -1).sort((a, b) => (lastUse.get(a) ?? 0) - (lastUse.get(b) ?? 0));
  return [...unused, ...used];
}
