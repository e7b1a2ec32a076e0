// The audit report as one self-contained HTML page, for a clerk to read and print on A4: inline
// CSS (with @page and print rules), the timeline as inline SVG, no script, no external resource.
// @internal
import { escapeHtml } from './escape.js';
import { timelineSvg } from './timelineSvg.js';
import { passRateWords } from './view.js';
import type { ReportView, ViewClause } from './view.js';
import { WORDS } from './words.js';

const CSS = `@page{size:A4 portrait;margin:18mm 16mm}
*{box-sizing:border-box}
body{margin:0 auto;max-width:178mm;padding:8mm 0;color:#000;background:#fff;font:10.5pt/1.6 "SimSun","Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif}
h1,h2{font-family:"SimHei","Heiti SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif}
h1{font-size:18pt;text-align:center;margin:0 0 2mm}
h2{font-size:13pt;margin:6mm 0 2mm;break-after:avoid;page-break-after:avoid}
.policy{text-align:center;margin:0 0 4mm}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #000;padding:1mm 2mm;text-align:left;vertical-align:top}
th{background:#eee}
thead{display:table-header-group}
tr,figure,.verdict{break-inside:avoid;page-break-inside:avoid}
.verdict{margin:5mm 0;padding:3mm;border:2px solid;font-size:15pt;font-weight:bold;text-align:center}
.no{color:#b00020}
.yes{color:#1b5e20}
.missing{color:#555}
ul{margin:0;padding-left:5mm}
figure{margin:0}
svg{display:block;width:100%;height:auto;font-size:13px}
svg .step{font-weight:bold}
svg .axis{fill:#333;font-size:11px}
@media print{body{max-width:none;padding:0}th{background:none}}`;

function identityTable(view: ReportView): string {
  const rows = view.identity.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td${r.given ? '' : ' class="missing"'}>${escapeHtml(r.value)}</td></tr>`);
  return `<table class="identity"><caption>${escapeHtml(WORDS[view.lang].identity)}</caption><tbody>${rows.join('')}</tbody></table>`;
}

function violations(view: ReportView): string {
  const words = WORDS[view.lang];
  if (view.violations.length === 0) return `<p>${escapeHtml(words.noViolation)}</p>`;
  const sep = view.lang === 'zh' ? '：' : ': ';
  const items = view.violations.map((v) => {
    const where = v.field === '' ? '' : view.lang === 'zh' ? `（${words.at}${v.field}）` : ` (${words.at} ${v.field})`;
    return `<li>${escapeHtml(`${v.name}${sep}${v.source}${where}`)}</li>`;
  });
  return `<ul class="violations no">${items.join('')}</ul>`;
}

function issues(clause: ViewClause, view: ReportView): string {
  const words = WORDS[view.lang];
  if (clause.issues.length === 0) return escapeHtml(words.none);
  const items = clause.issues.map((i) => {
    const kind = i.error ? words.error : words.warning;
    const where = i.field === '' ? '' : view.lang === 'zh' ? `（${words.at}：${i.field}）` : ` (${words.at}: ${i.field})`;
    return `<li${i.error ? ' class="no"' : ''}>${escapeHtml(`${kind}${view.lang === 'zh' ? '：' : ': '}${i.message}${where}`)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function clauseTable(view: ReportView): string {
  const words = WORDS[view.lang];
  const head = `<thead><tr><th scope="col">${escapeHtml(words.section)}</th><th scope="col">${escapeHtml(words.clauseTitle)}</th><th scope="col">${escapeHtml(words.result)}</th><th scope="col">${escapeHtml(words.issues)}</th></tr></thead>`;
  const rows = view.clauses.map(
    (c) =>
      `<tr><td>${escapeHtml(c.section)}</td><td>${escapeHtml(c.title)}</td>` +
      `<td class="${c.result.startsWith('—') ? 'missing' : c.ok ? 'yes' : 'no'}">${escapeHtml(c.result)}</td><td>${issues(c, view)}</td></tr>`,
  );
  return `<table class="clauses">${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** The report as an HTML document. */
export function renderHtml(view: ReportView): string {
  const words = WORDS[view.lang];
  const verdict = view.recognised ? words.recognised : words.notRecognised;
  return [
    '<!DOCTYPE html>',
    `<html lang="${view.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(words.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(words.title)}</h1>`,
    `<p class="policy">${escapeHtml(words.policy)}</p>`,
    identityTable(view),
    `<p class="verdict ${view.recognised ? 'yes' : 'no'}">${escapeHtml(verdict)}</p>`,
    `<h2>${escapeHtml(words.violations)}</h2>`,
    violations(view),
    `<h2>${escapeHtml(words.timeline)}</h2>`,
    `<figure>${timelineSvg(view)}</figure>`,
    `<h2>${escapeHtml(words.clauses)}</h2>`,
    clauseTable(view),
    `<h2>${escapeHtml(words.summary)}</h2>`,
    `<p>${escapeHtml(view.counts)}</p>`,
    `<p>${passRateWords(view, escapeHtml)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
