// renderMarkdown, compared whole on a small report built by hand: a violation and an issue with no
// path (no field to name) beside one with a path, in both languages.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/audit/report/markdown.js';
import { viewOf } from '../../../src/audit/report/view.js';
import type { AuditReport } from '../../../src/audit/types.js';
import { resolveCalendar } from '../../../src/calendar/resolve.js';
import { pathlessReport } from './reports.js';

const markdownOf = (report: unknown, lang: 'zh' | 'en') =>
  renderMarkdown(viewOf(report as AuditReport, lang, { calendar: undefined, internals: resolveCalendar(undefined, 'calendar.working_days'), policy: undefined }));

describe('renderMarkdown, whole', () => {
  it.each([
    {
      lang: 'zh' as const,
      lines: [
        '# 专项职业能力考核批次核查报告',
        '',
        '依据：《枣庄市专项职业能力考核社会化改革试点方案》（2023年）',
        '',
        '| 考核批次 | |',
        '|---|---|',
        '| 考核机构 | *未填写* |',
        '| 机构代码 | *未填写* |',
        '| 考核项目 | *未填写* |',
        '| 考核所在区（市） | *未填写* |',
        '',
        '**考核结果不予认可**',
        '',
        '## 六(四) 违规行为',
        '',
        '- 不考核就发证：据考核记录查出',
        '- 虚假宣传：监管部门认定（涉及违规情况第2项）',
        '',
        '## 考核流程（四2）',
        '',
        '',
        '## 逐条核查结果',
        '',
        '| 条款 | 内容 | 结果 | 错误 | 警告 |',
        '|---|---|---|---:|---:|',
        '| 六(四) | 违规行为 | ✗ 不符合 | 1 | 1 |',
        '',
        '### ✗ 六(四) 违规行为',
        '',
        '- **错误**：无路径',
        '- 警告：有路径（涉及：违规情况第2项）',
        '',
        '## 核查小结',
        '',
        '共核查1条条款，1条不符合；错误1个，警告1个。',
        '',
        '未提供考核成绩，未计算合格率。',
        '',
      ],
    },
    {
      lang: 'en' as const,
      lines: [
        '# Audit of a special vocational ability assessment batch',
        '',
        'Under the Zaozhuang pilot scheme for socialised special vocational ability assessment (2023)',
        '',
        '| The batch | |',
        '|---|---|',
        '| Assessment institution | *not given* |',
        '| Institution code | *not given* |',
        '| Item assessed | *not given* |',
        '| District of the batch | *not given* |',
        '',
        '**The results are not recognised**',
        '',
        '## 6(4) Violations',
        '',
        '- certificates issued without assessment: found in the records',
        '- 虚假宣传: found by the bureau (at violations found no. 2)',
        '',
        '## The steps of the assessment (4.2)',
        '',
        '',
        '## Clause by clause',
        '',
        '| Section | Clause | Result | Errors | Warnings |',
        '|---|---|---|---:|---:|',
        '| 6(4) | Violations | ✗ failed | 1 | 1 |',
        '',
        '### ✗ 6(4) Violations',
        '',
        '- **error**: no path',
        '- warning: a path (at: violations found no. 2)',
        '',
        '## Summary',
        '',
        '1 clause checked, 1 failed; 1 error, 1 warning.',
        '',
        'No scores were given: no pass rate.',
        '',
      ],
    },
  ])('writes a violation and an issue without a path with no field ($lang)', ({ lang, lines }) => {
    expect(markdownOf(pathlessReport, lang)).toBe(lines.join('\n'));
  });
});
