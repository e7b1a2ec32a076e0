import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { renderAuditReport } from '../../src/audit/index.js';
import type { AuditReport, RenderAuditReportOptions } from '../../src/audit/index.js';
import { CLAUSES, SvaError } from '../../src/index.js';
import { exampleReports, handReport, problemReport, sampleReport } from './reports.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

const html = (report: AuditReport, lang: 'zh' | 'en' = 'zh') => renderAuditReport(report, { format: 'html', lang });
const markdown = (report: AuditReport, lang: 'zh' | 'en' = 'zh') => renderAuditReport(report, { format: 'markdown', lang });

describe('renderAuditReport: its options', () => {
  it.each([
    { name: 'no options', options: undefined, refused: 'options' },
    { name: 'null', options: null, refused: 'options' },
    { name: 'no format', options: {}, refused: 'format' },
    { name: 'format pdf', options: { format: 'pdf' }, refused: 'format' },
    { name: 'format HTML (upper case)', options: { format: 'HTML' }, refused: 'format' },
    { name: 'format text (the CLI\'s, not the library\'s)', options: { format: 'text' }, refused: 'format' },
    { name: 'lang fr', options: { format: 'html', lang: 'fr' }, refused: 'lang' },
    { name: 'lang zh-CN', options: { format: 'markdown', lang: 'zh-CN' }, refused: 'lang' },
    { name: 'lang null', options: { format: 'markdown', lang: null }, refused: 'lang' },
    { name: 'a policy that is no policy', options: { format: 'html', policy: { planFilingWorkingDays: 0 } }, refused: 'policy' },
    { name: 'a calendar not made by createWorkdayCalendar', options: { format: 'html', calendar: { firstDay: '2023-01-01', lastDay: '2026-12-31' } }, refused: 'calendar' },
  ])('refuses $name with invalid_option naming $refused', ({ options, refused }) => {
    let thrown: unknown;
    try {
      renderAuditReport(sampleReport(), options as unknown as RenderAuditReportOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SvaError);
    expect((thrown as SvaError).code).toBe('invalid_option');
    expect((thrown as SvaError).issues[0]?.path?.[0]).toBe(refused);
  });

  it.each([
    { options: { format: 'html' }, starts: '<!DOCTYPE html>\n<html lang="zh-CN">' },
    { options: { format: 'html', lang: 'zh' }, starts: '<!DOCTYPE html>\n<html lang="zh-CN">' },
    { options: { format: 'html', lang: 'en' }, starts: '<!DOCTYPE html>\n<html lang="en">' },
    { options: { format: 'markdown' }, starts: '# 专项职业能力考核批次核查报告\n' },
    { options: { format: 'markdown', lang: 'en' }, starts: '# Audit of a special vocational ability assessment batch\n' },
  ] as const)('$options gives a document that starts $starts', ({ options, starts }) => {
    expect(renderAuditReport(sampleReport(), options).startsWith(starts)).toBe(true);
  });

  const refusal = (name: string, zh: string, en: string, received: string, clause = 'batch.scope') => ({
    code: 'invalid_option',
    severity: 'error',
    clause,
    message: `选项“${name}”无效：${zh}`,
    messageEn: `Option ${name} is invalid: ${en}`,
    path: [name],
    received,
  });
  const refusedIssues = (report: unknown, options: unknown): unknown => {
    try {
      renderAuditReport(report as AuditReport, options as RenderAuditReportOptions);
    } catch (error) {
      return error instanceof SvaError ? error.issues : error;
    }
    return 'not refused';
  };

  it.each([
    { name: 'no options', report: {}, options: undefined, issue: refusal('options', '应为对象', 'must be an object', 'undefined') },
    { name: 'options null', report: {}, options: null, issue: refusal('options', '应为对象', 'must be an object', 'null') },
    { name: 'options an array', report: {}, options: [], issue: refusal('options', '应为对象', 'must be an object', 'array') },
    { name: 'format pdf', report: {}, options: { format: 'pdf' }, issue: refusal('format', '应为html或markdown', "must be 'html' or 'markdown'", '"pdf"') },
    { name: 'no format', report: {}, options: {}, issue: refusal('format', '应为html或markdown', "must be 'html' or 'markdown'", 'undefined') },
    { name: 'lang fr', report: {}, options: { format: 'html', lang: 'fr' }, issue: refusal('lang', '应为zh或en', "must be 'zh' or 'en'", '"fr"') },
    { name: 'lang null', report: {}, options: { format: 'markdown', lang: null }, issue: refusal('lang', '应为zh或en', "must be 'zh' or 'en'", 'null') },
    { name: 'a report that is an array', report: [], options: { format: 'html' }, issue: refusal('report', '应为核查报告（auditBatch的结果）', 'must be an audit report (what auditBatch returns)', 'array') },
    { name: 'a report that is text', report: 'report', options: { format: 'markdown' }, issue: refusal('report', '应为核查报告（auditBatch的结果）', 'must be an audit report (what auditBatch returns)', '"report"') },
    {
      name: 'a calendar not made by createWorkdayCalendar',
      report: {},
      options: { format: 'html', calendar: {} },
      issue: {
        code: 'invalid_option',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '“calendar”应为“createWorkdayCalendar”所建的日历',
        messageEn: 'calendar must be made by createWorkdayCalendar',
        path: ['calendar'],
        received: 'object',
      },
    },
  ])('refuses $name with exactly one issue, in full', ({ report, options, issue }) => {
    expect(refusedIssues(report, options)).toEqual([issue]);
  });

  it.each([null, undefined, 'report', 3, []])('refuses a report that is no object (%s)', (report) => {
    expect(() => renderAuditReport(report as unknown as AuditReport, { format: 'html' })).toThrow(SvaError);
  });
});

describe('renderAuditReport: what the clerk reads', () => {
  it('names the batch in words: institution, code, item, and the district by its name', () => {
    for (const out of [html(handReport()), markdown(handReport())]) {
      for (const text of ['考核机构', '枣庄市某职业培训学校', '机构代码', '37040001', '考核项目', '面点制作', '考核所在区（市）', '薛城区（370403）']) expect(out).toContain(text);
    }
    expect(markdown(handReport(), 'en')).toContain('| District of the batch | Xuecheng District (370403) |');
  });

  it('says an absent field of the batch is not given, and a district that names none of the six as given', () => {
    const report = { ...handReport(), batch: { district: '370499' } };
    expect(markdown(report)).toContain('| 考核机构 | *未填写* |');
    expect(markdown(report)).toContain('| 考核所在区（市） | 370499 |');
    expect(html(report)).toContain('<td class="missing">未填写</td>');
  });

  it.each([
    { recognised: true, zh: '考核结果予以认可', en: 'The results are recognised' },
    { recognised: false, zh: '考核结果不予认可', en: 'The results are not recognised' },
  ])('gives the verdict of 六(四): resultsRecognised $recognised → $zh', ({ recognised, zh, en }) => {
    const report = { ...handReport(), resultsRecognised: recognised };
    expect(html(report)).toContain(`<p class="verdict ${recognised ? 'yes' : 'no'}">${zh}</p>`);
    expect(markdown(report)).toContain(`**${zh}**`);
    expect(markdown(report, 'en')).toContain(`**${en}**`);
  });

  it('lists the violations of 六(四) by their labels, a finding of another kind as written, with where each was found', () => {
    const out = markdown(handReport());
    expect(out).toContain('- 不考核就发证：据考核记录查出（涉及专项职业能力证书第3项）');
    expect(out).toContain('- 冒用他人名义考核：监管部门认定（涉及违规情况第1项）');
    expect(markdown(handReport(), 'en')).toContain('- certificates issued without assessment: found in the records (at certificates no. 3)');
    expect(markdown({ ...handReport(), violations: [] })).toContain('未发现六(四)所列违规行为。');
  });

  it('writes the steps of 四2 in order, with dates as officials write them and a failed step marked', () => {
    const out = markdown(handReport());
    expect(out).toContain(
      [
        '1. ✓ 四2(1) 发布公告：未载明日期',
        '2. ✓ 四2(2) 组织报名：2024年2月26日至2024年3月1日',
        '3. ✗ 四2(3) 制定计划：2024年3月5日（应不晚于2024年3月4日）（**不符合** 四2(3)）',
        '4. ✓ 四2(4) 考务组织：2024年3月11日至2024年3月12日',
        '5. ✓ 四2(5) 结果公示：2024年3月13日至2024年3月19日（5个工作日）',
        '6. ✓ 四2(6) 颁发证书：2024年3月25日',
      ].join('\n'),
    );
    expect(markdown(handReport(), 'en')).toContain('3. ✗ 4.2(3) Batch plan filed: 5 March 2024 (due by 4 March 2024) (**failed** 4.2(3))');
    // Steps given out of order are put in the order of 四2.
    const shuffled = { ...handReport(), timeline: [...handReport().timeline].reverse() };
    expect(markdown(shuffled)).toBe(markdown(handReport()));
  });

  it('shows each clause in the policy\'s order, with its section, title, result and issues, the field in words', () => {
    const out = html(handReport());
    // The report gives them as 六(四), 四2(3), 四1, 附件3; the policy's order is 四1, 四2(3), 附件3, 六(四).
    const at = ['考核方式', '批次计划期限', '证书编码规则', '违规行为'].map((t) => out.indexOf(`<td>${t}</td>`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain('<li class="no">错误：考核计划编制晚于2024年3月4日（涉及：考核计划编制日期）</li>');
    expect(out).toContain('<li>警告：本批次仅考核理论知识（涉及：考核方式）</li>');
    expect(out).toContain('<td class="no">✗ 不符合</td>');
    expect(out).toContain('<td>附件3</td><td>证书编码规则</td><td class="yes">✓ 符合</td><td>无</td>');
    expect(html(handReport(), 'en')).toContain('<td>Annex 3</td><td>Certificate code</td><td class="yes">✓ held</td><td>none</td>');
  });

  it('says a clause was not checked when the audit marks it so (checked: false, a list left out), not that it failed', () => {
    const r = handReport();
    const report = { ...r, clauses: [...r.clauses, { clause: 'registration.eligible', section: '四2(2)', title: '组织报名', titleEn: 'Registration', ok: false, checked: false, issues: [] }] } as AuditReport;
    expect(html(report)).toContain('<td>四2(2)</td><td>组织报名</td><td class="missing">— 未检查</td><td>无</td>');
    expect(markdown(report)).toContain('| 四2(2) | 组织报名 | — 未检查 | 0 | 0 |');
    expect(markdown(report, 'en')).toContain('| 4.2(2) | Registration | — not checked | 0 | 0 |');
  });

  it('writes a step whose last day is its first as one day', () => {
    const r = handReport();
    const report = { ...r, timeline: r.timeline.map((s) => (s.step === 'certificates' ? { ...s, to: s.from } : s)) } as AuditReport;
    expect(markdown(report)).toContain('6. ✓ 四2(6) 颁发证书：2024年3月25日\n');
  });

  it('puts the clauses of auditBatch\'s report in the policy\'s order, in both formats', () => {
    const report = problemReport();
    const order = Object.keys(CLAUSES);
    const ids = report.clauses.map((c) => c.clause);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
    const rows = markdown(report).split('\n').filter((l) => /^\| (?!条款|---)/.test(l) && l.includes('符合'));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(report.clauses.map((c) => c.title));
    const reversed = { ...report, clauses: [...report.clauses].reverse() };
    expect(html(reversed)).toBe(html(report));
  });

  it('counts errors and warnings and gives the pass rate, or says there is none', () => {
    expect(markdown(handReport())).toContain('共核查4条条款，2条不符合；错误2个，警告1个。');
    expect(markdown(handReport())).toContain('考核人数10人，合格7人，合格率70.00%。');
    expect(markdown(handReport(), 'en')).toContain('7 of 10 candidates passed: a pass rate of 70.00%.');
    const noRate: { passRate?: unknown } = { ...handReport() };
    delete noRate.passRate;
    expect(markdown(noRate as AuditReport)).toContain('未提供考核成绩，未计算合格率。');
  });
});

describe('renderAuditReport: one page to print', () => {
  it.each([...exampleReports().flatMap((e) => (['zh', 'en'] as const).map((lang) => ({ ...e, lang }))), { name: 'a report built by hand', report: handReport, lang: 'zh' as const }])(
    '$name ($lang) passes html-validate with its recommended rules',
    async ({ report, lang }) => {
      expect(await htmlProblems(html(report(), lang))).toEqual([]);
    },
  );

  it('validates every audit file of examples/, the sample and the batch with problems among them', () => {
    expect(exampleReports().map((e) => e.name)).toEqual(expect.arrayContaining(['sample-batch', 'batch-with-problems']));
  });

  it('is self-contained: A4 and print rules inline, no script, no external resource', () => {
    const out = html(problemReport());
    expect(out).toContain('@page{size:A4 portrait;');
    expect(out).toContain('@media print{');
    expect(out).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|\bhref=|url\(|@import|\bon\w+=/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(out.match(/https?:\/\/[^"\s]*/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('fails html-validate on a page it should (the validator is awake)', async () => {
    expect(await htmlProblems('<!DOCTYPE html><html><head><title>x</title></head><body><p><div></div></p></body></html>')).not.toEqual([]);
  });
});

describe('renderAuditReport: snapshots', () => {
  // One set per audit file of examples/ (a new example gets its snapshots on the first `vitest -u`).
  // Every page carries the same style sheet: it is snapshotted once (style.css), and each page's
  // snapshot holds the rest, with the sheet checked equal to that one.
  const STYLE = /<style>([\s\S]*?)<\/style>/;
  const styleOf = (page: string): string => STYLE.exec(page)?.[1] ?? '';
  it('gives every page the one style sheet', async () => {
    await expect(styleOf(html(handReport(), 'zh'))).toMatchFileSnapshot('__snapshots__/renderAuditReport/style.css');
  });

  it.each([...exampleReports(), { name: 'hand', report: handReport }])('$name in HTML and Markdown, zh and en', async ({ name, report }) => {
    const sheet = styleOf(html(handReport(), 'zh'));
    for (const lang of ['zh', 'en'] as const) {
      const page = html(report(), lang);
      expect(styleOf(page)).toBe(sheet);
      await expect(page.replace(STYLE, '<style>/* style.css */</style>')).toMatchFileSnapshot(`__snapshots__/renderAuditReport/${name}.${lang}.html`);
      await expect(markdown(report(), lang)).toMatchFileSnapshot(`__snapshots__/renderAuditReport/${name}.${lang}.md`);
    }
  });
});
