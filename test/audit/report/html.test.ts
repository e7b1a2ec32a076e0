// renderHtml's lists of violations and of a clause's issues, on a small report built by hand: a
// violation and an issue without a path (no field to name) beside one with a path.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/audit/report/html.js';
import { viewOf } from '../../../src/audit/report/view.js';
import type { AuditReport } from '../../../src/audit/types.js';
import { resolveCalendar } from '../../../src/calendar/resolve.js';
import { pathlessReport } from './reports.js';

const htmlOf = (report: unknown, lang: 'zh' | 'en') =>
  renderHtml(viewOf(report as AuditReport, lang, { calendar: undefined, internals: resolveCalendar(undefined, 'calendar.working_days'), policy: undefined }));

describe('renderHtml: the lists of violations and issues', () => {
  it.each([
    {
      lang: 'zh' as const,
      violations: '<ul class="violations no"><li>不考核就发证：据考核记录查出</li><li>虚假宣传：监管部门认定（涉及违规情况第2项）</li></ul>',
      issues: '<td class="no">✗ 不符合</td><td><ul><li class="no">错误：无路径</li><li>警告：有路径（涉及：违规情况第2项）</li></ul></td>',
    },
    {
      lang: 'en' as const,
      violations: '<ul class="violations no"><li>certificates issued without assessment: found in the records</li><li>虚假宣传: found by the bureau (at violations found no. 2)</li></ul>',
      issues: '<td class="no">✗ failed</td><td><ul><li class="no">error: no path</li><li>warning: a path (at: violations found no. 2)</li></ul></td>',
    },
  ])('names no field for a violation or an issue without a path ($lang)', ({ lang, violations, issues }) => {
    const page = htmlOf(pathlessReport, lang);
    expect(page).toContain(violations);
    expect(page).toContain(issues);
  });
});
