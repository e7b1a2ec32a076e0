// The timeline of 四2 as an inline SVG: one row per step, its days as a bar on a common day scale,
// its dates in words beside it; a step that failed in red, with ✗ and the section of its clause.
// Behind the bars, the rest days (weekends and holidays) are shaded and the make-up working days
// (调休上班) marked, from the working-day calendar. Well-formed XML (every element closed, every
// text escaped), so that it is also valid inside HTML. Every mark carries its step or day in data
// attributes, for tests and for readers. @internal
import { isoOfDayNumber } from '../../core/dates.js';
import { escapeHtml } from './escape.js';
import type { ReportView, ViewStep } from './view.js';
import { dateWords, WORDS } from './words.js';

/** The drawing's size in user units (about 180 mm wide: the printable width of A4 portrait). */
const TIMELINE = { width: 680, axisLeft: 190, axisRight: 670, top: 36, row: 44, legend: 28 } as const;

const OK = '#1b5e20';
const FAILED = '#b00020';

type Scale = { readonly x: (day: number) => number; readonly dayWidth: number };

/** The x of the left edge of a day, and the width of one day. */
function dayScale(range: { first: number; last: number }): Scale {
  const dayWidth = (TIMELINE.axisRight - TIMELINE.axisLeft) / (range.last - range.first + 1);
  return { x: (day) => TIMELINE.axisLeft + (day - range.first) * dayWidth, dayWidth };
}

const n = (value: number) => String(Math.round(value * 100) / 100);

function row(step: ViewStep, index: number, scale: Scale | undefined, view: ReportView): string {
  const y = TIMELINE.top + index * TIMELINE.row;
  const colour = step.ok ? OK : FAILED;
  const words = WORDS[view.lang];
  const name = `${step.ok ? '✓' : '✗'} ${step.section} ${step.name}`;
  const parts = [`<text x="0" y="${y + 13}" class="step" fill="${colour}">${escapeHtml(name)}</text>`];
  if (scale !== undefined && step.fromDay !== undefined) {
    const last = step.toDay ?? step.fromDay;
    const x = scale.x(step.fromDay);
    const width = scale.x(last) + scale.dayWidth - x;
    parts.push(
      `<rect class="mark" data-step="${escapeHtml(step.step)}" data-from="${isoOfDayNumber(step.fromDay)}" data-to="${isoOfDayNumber(last)}" data-ok="${step.ok}" ` +
        `x="${n(x)}" y="${y + 2}" width="${n(Math.max(width, 2))}" height="14" fill="${colour}"${step.ok ? '' : ' stroke="#000" stroke-dasharray="3 2"'}></rect>`,
    );
  }
  if (scale !== undefined && step.deadlineDay !== undefined) {
    const x = n(scale.x(step.deadlineDay) + scale.dayWidth);
    parts.push(
      `<line class="deadline" data-day="${isoOfDayNumber(step.deadlineDay)}" x1="${x}" y1="${y - 2}" x2="${x}" y2="${y + 20}" stroke="#000" stroke-width="2"></line>`,
    );
  }
  const broken = `${words.failed}${step.clauseSection === undefined || step.clauseSection === '' ? '' : ` ${step.clauseSection}`}`;
  const dates = step.ok ? step.dates : view.lang === 'zh' ? `${step.dates}（${broken}）` : `${step.dates} (${broken})`;
  parts.push(`<text x="${TIMELINE.axisLeft}" y="${y + 32}" class="dates" fill="${colour}">${escapeHtml(dates)}</text>`);
  return parts.join('');
}

/** The rest days shaded and the make-up days marked, across every row. */
function calendarDays(view: ReportView, scale: Scale, bottom: number): string {
  const words = WORDS[view.lang];
  return (view.range?.days ?? [])
    .map((d) => {
      const x = n(scale.x(d.day));
      const at = `data-day="${isoOfDayNumber(d.day)}" x="${x}" y="${TIMELINE.top - 4}" width="${n(scale.dayWidth)}" height="${bottom - TIMELINE.top + 4}"`;
      return d.kind === 'rest'
        ? `<rect class="rest" ${at} fill="#e0e0e0"></rect>`
        : `<rect class="makeup" ${at} fill="none" stroke="#555" stroke-dasharray="2 2"></rect>` +
            `<text x="${n(scale.x(d.day) + scale.dayWidth / 2)}" y="${TIMELINE.top - 8}" class="axis" text-anchor="middle">${escapeHtml(words.makeupMark)}</text>`;
    })
    .join('');
}

function legend(view: ReportView, y: number): string {
  const words = WORDS[view.lang];
  const parts = [
    `<rect x="0" y="${y}" width="12" height="12" fill="#e0e0e0"></rect><text x="18" y="${y + 11}" class="axis">${escapeHtml(words.restDays)}</text>`,
    `<rect x="230" y="${y}" width="12" height="12" fill="none" stroke="#555" stroke-dasharray="2 2"></rect><text x="248" y="${y + 11}" class="axis">${escapeHtml(`${words.makeupMark} ${words.makeupDay}`)}</text>`,
  ];
  if (view.steps.some((s) => s.deadlineDay !== undefined)) {
    parts.push(`<line x1="416" y1="${y - 1}" x2="416" y2="${y + 13}" stroke="#000" stroke-width="2"></line><text x="424" y="${y + 11}" class="axis">${escapeHtml(words.deadline)}</text>`);
  }
  if (view.range?.uncovered === true) parts.push(`<text x="0" y="${y + 29}" class="axis">${escapeHtml(words.uncovered)}</text>`);
  return parts.join('');
}

/** The timeline as an `<svg>` element. */
export function timelineSvg(view: ReportView): string {
  const range = view.range;
  const scale = range === undefined ? undefined : dayScale(range);
  const bottom = TIMELINE.top + Math.max(view.steps.length, 1) * TIMELINE.row;
  const height = bottom + (scale === undefined ? 0 : TIMELINE.legend + (range?.uncovered === true ? 18 : 0));
  const title = WORDS[view.lang].timeline;
  const axis =
    range === undefined || scale === undefined
      ? ''
      : calendarDays(view, scale, bottom) +
        `<line x1="${TIMELINE.axisLeft}" y1="${TIMELINE.top - 6}" x2="${TIMELINE.axisRight}" y2="${TIMELINE.top - 6}" stroke="#555"></line>` +
        `<text x="${TIMELINE.axisLeft}" y="${TIMELINE.top - 22}" class="axis">${escapeHtml(dateWords(isoOfDayNumber(range.first), view.lang))}</text>` +
        `<text x="${TIMELINE.axisRight}" y="${TIMELINE.top - 22}" class="axis" text-anchor="end">${escapeHtml(dateWords(isoOfDayNumber(range.last), view.lang))}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${TIMELINE.width} ${height}" width="${TIMELINE.width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>` +
    axis +
    view.steps.map((s, i) => row(s, i, scale, view)).join('') +
    (scale === undefined ? '' : legend(view, bottom + 8)) +
    `</svg>`
  );
}
