// timelineSvg: the timeline of 四2 as inline SVG, compared whole on small hand-made reports (the
// positions follow from the drawing's size: the axis from x 190 to 670, rows 44 high from y 36).
import { describe, expect, it } from 'vitest';
import { timelineSvg } from '../../../src/audit/report/timelineSvg.js';
import { viewOf } from '../../../src/audit/report/view.js';
import type { AuditReport } from '../../../src/audit/types.js';
import { resolveCalendar } from '../../../src/calendar/resolve.js';

const svgOf = (timeline: unknown[], lang: 'zh' | 'en') =>
  timelineSvg(viewOf({ timeline } as unknown as AuditReport, lang, { calendar: undefined, internals: resolveCalendar(undefined, 'calendar.working_days'), policy: undefined }));

const LEGEND = {
  en: (y: number) => [
    `<rect x="0" y="${y}" width="12" height="12" fill="#e0e0e0"></rect><text x="18" y="${y + 11}" class="axis">rest days (weekends, holidays)</text>`,
    `<rect x="230" y="${y}" width="12" height="12" fill="none" stroke="#555" stroke-dasharray="2 2"></rect><text x="248" y="${y + 11}" class="axis">W make-up working day</text>`,
  ],
  zh: (y: number) => [
    `<rect x="0" y="${y}" width="12" height="12" fill="#e0e0e0"></rect><text x="18" y="${y + 11}" class="axis">休息日（周末、节假日）</text>`,
    `<rect x="230" y="${y}" width="12" height="12" fill="none" stroke="#555" stroke-dasharray="2 2"></rect><text x="248" y="${y + 11}" class="axis">班 调休上班日</text>`,
  ],
};

