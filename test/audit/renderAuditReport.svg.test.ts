// The timeline of renderAuditReport's HTML, read back as XML: it must be well-formed (a strict
// parser, saxes), and have one mark per dated step, at its days on one scale.
import { describe, expect, it } from 'vitest';
import { renderAuditReport } from '../../src/audit/index.js';
import { createWorkdayCalendar, isWorkingDay } from '../../src/index.js';
import type { AuditReport } from '../../src/audit/index.js';
import { parseSvg } from '../helpers/svg.js';
import type { Element } from '../helpers/svg.js';
import { handReport, problemReport, sampleReport } from './reports.js';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('renderAuditReport: the timeline (SVG)', () => {
  it('is well-formed XML in the SVG namespace (the strict parser is awake: it refuses a broken one)', () => {
    const { elements } = parseSvg(renderAuditReport(sampleReport(), { format: 'html' }));
    expect(elements[0]?.name).toBe('svg');
    expect(elements[0]?.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(() => parseSvg('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parseSvg('<svg><rect></svg>')).toThrow();
  });

  it.each([
    { name: 'the sample batch', report: sampleReport },
    { name: 'the batch with problems', report: problemReport },
    { name: 'a report built by hand', report: handReport },
  ])('$name: one mark per dated step, at its days on one scale, red when it failed', ({ report }) => {
    const audit: AuditReport = report();
    const { elements } = parseSvg(renderAuditReport(audit, { format: 'html' }));
    const marks = elements.filter((e) => e.name === 'rect' && e.attributes.class === 'mark');
    const dated = audit.timeline.filter((s) => s.from !== undefined);
    expect(marks.map((m) => m.attributes['data-step'])).toEqual(dated.map((s) => s.step));
    expect(marks.map((m) => [m.attributes['data-from'], m.attributes['data-to']])).toEqual(dated.map((s) => [s.from, s.to ?? s.from]));
    // The axis runs from the left edge of the first day to the right edge of the last.
    const axis = elements.find((e) => e.name === 'line') as Element;
    const [left, right] = [Number(axis.attributes.x1), Number(axis.attributes.x2)];
    const days = dated.flatMap((s) => [day(s.from as string), day(s.to ?? (s.from as string))]);
    const [first, last] = [Math.min(...days), Math.max(...days)];
    const width = (right - left) / (last - first + 1);
    for (const [i, mark] of marks.entries()) {
      const step = dated[i] as AuditReport['timeline'][number];
      expect(Number(mark.attributes.x)).toBeCloseTo(left + (day(step.from as string) - first) * width, 1);
      expect(Number(mark.attributes.width)).toBeCloseTo((day(step.to ?? (step.from as string)) - day(step.from as string) + 1) * width, 1);
      expect(mark.attributes['data-ok']).toBe(String(step.ok));
      expect(mark.attributes.fill).toBe(step.ok ? '#1b5e20' : '#b00020');
    }
  });

  it('writes the dates in words, says when a step has no date, and marks a failed step with ✗ and its clause', () => {
    const { text } = parseSvg(renderAuditReport(handReport(), { format: 'html' }));
    expect(text).toContain('✓ 四2(1) 发布公告未载明日期');
    expect(text).toContain('✗ 四2(3) 制定计划');
    expect(text).toContain('2024年3月5日（应不晚于2024年3月4日）（不符合 四2(3)）');
    expect(text).toContain('2024年3月13日至2024年3月19日');
    const en = parseSvg(renderAuditReport(handReport(), { format: 'html', lang: 'en' })).text;
    expect(en).toContain('5 March 2024 (due by 4 March 2024) (failed 4.2(3))');
  });

  it('draws no mark and no axis when no step has a date, and skips a date that is no date', () => {
    const none = { ...handReport(), timeline: handReport().timeline.map(({ step, clause, ok }) => ({ step, clause, ok })) };
    expect(parseSvg(renderAuditReport(none, { format: 'html' })).elements.map((e) => e.name)).toEqual(['svg', 'title', ...Array(12).fill('text')]);
    const odd = { ...handReport(), timeline: [{ step: 'exam', from: '2024-02-30', clause: 'exam.site', ok: true }] } as unknown as AuditReport;
    const parsed = parseSvg(renderAuditReport(odd, { format: 'html' }));
    expect(parsed.elements.some((e) => e.name === 'rect')).toBe(false);
    expect(parsed.text).toContain('2024-02-30');
  });

  it('shades every rest day between the first and the last day and marks every make-up working day, as isWorkingDay says (National Day 2025)', () => {
    const audit = sampleReport();
    const { elements, text } = parseSvg(renderAuditReport(audit, { format: 'html' }));
    const dated = audit.timeline.flatMap((s) => (s.from === undefined ? [] : [day(s.from), day(s.to ?? s.from)]));
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    const all = Array.from({ length: Math.max(...dated) - Math.min(...dated) + 1 }, (_, i) => iso(Math.min(...dated) + i));
    const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const of = (kind: string) => elements.filter((e) => e.name === 'rect' && e.attributes.class === kind).map((e) => e.attributes['data-day']);
    expect(of('rest')).toEqual(all.filter((d) => !isWorkingDay(d)));
    expect(of('makeup')).toEqual(all.filter((d) => isWorkingDay(d) && weekend(d)));
    expect(of('rest')).toContain('2025-10-08');
    expect(of('makeup')).toContain('2025-09-28');
    expect(text).toContain('2025年10月15日至2025年10月21日（5个工作日）');
    expect(text).toContain('休息日（周末、节假日）');
    expect(text).not.toContain('日历未收录');
  });

  it('never guesses a day the calendar does not cover, and shades it with a calendar given for that year', () => {
    const r = handReport();
    const in2027 = { ...r, timeline: [{ step: 'exam', from: '2027-01-01', to: '2027-01-04', clause: 'exam.site', ok: true }] } as AuditReport;
    const plain = parseSvg(renderAuditReport(in2027, { format: 'html' }));
    expect(plain.elements.filter((e) => e.attributes.class === 'rest')).toEqual([]);
    expect(plain.text).toContain('日历未收录的日期未作标注');
    const calendar = createWorkdayCalendar({ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
    const given = parseSvg(renderAuditReport(in2027, { format: 'html', calendar }));
    expect(given.elements.filter((e) => e.attributes.class === 'rest').map((e) => e.attributes['data-day'])).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(given.text).not.toContain('日历未收录');
  });

  it.each([
    { name: 'the hand report (exam on Monday 11 March 2024)', report: handReport, deadline: '2024-03-04' },
    { name: 'the sample batch (exam on 13 October 2025, after National Day)', report: sampleReport, deadline: '2025-09-29' },
  ])('marks the plan\'s filing deadline on its row: $name', ({ report, deadline }) => {
    const audit: AuditReport = report();
    const { elements } = parseSvg(renderAuditReport(audit, { format: 'html' }));
    const line = elements.filter((e) => e.name === 'line' && e.attributes.class === 'deadline');
    expect(line.map((e) => e.attributes['data-day'])).toEqual([deadline]);
    const axis = elements.find((e) => e.name === 'line') as Element;
    const days = audit.timeline.flatMap((s) => (s.from === undefined ? [] : [day(s.from), day(s.to ?? s.from)]));
    const width = (Number(axis.attributes.x2) - Number(axis.attributes.x1)) / (Math.max(...days) - Math.min(...days) + 1);
    // At the end of the deadline day: filing on it is in time.
    expect(Number(line[0]?.attributes.x1)).toBeCloseTo(Number(axis.attributes.x1) + (day(deadline) - Math.min(...days) + 1) * width, 1);
  });

  it('marks no deadline when the exam has no date or is outside the calendar', () => {
    const r = handReport();
    const noExam = { ...r, timeline: r.timeline.filter((s) => s.step !== 'exam') } as AuditReport;
    expect(parseSvg(renderAuditReport(noExam, { format: 'html' })).elements.some((e) => e.attributes.class === 'deadline')).toBe(false);
    const late = { ...r, timeline: r.timeline.map((s) => (s.step === 'exam' ? { ...s, from: '2027-03-01', to: '2027-03-02' } : s)) } as AuditReport;
    expect(parseSvg(renderAuditReport(late, { format: 'html' })).elements.some((e) => e.attributes.class === 'deadline')).toBe(false);
  });
});
