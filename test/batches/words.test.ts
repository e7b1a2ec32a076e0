import { describe, expect, it } from 'vitest';
import { ASSESSMENT_BATCH_FIELDS } from '../../src/batches/labels.js';
import { BATCH_WORDS, batchWords } from '../../src/batches/words.js';
import { invalidIssue, missingIssue } from '../../src/core/evidence.js';
import { issueFrom } from '../../src/core/issues.js';
import { BATCH_MESSAGES } from '../../src/batches/messages.js';

describe('batchWords: the batch\'s fields in the words of its forms', () => {
  it('has the Chinese label of LABELS.fields.assessmentBatch for each field it names', () => {
    for (const [key, words] of Object.entries(BATCH_WORDS)) {
      expect(ASSESSMENT_BATCH_FIELDS[key as keyof typeof ASSESSMENT_BATCH_FIELDS]?.zh, key).toBe(words);
    }
  });

  it.each([
    ['a field missing', missingIssue('exam.dates', ['exam', 'endDate']), '未填写考试结束日期', 'exam end date is missing'],
    ['a section of the wrong type', invalidIssue('batch.scope', ['approvedScope'], 3, '对象', 'an object'), '输入有误：评估同意的考核范围应为对象', 'Invalid input: approved scope must be an object'],
    ['an entry of a list', invalidIssue('batch.scope', ['approvedScope', 'items', 1], 3, '非空的文字', 'a non-empty string'), '输入有误：第2个评估同意的考核项目应为非空的文字', 'Invalid input: approved scope items no. 2 must be a non-empty string'],
    ['a field of one word', missingIssue('batch.scope', ['item']), '未填写考核项目', 'item is missing'],
    ['an entry past the ninth', invalidIssue('batch.scope', ['approvedScope', 'items', 11], 3, '非空的文字', 'a non-empty string'), '输入有误：第12个评估同意的考核项目应为非空的文字', 'Invalid input: approved scope items no. 12 must be a non-empty string'],
    ['a field it has no words for', missingIssue('batch.scope', ['other']), '未填写other', 'other is missing'],
  ])('%s', (_name, issue, message, messageEn) => {
    const [named] = batchWords([issue]);
    expect(named).toEqual({ ...issue, message, messageEn });
  });

  it('leaves a path inside an entry of a list as it is (no words for it)', () => {
    const issue = invalidIssue('batch.scope', ['approvedScope', 'items', 1, 'x'], 3, '文字', 'a string');
    expect(batchWords([issue])).toEqual([issue]);
  });

  it('leaves the message of any other code as it is, even when it quotes a path', () => {
    const issue = issueFrom(BATCH_MESSAGES, 'item_out_of_scope', 'batch.scope', { path: ['item'], received: 'item' });
    expect(batchWords([issue])).toEqual([issue]);
  });

  it('names the fields of missing_field and invalid_… only: a code that merely contains invalid_ is left as it is', () => {
    const issue = { code: 'schema_invalid_type', severity: 'error', clause: 'exam.dates', message: 'exam.endDate应为文字', messageEn: 'exam.endDate must be a string', path: ['exam', 'endDate'] } as const;
    expect(batchWords([issue])).toEqual([issue]);
  });
});
