import type { WorkdayCalendar } from '../calendar/internals.js';
import { resolveCalendar } from '../calendar/resolve.js';
import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { invalidOptionIssue, isRecord } from '../core/guard.js';
import type { Policy } from '../core/policy.js';
import { renderHtml } from './report/html.js';
import { renderMarkdown } from './report/markdown.js';
import { viewOf } from './report/view.js';
import type { AuditReport } from './types.js';

/** Options of {@link renderAuditReport}. */
export interface RenderAuditReportOptions {
  /** `'html'`: one self-contained page to print on A4; `'markdown'`: GitHub-flavoured Markdown, for a ticket or an email. */
  readonly format: 'html' | 'markdown';
  /** The language of the report: plain official Chinese (`'zh'`, the default) or English (`'en'`). */
  readonly lang?: 'zh' | 'en';
  /** The working-day calendar the timeline shades its rest days by; defaults to {@link sva-rules!CHINA_MAINLAND_CALENDAR}. */
  readonly calendar?: WorkdayCalendar;
  /** The policy whose plan-filing window (四2(3)) the timeline marks; defaults to {@link sva-rules!ZAOZHUANG_2023}. */
  readonly policy?: Policy;
}

// The report speaks to the batch as a whole (四2); a bad option is refused under that clause.
const CLAUSE = 'batch.scope';

function refuse(name: string, reasonZh: string, reasonEn: string, value: unknown): never {
  throw new SvaError(invalidOptionIssue(CLAUSE, [name], reasonZh, reasonEn, { received: describe(value) }));
}

/**
 * Renders the audit of a batch ({@link auditBatch}'s report) for the clerk of a district HR
 * bureau who reads and prints it: the batch (考核机构、机构代码、考核项目、考核所在区（市）), the verdict
 * of 六(四) (考核结果予以认可 / 考核结果不予认可) and its violations, the steps of 四2 on a timeline
 * (dates as 2024年3月1日, a step that failed in red with its clause; rest days shaded and make-up
 * working days (调休上班) marked, the plan's filing deadline marked, the working days of the results
 * publicity counted), every clause in the policy's
 * order with ✓ / ✗, its section, its title and each issue's message with the field it concerns in
 * the forms' words, the counts of errors and warnings, and the pass rate.
 *
 * `format: 'html'` gives one self-contained page (inline CSS with `@page` A4 and print rules, the
 * timeline as inline SVG, no script, no external resource); `format: 'markdown'` the same content
 * as GitHub-flavoured Markdown, with the timeline as a list. Every text that comes from the input
 * (names, codes, messages, findings) is escaped, in HTML, in the SVG and in Markdown: an
 * institution named `<script>…` shows as text. Pure: no I/O, no clock.
 *
 * Policy 六(四): 「对在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规活动的，对其考核结果不予认可」;
 * 四2: the steps 发布公告、组织报名、制定计划、考务组织、结果公示、颁发证书.
 *
 * @param report - what {@link auditBatch} returns (a report built by hand is read as carefully:
 *   a field of the wrong type shows as text, never throws).
 * @param options - `format` (`'html'` or `'markdown'`), `lang` (`'zh'`, the default, or `'en'`), and
 *   `calendar` (a calendar of {@link sva-rules!createWorkdayCalendar}, for years the built-in one lacks) and
 *   `policy` (for the plan's filing window), as given to {@link auditBatch}.
 * @returns the report as one string: an HTML document or Markdown.
 * @throws SvaError (`invalid_option`) when `options` is not an object, `format` is neither `'html'`
 *   nor `'markdown'`, `lang` is neither `'zh'` nor `'en'`, `calendar` was not made by
 *   {@link sva-rules!createWorkdayCalendar}, or `report` is not an object.
 * @example
 * const report = { ok: true, clauses: [], errors: 0, warnings: 0, batch: { item: '面点制作<b>' }, timeline: [], violations: [], resultsRecognised: true }
 * renderAuditReport(report, { format: 'markdown' }).split('\n')[0] // '# 专项职业能力考核批次核查报告'
 * renderAuditReport(report, { format: 'html' }).includes('<p class="verdict yes">考核结果予以认可</p>') // true
 * renderAuditReport(report, { format: 'html' }).includes('面点制作&lt;b&gt;') // true
 * renderAuditReport(report, { format: 'markdown', lang: 'en' }).includes('**The results are recognised**') // true
 * renderAuditReport(report, { format: 'pdf' }) // throws SvaError (invalid_option)
 */
export function renderAuditReport(report: AuditReport, options: RenderAuditReportOptions): string {
  if (!isRecord(options)) refuse('options', '应为对象', 'must be an object', options);
  const { format, lang = 'zh' } = options;
  if (format !== 'html' && format !== 'markdown') refuse('format', '应为html或markdown', "must be 'html' or 'markdown'", format);
  if (lang !== 'zh' && lang !== 'en') refuse('lang', '应为zh或en', "must be 'zh' or 'en'", lang);
  if (!isRecord(report)) refuse('report', '应为核查报告（auditBatch的结果）', 'must be an audit report (what auditBatch returns)', report);
  const view = viewOf(report, lang, { calendar: options.calendar, internals: resolveCalendar(options.calendar, 'calendar.working_days'), policy: options.policy });
  return format === 'html' ? renderHtml(view) : renderMarkdown(view);
}
