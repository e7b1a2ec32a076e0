import { isoOfDayNumber } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { completedYears } from '../identity/completedYears.js';
import { catalogIssues } from './catalogIndex.js';
import type { CatalogIndex } from './catalogIndex.js';
import { invalidIssue, missingIssue, readDate, readObject, readText } from '../core/evidence.js';
import { checkFlag } from './evidence.js';
import { INSTITUTION_MESSAGES } from './messages.js';
import { nameKey } from '../core/districts.js';

/** The numbers of the policy an application's items are checked against. @internal */
export const APPLICATION_POLICY = ['minTrainingYears', 'maxItemsPerInstitution', 'effectiveFrom'] as const;

/** Those numbers, as read. @internal */
export type ApplicationPolicy = Pick<Policy, (typeof APPLICATION_POLICY)[number]>;

/**
 * The items: how many (三 「每家机构不得超过 2 个考核项目」), and for each the question bank of
 * 三1(3), the experience of 三1(5), the specification and training of 附件1 二, the priority of
 * 三1(4), and the catalogue of 一. @internal
 */
export function checkItems(
  value: unknown,
  applicationDay: number | undefined,
  policy: ApplicationPolicy,
  catalog: CatalogIndex | undefined,
  issues: RuleIssue[],
): void {
  if (value === undefined) {
    issues.push(missingIssue('materials.form', ['items']));
    return;
  }
  if (!Array.isArray(value)) {
    issues.push(invalidIssue('materials.form', ['items'], value, '列表', 'an array'));
    return;
  }
  const items = value as readonly unknown[];
  if (items.length === 0) issues.push(issueFrom(INSTITUTION_MESSAGES, 'no_items', 'materials.form', { path: ['items'] }));
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const path = ['items', index] as const;
    const item = readObject(raw, path, 'materials.form', issues);
    if (item === undefined) return;
    const name = readText(item.name, [...path, 'name'], 'materials.form', issues);
    const label = name ?? `#${index + 1}`;
    if (name !== undefined) {
      if (seen.has(nameKey(name))) issues.push(issueFrom(INSTITUTION_MESSAGES, 'item_duplicate', 'materials.form', { path: [...path, 'name'], params: { item: name } }));
      seen.add(nameKey(name));
    }
    const params = { item: label };
    checkFlag(item.questionBank, [...path, 'questionBank'], 'eligibility.capacity', 'question_bank_lacking', issues, params);
    checkExperience(item.trainingSince, [...path, 'trainingSince'], label, applicationDay, policy, issues);
    checkFlag(item.canTrain, [...path, 'canTrain'], 'eligibility.experience', 'item_cannot_train', issues, params);
    const specification = checkFlag(item.hasSpecification, [...path, 'hasSpecification'], 'materials.form', undefined, issues);
    if (specification === false) {
      issues.push(
        issueFrom(INSTITUTION_MESSAGES, 'item_without_specification', 'materials.form', { severity: 'warning', path: [...path, 'hasSpecification'], params }),
      );
    }
    // 三1(4) is a priority, not a bar: an unknown answer is a warning, and ranks as "no".
    if (item.helpedWriteSpecification === undefined) {
      issues.push(missingIssue('eligibility.influence', [...path, 'helpedWriteSpecification'], 'warning'));
    } else checkFlag(item.helpedWriteSpecification, [...path, 'helpedWriteSpecification'], 'eligibility.influence', undefined, issues);
    if (catalog !== undefined && name !== undefined) issues.push(...catalogIssues(name, catalog, [...path, 'name']));
  });
  if (items.length > policy.maxItemsPerInstitution) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'too_many_items', 'allocation.items', {
        path: ['items'],
        expected: policy.maxItemsPerInstitution,
        received: items.length,
      }),
    );
  }
}

function checkExperience(
  value: unknown,
  path: readonly (string | number)[],
  item: string,
  applicationDay: number | undefined,
  policy: ApplicationPolicy,
  issues: RuleIssue[],
): void {
  const since = readDate(value, path, 'eligibility.experience', issues);
  // Without an application date, its own issue says why nothing more is checked.
  if (since === undefined || applicationDay === undefined) return; // the application date's own issue says why
  if (since > applicationDay) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'training_since_after_application', 'eligibility.experience', {
        path,
        expected: isoOfDayNumber(applicationDay),
        received: isoOfDayNumber(since),
        params: { item },
      }),
    );
    return;
  }
  const years = completedYears(since, applicationDay);
  if (years < policy.minTrainingYears) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'experience_too_short', 'eligibility.experience', {
        path,
        expected: policy.minTrainingYears,
        received: years,
        params: { item },
      }),
    );
  }
}
