import { describe, expect, it } from 'vitest';
import { ListChecker } from '../../../src/cli/check/listChecker.js';
import { count, newTally, progressText, recordLine, summaryText } from '../../../src/cli/check/report.js';
import type { RuleIssue } from '../../../src/core/issues.js';

const error: RuleIssue = { code: 'score_below_pass_mark', severity: 'error', clause: 'score.pass', message: '成绩低', messageEn: 'Score low' };
const warning: RuleIssue = { code: 'theory_only', severity: 'warning', clause: 'assessment.method', message: '仅考理论', messageEn: 'Theory only' };

describe('the report of check', () => {
  it('marks errors ✗ and warnings !, with the section (zh) or clause (en) and the code', () => {
    expect(recordLine(3, 'K', [error, warning], 'zh')).toBe('第3行 K：✗ 成绩低〔四1，score_below_pass_mark〕；! 仅考理论〔四1，theory_only〕\n');
    expect(recordLine(3, '', [error, warning], 'en')).toBe('line 3: ✗ Score low [score.pass, score_below_pass_mark]; ! Theory only [assessment.method, theory_only]\n');
  });

  it('counts a record with warnings only as passed', () => {
    const tally = newTally();
    expect(count(tally, [warning])).toBe(true);
    expect(count(tally, [error, warning])).toBe(false);
    expect(tally).toMatchObject({ records: 2, passed: 1, failed: 1, errors: 1, warnings: 2 });
    expect(summaryText('assessment-batch', tally, 'zh')).toBe('考核批次：共检查2条，通过1条，未通过1条；错误1个，警告2个\n问题分类：theory_only 2，score_below_pass_mark 1\n');
    expect(summaryText('archive-record', newTally(), 'en')).toBe('archive records: 0 records checked, 0 passed, 0 failed; 0 errors, 0 warnings\n');
  });

  it('shows progress without a total on standard input, and no rate before the first second', () => {
    expect(progressText({ records: 1500, seconds: 0, bytes: 3 * 1048576 }, 'zh')).toBe('已检查1,500条（每秒0条），已读取3.0 MB');
    expect(progressText({ records: 1500, seconds: 2, bytes: 1048576, total: 2097152 }, 'en')).toBe('1,500 records checked (750/s), 1.0 MB / 2.0 MB read');
  });
});

describe('ListChecker', () => {
  it('gives an issue of the whole list to the first record', () => {
    const whole: RuleIssue = { ...error, path: [] };
    const checker = new ListChecker(() => ({ ok: false, issues: [whole, { ...error, path: [1, 'item'] }] }));
    checker.check({ a: 1 }, 2);
    checker.check({ a: 2 }, 5);
    expect(checker.finish().map((r) => [r.line, r.issues.map((i) => i.path)])).toEqual([
      [2, [[]]],
      [5, [['item']]],
    ]);
  });

  it('gives nothing for an empty file', () => {
    expect(new ListChecker(() => ({ ok: true, issues: [] })).finish()).toEqual([]);
  });
});
