// The audit report as GitHub-flavoured Markdown, for a ticket or an email: the same content as
// the HTML page, the timeline as a numbered list of the steps. Every text from the report is
// escaped (a cell or a list item is one line). @internal
import { escapeMarkdown as md } from './escape.js';
import { passRateWords } from './view.js';
import type { ReportView } from './view.js';
import { WORDS } from './words.js';

function issueLines(view: ReportView): string[] {
  const words = WORDS[view.lang];
  const zh = view.lang === 'zh';
  const lines: string[] = [];
  for (const c of view.clauses) {
    if (c.issues.length === 0) continue;
    lines.push('', `### ${c.result.slice(0, 1)} ${md(c.section)} ${md(c.title)}`, '');
    for (const i of c.issues) {
      const where = i.field === '' ? '' : zh ? `（${words.at}：${md(i.field)}）` : ` (${words.at}: ${md(i.field)})`;
      lines.push(`- ${i.error ? `**${words.error}**` : words.warning}${zh ? '：' : ': '}${md(i.message)}${where}`);
    }
  }
  return lines;
}

/** The report as Markdown. */
export function renderMarkdown(view: ReportView): string {
  const words = WORDS[view.lang];
  const zh = view.lang === 'zh';
  const lines = [`# ${words.title}`, '', words.policy, '', `| ${words.identity} | |`, '|---|---|'];
  for (const r of view.identity) lines.push(`| ${md(r.label)} | ${r.given ? md(r.value) : `*${md(r.value)}*`} |`);
  lines.push('', `**${view.recognised ? words.recognised : words.notRecognised}**`, '', `## ${words.violations}`, '');
  if (view.violations.length === 0) lines.push(words.noViolation);
  for (const v of view.violations) {
    const where = v.field === '' ? '' : zh ? `（${words.at}${md(v.field)}）` : ` (${words.at} ${md(v.field)})`;
    lines.push(`- ${md(v.name)}${zh ? '：' : ': '}${md(v.source)}${where}`);
  }
  lines.push('', `## ${words.timeline}`, '');
  view.steps.forEach((s, i) => {
    const broken = s.ok ? '' : zh ? `（**${words.failed}** ${md(s.clauseSection ?? '')}）` : ` (**${words.failed}** ${md(s.clauseSection ?? '')})`;
    lines.push(`${i + 1}. ${s.ok ? '✓' : '✗'} ${md(s.section)} ${md(s.name)}${zh ? '：' : ': '}${md(s.dates)}${broken}`);
  });
  lines.push('', `## ${words.clauses}`, '', `| ${words.section} | ${words.clauseTitle} | ${words.result} | ${words.errors} | ${words.warnings} |`, '|---|---|---|---:|---:|');
  for (const c of view.clauses) {
    const errors = c.issues.filter((i) => i.error).length;
    lines.push(`| ${md(c.section)} | ${md(c.title)} | ${c.result} | ${errors} | ${c.issues.length - errors} |`);
  }
  lines.push(...issueLines(view), '', `## ${words.summary}`, '', view.counts, '', passRateWords(view, md), '');
  return lines.join('\n');
}