describe('timelineSvg, whole', () => {
  it('draws no axis, no bar and no legend when no step has a date; a failed step without clause says only that it failed', () => {
    expect(svgOf([{ step: 'certificates', ok: true }, { step: 'exam', ok: false }], 'en')).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 124" width="680" height="124" role="img" aria-label="The steps of the assessment (4.2)">',
        '<title>The steps of the assessment (4.2)</title>',
        '<text x="0" y="49" class="step" fill="#b00020">✗ 4.2(4) Exam</text>',
        '<text x="190" y="68" class="dates" fill="#b00020">no date given (failed)</text>',
        '<text x="0" y="93" class="step" fill="#1b5e20">✓ 4.2(6) Certificates issued</text>',
        '<text x="190" y="112" class="dates" fill="#1b5e20">no date given</text>',
        '</svg>',
      ].join(''),
    );
  });

  it.each([
    { lang: 'zh' as const, clause: undefined, dates: '未载明日期（不符合）' },
    { lang: 'zh' as const, clause: '', dates: '未载明日期（不符合）' },
    { lang: 'zh' as const, clause: 'exam.site', dates: '未载明日期（不符合 四2(4)）' },
    { lang: 'en' as const, clause: '', dates: 'no date given (failed)' },
    { lang: 'en' as const, clause: '五(二)', dates: 'no date given (failed 5(2))' },
  ])('writes a failed step\'s dates ($lang, clause $clause) as $dates', ({ lang, clause, dates }) => {
    expect(svgOf([{ step: 'exam', ok: false, clause }], lang)).toContain(`<text x="190" y="68" class="dates" fill="#b00020">${dates}</text></svg>`);
  });

  it('says the days past the calendar are not marked, below the legend, with no deadline in the legend when no plan has one', () => {
    expect(svgOf([{ step: 'exam', from: '2026-12-31', to: '2027-01-01', ok: true }], 'zh')).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 126" width="680" height="126" role="img" aria-label="考核流程（四2）">',
        '<title>考核流程（四2）</title>',
        '<line x1="190" y1="30" x2="670" y2="30" stroke="#555"></line>',
        '<text x="190" y="14" class="axis">2026年12月31日</text>',
        '<text x="670" y="14" class="axis" text-anchor="end">2027年1月1日</text>',
        '<text x="0" y="49" class="step" fill="#1b5e20">✓ 四2(4) 考务组织</text>',
        '<rect class="mark" data-step="exam" data-from="2026-12-31" data-to="2027-01-01" data-ok="true" x="190" y="38" width="480" height="14" fill="#1b5e20"></rect>',
        '<text x="190" y="68" class="dates" fill="#1b5e20">2026年12月31日至2027年1月1日</text>',
        ...LEGEND.zh(88),
        '<text x="0" y="117" class="axis">日历未收录的日期未作标注</text>',
        '</svg>',
      ].join(''),
    );
  });

  it('draws the rest days, a bar per dated step, nothing on an undated row, and the plan\'s deadline on its row and in the legend', () => {
    // From the deadline (Monday 4 March 2024) to the exam (Monday 11 March): 8 days of 60 units.
    const timeline = [{ step: 'exam', from: '2024-03-11', ok: true }, { step: 'announcement', ok: true }, { step: 'plan', from: '2024-03-05', ok: false, clause: 'plan.deadline' }];
    expect(svgOf(timeline, 'en')).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 196" width="680" height="196" role="img" aria-label="The steps of the assessment (4.2)">',
        '<title>The steps of the assessment (4.2)</title>',
        '<rect class="rest" data-day="2024-03-09" x="490" y="32" width="60" height="136" fill="#e0e0e0"></rect>',
        '<rect class="rest" data-day="2024-03-10" x="550" y="32" width="60" height="136" fill="#e0e0e0"></rect>',
        '<line x1="190" y1="30" x2="670" y2="30" stroke="#555"></line>',
        '<text x="190" y="14" class="axis">4 March 2024</text>',
        '<text x="670" y="14" class="axis" text-anchor="end">11 March 2024</text>',
        '<text x="0" y="49" class="step" fill="#1b5e20">✓ 4.2(1) Announcement</text>',
        '<text x="190" y="68" class="dates" fill="#1b5e20">no date given</text>',
        '<text x="0" y="93" class="step" fill="#b00020">✗ 4.2(3) Batch plan filed</text>',
        '<rect class="mark" data-step="plan" data-from="2024-03-05" data-to="2024-03-05" data-ok="false" x="250" y="82" width="60" height="14" fill="#b00020" stroke="#000" stroke-dasharray="3 2"></rect>',
        '<line class="deadline" data-day="2024-03-04" x1="250" y1="78" x2="250" y2="100" stroke="#000" stroke-width="2"></line>',
        '<text x="190" y="112" class="dates" fill="#b00020">5 March 2024 (due by 4 March 2024) (failed 4.2(3))</text>',
        '<text x="0" y="137" class="step" fill="#1b5e20">✓ 4.2(4) Exam</text>',
        '<rect class="mark" data-step="exam" data-from="2024-03-11" data-to="2024-03-11" data-ok="true" x="610" y="126" width="60" height="14" fill="#1b5e20"></rect>',
        '<text x="190" y="156" class="dates" fill="#1b5e20">11 March 2024</text>',
        ...LEGEND.en(176),
        '<line x1="416" y1="175" x2="416" y2="189" stroke="#000" stroke-width="2"></line><text x="424" y="187" class="axis">plan filing deadline (4.2(3))</text>',
        '</svg>',
      ].join(''),
    );
  });
});

describe('timelineSvg: the plan\'s due day when the plan has no date', () => {
  it('is drawn on the axis (x from 190 to 670), not before it', () => {
    const svg = svgOf([{ step: 'plan', ok: false, clause: 'plan.deadline' }, { step: 'exam', from: '2024-03-11', ok: true }], 'en');
    const xs = [...svg.matchAll(/\bx[12]?="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(0);
    expect(xs.filter((x) => x < 0 || x > 680)).toEqual([]);
    expect(svg).toContain('due by 4 March 2024');
  });
});
