// Hostile input: every text of the report carries HTML, SVG and Markdown syntax. The page must
// parse to the same elements and attributes as a report of plain words (nothing came from the
// input), and show the hostile text as text, wherever a plain word shows.
import fc from 'fast-check';
import { HtmlValidate, Parser, StaticConfigLoader } from 'html-validate';
import type { HtmlElement } from 'html-validate';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { renderAuditReport } from '../../src/audit/index.js';
import type { AuditReport } from '../../src/audit/index.js';
import { parseSvg } from '../helpers/svg.js';
import { handReport } from './reports.js';

const HOSTILE = `<script>alert(1)</script>"'><img src=x onerror=alert(1)>|a|b| \`code\` *em* _u_ ~~s~~ $x$ [link](http://evil.example) www.evil.example a@evil.example &amp; &lt; \\\n# heading`;

/** The hand report with every text (names, codes, dates, steps, clauses, messages, paths) set to `text`. */
function reportOf(text: string): AuditReport {
  const r = handReport();
  return {
    ...r,
    passRate: { candidates: 10, passed: 7, passRate: text },
    batch: { institution: text, institutionCode: text, item: text, district: text },
    violations: r.violations.map((v) => ({ ...v, violation: text, path: [text, 0, text] })),
    timeline: [...r.timeline.map((s) => ({ ...s, from: text, to: text })), { step: text as 'exam', from: text, clause: text as 'exam.site', ok: false }],
    clauses: r.clauses.map((c) => ({
      ...c,
      section: text,
      title: text,
      titleEn: text,
      issues: c.issues.map((i) => ({ ...i, code: text, message: text, messageEn: text, path: [text, 1, text], received: text })),
    })),
  } as unknown as AuditReport;
}

const parser = new Parser(new StaticConfigLoader().getConfigFor('inline') as never);
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** The elements of an HTML page (html-validate's parser) and of its SVG (saxes), with their attribute names. */
function structure(page: string): string[] {
  const out: string[] = [];
  const walk = (node: HtmlElement) => {
    for (const child of node.childElements) {
      out.push(`${child.tagName}[${child.attributes.map((a) => a.key).join(',')}]`);
      walk(child);
    }
  };
  walk(parser.parseHtml(page));
  if (page.includes('<svg')) out.push(...parseSvg(page).elements.map((e) => `${e.name}[${Object.keys(e.attributes).join(',')}]`));
  return out;
}

/** The text a reader sees: tags dropped, character references read. */
function shownText(page: string): string {
  return page
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|amp|#\d+);/g, (_, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ({ lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>)[name] as string));
}

const markdownHtml = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true, allowDangerousProtocol: true });
const count = (text: string, part: string) => text.split(part).length - 1;

describe.each(['zh', 'en'] as const)('renderAuditReport with hostile input (%s)', (lang) => {
  const plain = reportOf('MARK');
  const hostile = reportOf(HOSTILE);

  it('HTML: the same elements and attributes as with plain words, the hostile text shown as text wherever a plain word shows', async () => {
    const [a, b] = [renderAuditReport(plain, { format: 'html', lang }), renderAuditReport(hostile, { format: 'html', lang })];
    expect(structure(b)).toEqual(structure(a));
    expect(b).not.toContain('<script');
    expect(b).not.toContain('<img');
    expect(count(a, 'MARK')).toBeGreaterThanOrEqual(15);
    expect(count(shownText(b), HOSTILE)).toBe(count(a, 'MARK'));
    expect((await validator.validateString(b)).valid).toBe(true);
  });

  it('Markdown: read by a GFM parser, the same elements as with plain words, the hostile text shown whole, on one line', () => {
    const [a, b] = [renderAuditReport(plain, { format: 'markdown', lang }), renderAuditReport(hostile, { format: 'markdown', lang })];
    const [ha, hb] = [markdownHtml(a), markdownHtml(b)];
    expect(structure(hb)).toEqual(structure(ha));
    expect(hb).not.toMatch(/<(script|img|a|code|em|del)\b/);
    expect(count(ha, 'MARK')).toBeGreaterThanOrEqual(15);
    expect(count(shownText(hb), HOSTILE.replace('\n', ' '))).toBe(count(ha, 'MARK'));
  });
});

// Random reports: any text (lone surrogates and control characters included) in every field.
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const messageText = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '|', '`', '*', '_', '#', '[', ']', '(', ')', '\\', '~', '$', ':', '@', 'w', '.', 'a', '1', '中', '。', ' ', '\n'), maxLength: 30 });
const date = fc.oneof(fc.integer({ min: 18_000, max: 22_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)), anyText);
const path = fc.array(fc.oneof(anyText, fc.nat(5), fc.constantFrom('batch', 'certificates', 'exam', 'registrations')), { maxLength: 4 });
const issue = fc.record({ code: anyText, severity: fc.constantFrom('error', 'warning'), clause: anyText, message: messageText, messageEn: messageText, path });
const report = fc.record(
  {
    ok: fc.boolean(),
    errors: fc.nat(50),
    warnings: fc.nat(50),
    passRate: fc.record({ candidates: fc.nat(99), passed: fc.nat(99), passRate: anyText }),
    batch: fc.record({ institution: anyText, institutionCode: anyText, item: anyText, district: fc.oneof(anyText, fc.constantFrom('370402', '370481')) }, { requiredKeys: [] }),
    timeline: fc.array(
      fc.record({ step: fc.oneof(fc.constantFrom('announcement', 'registration', 'plan', 'exam', 'results_publicity', 'certificates'), anyText), from: date, to: date, clause: anyText, ok: fc.boolean() }, { requiredKeys: ['step', 'ok'] }),
      { maxLength: 7 },
    ),
    violations: fc.array(fc.record({ violation: anyText, source: fc.constantFrom('derived', 'finding'), path, clause: anyText }), { maxLength: 3 }),
    resultsRecognised: fc.boolean(),
    clauses: fc.array(fc.record({ clause: anyText, section: anyText, title: anyText, titleEn: anyText, ok: fc.boolean(), issues: fc.array(issue, { maxLength: 3 }) }), { maxLength: 5 }),
  },
  { requiredKeys: ['clauses', 'timeline', 'violations'] },
) as unknown as fc.Arbitrary<AuditReport>;

describe('renderAuditReport on random reports', () => {
  it('never throws, always gives valid HTML with a well-formed SVG, and shows every issue message as text', async () => {
    await fc.assert(
      fc.asyncProperty(report, fc.constantFrom('zh', 'en' as const), async (r, lang) => {
        const page = renderAuditReport(r, { format: 'html', lang });
        const problems = (await validator.validateString(page)).results.flatMap((x) => x.messages.map((m) => `${m.ruleId}: ${m.message}`));
        expect(problems).toEqual([]);
        expect(() => parseSvg(page)).not.toThrow();
        const shown = shownText(page);
        for (const c of r.clauses) for (const i of c.issues) expect(shown).toContain(lang === 'zh' ? i.message : i.messageEn);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws, and in Markdown every issue message is shown as text on one line, nothing of it read as markup', () => {
    fc.assert(
      fc.property(report, fc.constantFrom('zh', 'en' as const), (r, lang) => {
        const shown = shownText(markdownHtml(renderAuditReport(r, { format: 'markdown', lang }))).replace(/\s+/g, ' ');
        for (const c of r.clauses) {
          for (const i of c.issues) expect(shown).toContain((lang === 'zh' ? i.message : i.messageEn).replace(/\s+/g, ' ').trim());
        }
      }),
      { numRuns: 200 },
    );
  });
});
