import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOUNCEMENT_FIELDS,
  ARCHIVE_DOCUMENTS,
  MATERIALS,
  NOTICES,
  PLAN_FIELDS,
  RULE_DOCUMENTS,
  WORK_PLAN_SECTIONS,
  checkArchive,
  checkBatch,
  checkInstitutionApplication,
} from '../../src/index.js';
import { sampleBatch, sampleInstitutionApplication } from '../../src/testing/index.js';
import type { RuleResult } from '../../src/index.js';
import { validateArchiveDocuments, validateAssessmentBatch, validateInstitutionApplication } from '../../src/schemas/index.js';

// 「……等」, 「可根据自身情况增加内容」, 「附加证明材料」: every list the text closes with 等, 增加 or 附加
// is a minimum. One table for the seven lists, so that they can never drift apart again.

interface OpenList {
  readonly list: string;
  readonly clause: string;
  /** The named entries, in the table's order. */
  readonly named: readonly string[];
  /** The Chinese name of the first named entry, which the cases misspell. */
  readonly firstName: string;
  /** The code of a lacking entry. */
  readonly lacking: string;
  /** The check and the validator of the input that holds `entries` as this list. */
  readonly check: (entries: readonly unknown[]) => RuleResult;
  readonly validate: (entries: readonly unknown[]) => RuleResult;
}

const app = (field: string) => (entries: readonly unknown[]) => ({ ...sampleInstitutionApplication(), [field]: entries });
const batchOf = {
  announcement: (entries: readonly unknown[]) => sampleBatch({ announcement: { ...sampleBatch().announcement, contents: entries } }),
  plan: (entries: readonly unknown[]) => sampleBatch({ plan: { ...sampleBatch().plan, contents: entries } }),
  notices: (entries: readonly unknown[]) => sampleBatch({ exam: { ...sampleBatch().exam, notices: entries } }),
};
const institution = (field: string, clause: string, table: Readonly<Record<string, { name: string }>>, lacking: string): OpenList => ({
  list: field,
  clause,
  named: Object.keys(table).filter((key) => key !== 'other'),
  firstName: Object.values(table)[0]?.name ?? '',
  lacking,
  check: (entries) => checkInstitutionApplication(app(field)(entries) as never),
  validate: (entries) => validateInstitutionApplication(app(field)(entries)),
});
const batch = (list: keyof typeof batchOf, clause: string, table: Readonly<Record<string, { name: string }>>, lacking: string): OpenList => ({
  list: `${list}`,
  clause,
  named: Object.keys(table),
  firstName: Object.values(table)[0]?.name ?? '',
  lacking,
  check: (entries) => checkBatch(batchOf[list](entries)),
  validate: (entries) => validateAssessmentBatch(batchOf[list](entries)),
});

const LISTS: readonly OpenList[] = [
  institution('rules', 'eligibility.rules', RULE_DOCUMENTS, 'rule_document_lacking'),
  institution('materials', 'materials', MATERIALS, 'material_lacking'),
  institution('workPlanSections', 'materials.work_plan', WORK_PLAN_SECTIONS, 'work_plan_section_lacking'),
  batch('announcement', 'announcement.contents', ANNOUNCEMENT_FIELDS, 'announcement_field_lacking'),
  batch('plan', 'plan.contents', PLAN_FIELDS, 'plan_field_lacking'),
  batch('notices', 'exam.notices', NOTICES, 'exam_notice_lacking'),
  {
    list: 'archive documents',
    clause: 'archive.contents',
    named: ARCHIVE_DOCUMENTS.map((d) => d.id),
    firstName: ARCHIVE_DOCUMENTS[0]?.name ?? '',
    lacking: 'archive_document_missing',
    check: (entries) => checkArchive(entries as never),
    validate: (entries) => validateArchiveDocuments(entries),
  },
];

// Each case: what the list holds beside (or instead of) its named entries, and the answer.
const CASES: readonly { name: string; entries: (named: readonly string[]) => unknown[]; ok: boolean; lackingExtras?: string[] }[] = [
  { name: 'the named entries: no issue', entries: (named) => [...named], ok: true },
  { name: 'the named entries and another: no issue', entries: (named) => [...named, 'my_extra'], ok: true },
  { name: 'the named entries and another in Chinese: no issue', entries: (named) => [...named, '其他材料'], ok: true },
  { name: 'the named entries and another twice: no issue', entries: (named) => [...named, 'x', 'x'], ok: true },
  {
    name: 'a named entry misspelt: the lacking entry, quoting the misspelling',
    entries: (named) => [`${named[0] ?? ''}_`, ...named.slice(1)],
    ok: false,
    lackingExtras: ['<first>_'],
  },
  { name: 'an empty string: an error', entries: (named) => [...named, ''], ok: false },
  { name: 'a blank string: an error', entries: (named) => [...named, ' \u3000'], ok: false },
  { name: 'a number: an error', entries: (named) => [...named, 7], ok: false },
  { name: 'null: an error', entries: (named) => [...named, null], ok: false },
];

describe.each(LISTS)('the open list $list ($clause)', (open) => {
  it.each(CASES)('$name', ({ entries, ok, lackingExtras }) => {
    const input = entries(open.named);
    for (const result of [open.check(input), open.validate(input)]) {
      expect(result.ok).toBe(ok);
      // An extra entry never gives an issue of its own; only a lacking entry or an unreadable one does.
      if (ok) expect(result.issues).toEqual([]);
    }
    if (lackingExtras === undefined) return;
    const first = open.named[0] ?? '';
    const extras = lackingExtras.map((e) => e.replace('<first>', first));
    const issues = open.check(input).issues;
    expect(issues.map((i) => i.code)).toEqual([open.lacking]);
    expect(issues[0]).toMatchObject({ clause: open.clause, severity: 'error', expected: first, received: extras });
    expect(issues[0]?.message).toContain(open.firstName);
    expect(issues[0]?.message).toContain(`另填有「${extras[0] ?? ''}」`);
    expect(issues[0]?.messageEn).toContain(`"${extras[0] ?? ''}"`);
  });

  it('an entry that is not a non-empty string is an error at its index, citing the list\u2019s clause', () => {
    const issues = open.check([...open.named, 7]).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', clause: open.clause });
    expect(issues[0]?.path?.at(-1)).toBe(open.named.length);
  });
});

describe('every open list, with any extra entries (property)', () => {
  it('accepts any non-empty extra strings with no issue, and quotes them when a named entry is lacking', () => {
    const extra = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('other', 'finance', 'venue', '其他', ' x ')).filter((e) => e.trim() !== '');
    fc.assert(
      fc.property(fc.constantFrom(...LISTS), fc.array(extra, { maxLength: 4 }), (open, extras) => {
        // 'other' (附件2 七) is a word of its table, though not required.
        const unnamed = extras.filter((e) => !open.named.includes(e) && !(open.list === 'workPlanSections' && e === 'other'));
        expect(open.check([...open.named, ...extras])).toEqual({ ok: true, issues: [] });
        const lacking = open.check([...open.named.slice(1), ...extras]).issues;
        if (extras.includes(open.named[0] ?? '')) {
          expect(lacking).toEqual([]);
          return;
        }
        expect(lacking.map((i) => i.code)).toEqual([open.lacking]);
        if (unnamed.length > 0) expect(lacking[0]?.received).toEqual([...new Set(unnamed)]);
        else expect(lacking[0]).not.toHaveProperty('received');
      }),
      { numRuns: 200 },
    );
  });
});
