// viewOf: the audit report read into what is printed, compared whole (toStrictEqual: a key present
// as undefined is a difference) on reports built by hand with odd values: counts that are no
// numbers, steps out of order and tied, a step whose last day is before its first, a results
// publicity of one day, a range longer than the marked-days limit, a calendar given or not.
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../src/audit/report/view.js';
import type { ReportView, ViewStep } from '../../../src/audit/report/view.js';
import type { AuditReport } from '../../../src/audit/types.js';
import { resolveCalendar } from '../../../src/calendar/resolve.js';
import { isoDayNumber, isoOfDayNumber } from '../../../src/core/dates.js';
import { createWorkdayCalendar, isWorkingDay } from '../../../src/index.js';
import type { WorkdayCalendar } from '../../../src/index.js';

const day = (iso: string) => isoDayNumber(iso) as number;
const on = (calendar?: WorkdayCalendar) => ({ calendar, internals: resolveCalendar(calendar, 'calendar.working_days'), policy: undefined });
const view = (report: unknown, lang: 'zh' | 'en' = 'zh', calendar?: WorkdayCalendar): ReportView => viewOf(report as AuditReport, lang, on(calendar));
const stepsOf = (timeline: unknown[], lang: 'zh' | 'en' = 'zh'): readonly ViewStep[] => view({ timeline }, lang).steps;

describe('viewOf: a report of odd values, whole', () => {
  it('reads counts that are no finite numbers as 0, an empty or non-text batch field as not given, a list that is no list as empty', () => {
    const report = {
      errors: '3',
      warnings: Infinity,
      batch: { institution: '', institutionCode: 37040001, item: '面点制作' },
      violations: 'none',
      clauses: 'none',
      timeline: 'none',
      passRate: { candidates: '10', passed: NaN, passRate: 70 },
    };
    expect(view(report)).toStrictEqual({
      lang: 'zh',
      identity: [
        { label: '考核机构', value: '未填写', given: false },
        { label: '机构代码', value: '未填写', given: false },
        { label: '考核项目', value: '面点制作', given: true },
        { label: '考核所在区（市）', value: '未填写', given: false },
      ],
      recognised: false,
      violations: [],
      steps: [],
      clauses: [],
      counts: '共核查0条条款，0条不符合；错误0个，警告0个。',
      passRate: { candidates: 0, passed: 0, rate: '70' },
    });
    expect(view({ errors: -Infinity, warnings: 2, passRate: { candidates: 4, passed: 3, passRate: '75.00' } }, 'en')).toStrictEqual({
      lang: 'en',
      identity: [
        { label: 'Assessment institution', value: 'not given', given: false },
        { label: 'Institution code', value: 'not given', given: false },
        { label: 'Item assessed', value: 'not given', given: false },
        { label: 'District of the batch', value: 'not given', given: false },
      ],
      recognised: false,
      violations: [],
      steps: [],
      clauses: [],
      counts: '0 clauses checked, 0 failed; 0 errors, 2 warnings.',
      passRate: { candidates: 4, passed: 3, rate: '75.00' },
    });
  });

  it('puts clauses of no known id after the known ones, ties in the order given, and steps of no known kind after the six', () => {
    const report = {
      clauses: [
        { clause: 'zzz', section: 'A', title: 'a', ok: true },
        { clause: 'yyy', section: 'B', title: 'b', ok: false },
        { clause: 'certificate.code', section: '附件3', title: 'c', ok: true },
        { clause: 'zzz', section: 'C', title: 'd', ok: true },
        { clause: 'assessment.method', section: '四1', title: 'e', ok: true },
      ],
      timeline: [
        { step: 'other', from: '2024-03-01' },
        { step: 'results_publicity', from: '2024-03-13', to: '2024-03-13' },
        { step: 'exam', from: '2024-03-11' },
        { step: 'exam', from: '2024-03-12', ok: false, clause: 'x.y' },
        { step: 'exam', ok: false },
      ],
    };
    expect(view(report)).toStrictEqual({
      lang: 'zh',
      identity: [
        { label: '考核机构', value: '未填写', given: false },
        { label: '机构代码', value: '未填写', given: false },
        { label: '考核项目', value: '未填写', given: false },
        { label: '考核所在区（市）', value: '未填写', given: false },
      ],
      recognised: false,
      violations: [],
      steps: [
        { step: 'exam', name: '考务组织', section: '四2(4)', ok: true, fromDay: day('2024-03-11'), from: '2024-03-11', dates: '2024年3月11日' },
        { step: 'exam', name: '考务组织', section: '四2(4)', ok: false, fromDay: day('2024-03-12'), from: '2024-03-12', dates: '2024年3月12日', clauseSection: 'x.y' },
        { step: 'exam', name: '考务组织', section: '四2(4)', ok: false, dates: '未载明日期', clauseSection: '' },
        { step: 'results_publicity', name: '结果公示', section: '四2(5)', ok: true, fromDay: day('2024-03-13'), from: '2024-03-13', toDay: day('2024-03-13'), to: '2024-03-13', dates: '2024年3月13日（1个工作日）' },
        { step: 'other', name: 'other', section: '', ok: true, fromDay: day('2024-03-01'), from: '2024-03-01', dates: '2024年3月1日' },
      ],
      // 2 and 3, 9 and 10 March 2024 are the weekends between Friday 1 March and Wednesday 13 March.
      range: {
        first: day('2024-03-01'),
        last: day('2024-03-13'),
        days: ['2024-03-02', '2024-03-03', '2024-03-09', '2024-03-10'].map((d) => ({ day: day(d), kind: 'rest' })),
        uncovered: false,
      },
      clauses: [
        { section: '四1', title: 'e', ok: true, result: '✓ 符合', issues: [] },
        { section: '附件3', title: 'c', ok: true, result: '✓ 符合', issues: [] },
        { section: 'A', title: 'a', ok: true, result: '✓ 符合', issues: [] },
        { section: 'B', title: 'b', ok: false, result: '✗ 不符合', issues: [] },
        { section: 'C', title: 'd', ok: true, result: '✓ 符合', issues: [] },
      ],
      counts: '共核查5条条款，1条不符合；错误0个，警告0个。',
    });
  });

  it('keeps many tied clauses and steps in the order given', () => {
    const clauses = Array.from({ length: 40 }, (_, i) => ({ clause: i % 2 === 0 ? 'unknown' : 'assessment.method', section: String(i), title: 't', ok: true }));
    expect(view({ clauses }).clauses.map((c) => c.section)).toEqual([...clauses.filter((_, i) => i % 2 === 1), ...clauses.filter((_, i) => i % 2 === 0)].map((c) => c.section));
    const timeline = Array.from({ length: 40 }, (_, i) => ({ step: i % 2 === 0 ? 'certificates' : 'exam', clause: String(i), ok: false }));
    expect(view({ timeline }).steps.map((s) => s.clauseSection)).toEqual([...timeline.filter((_, i) => i % 2 === 1), ...timeline.filter((_, i) => i % 2 === 0)].map((s) => s.clause));
  });
});

describe('viewOf: a step, its days and its working days', () => {
  const publicity = { step: 'results_publicity', name: '结果公示', section: '四2(5)', ok: true } as const;
  it.each<{ name: string; given: Record<string, unknown>; step: ViewStep }>([
    { name: 'from and to (Wednesday to Tuesday: 5 working days)', given: { from: '2024-03-13', to: '2024-03-19' }, step: { ...publicity, fromDay: day('2024-03-13'), from: '2024-03-13', toDay: day('2024-03-19'), to: '2024-03-19', dates: '2024年3月13日至2024年3月19日（5个工作日）' } },
    { name: 'one day, a working day', given: { from: '2024-03-13', to: '2024-03-13' }, step: { ...publicity, fromDay: day('2024-03-13'), from: '2024-03-13', toDay: day('2024-03-13'), to: '2024-03-13', dates: '2024年3月13日（1个工作日）' } },
    { name: 'one day, a Saturday', given: { from: '2024-03-16', to: '2024-03-16' }, step: { ...publicity, fromDay: day('2024-03-16'), from: '2024-03-16', toDay: day('2024-03-16'), to: '2024-03-16', dates: '2024年3月16日（0个工作日）' } },
    { name: 'from only', given: { from: '2024-03-13' }, step: { ...publicity, fromDay: day('2024-03-13'), from: '2024-03-13', dates: '2024年3月13日' } },
    { name: 'to only', given: { to: '2024-03-19' }, step: { ...publicity, dates: '2024年3月19日' } },
    { name: 'to before from', given: { from: '2024-03-19', to: '2024-03-13' }, step: { ...publicity, fromDay: day('2024-03-19'), from: '2024-03-19', dates: '2024年3月19日至2024年3月13日' } },
    { name: 'to no date', given: { from: '2024-03-13', to: '2024-02-30' }, step: { ...publicity, fromDay: day('2024-03-13'), from: '2024-03-13', dates: '2024年3月13日至2024-02-30' } },
    { name: 'beyond the calendar', given: { from: '2026-12-28', to: '2027-01-05' }, step: { ...publicity, fromDay: day('2026-12-28'), from: '2026-12-28', toDay: day('2027-01-05'), to: '2027-01-05', dates: '2026年12月28日至2027年1月5日' } },
  ])('a results publicity, $name', ({ given, step }) => {
    expect(stepsOf([{ step: 'results_publicity', clause: 'results.publicity', ok: true, ...given }])).toStrictEqual([step]);
  });

  it.each<{ name: string; given: Record<string, unknown>; step: ViewStep }>([
    { name: 'registration from and to: no working days counted', given: { step: 'registration', from: '2024-02-26', to: '2024-03-01' }, step: { step: 'registration', name: '组织报名', section: '四2(2)', ok: true, fromDay: day('2024-02-26'), from: '2024-02-26', toDay: day('2024-03-01'), to: '2024-03-01', dates: '2024年2月26日至2024年3月1日' } },
    { name: 'exam, to before from', given: { step: 'exam', from: '2024-03-12', to: '2024-03-11' }, step: { step: 'exam', name: '考务组织', section: '四2(4)', ok: true, fromDay: day('2024-03-12'), from: '2024-03-12', dates: '2024年3月12日至2024年3月11日' } },
    { name: 'exam, to only', given: { step: 'exam', to: '2024-03-12' }, step: { step: 'exam', name: '考务组织', section: '四2(4)', ok: true, dates: '2024年3月12日' } },
    { name: 'exam, one day', given: { step: 'exam', from: '2024-03-12', to: '2024-03-12' }, step: { step: 'exam', name: '考务组织', section: '四2(4)', ok: true, fromDay: day('2024-03-12'), from: '2024-03-12', toDay: day('2024-03-12'), to: '2024-03-12', dates: '2024年3月12日' } },
    { name: 'failed, its clause known', given: { step: 'exam', ok: false, clause: 'exam.site' }, step: { step: 'exam', name: '考务组织', section: '四2(4)', ok: false, dates: '未载明日期', clauseSection: '四2(4)' } },
    { name: 'failed, its clause unknown (as written)', given: { step: 'exam', ok: false, clause: '五(二)' }, step: { step: 'exam', name: '考务组织', section: '四2(4)', ok: false, dates: '未载明日期', clauseSection: '五(二)' } },
    { name: 'failed, no clause', given: { step: 'exam', ok: false }, step: { step: 'exam', name: '考务组织', section: '四2(4)', ok: false, dates: '未载明日期', clauseSection: '' } },
    { name: 'of no known kind', given: { step: 'inspection', ok: false }, step: { step: 'inspection', name: 'inspection', section: '', ok: false, dates: '未载明日期', clauseSection: '' } },
  ])('a step: $name', ({ given, step }) => {
    expect(stepsOf([given])).toStrictEqual([step]);
  });

  it('counts the working days of a results publicity in English too', () => {
    expect(stepsOf([{ step: 'results_publicity', from: '2024-03-13', to: '2024-03-13', ok: false, clause: 'results.publicity' }], 'en')).toStrictEqual([
      { step: 'results_publicity', name: 'Results publicity', section: '4.2(5)', ok: false, fromDay: day('2024-03-13'), from: '2024-03-13', toDay: day('2024-03-13'), to: '2024-03-13', dates: '13 March 2024 (1 working day)', clauseSection: '4.2(5)' },
    ]);
  });
});

describe('viewOf: the range of the timeline', () => {
  const marked = (first: number, last: number) =>
    Array.from({ length: last - first + 1 }, (_, i) => first + i).flatMap((d) => {
      const iso = isoOfDayNumber(d);
      const weekday = (((d + 4) % 7) + 7) % 7; // day 0 (1970-01-01) was a Thursday
      if (!isWorkingDay(iso)) return [{ day: d, kind: 'rest' }];
      return weekday === 0 || weekday === 6 ? [{ day: d, kind: 'makeup' }] : [];
    });

  it.each([
    { name: '399 days apart: its rest days marked', to: '2025-02-03', days: true },
    { name: '400 days apart (the limit): drawn without its rest days', to: '2025-02-04', days: false },
    { name: '700 days apart', to: '2025-12-01', days: false },
  ])('$name', ({ to, days }) => {
    const report = { timeline: [{ step: 'announcement', from: '2024-01-01', ok: true }, { step: 'plan', ok: true }, { step: 'certificates', from: to, ok: true }] };
    const [first, last] = [day('2024-01-01'), day(to)];
    expect(view(report).range).toStrictEqual({ first, last, days: days ? marked(first, last) : [], uncovered: false });
  });

  it('has no range when no step has a date, and runs from the first day to the last of every dated step', () => {
    expect(view({ timeline: [{ step: 'exam', ok: true }, { step: 'plan', from: 'soon', ok: true }] })).not.toHaveProperty('range');
    const report = { timeline: [{ step: 'certificates', from: '2024-03-25', ok: true }, { step: 'registration', from: '2024-02-26', to: '2024-03-01' }, { step: 'results_publicity', to: '2024-04-10' }] };
    expect(view(report).range).toStrictEqual({ first: day('2024-02-26'), last: day('2024-03-25'), days: marked(day('2024-02-26'), day('2024-03-25')), uncovered: false });
  });

  it('says some days are not covered when the range runs past the calendar', () => {
    const report = { timeline: [{ step: 'exam', from: '2026-12-30', to: '2027-01-02', ok: true }] };
    expect(view(report).range).toStrictEqual({ first: day('2026-12-30'), last: day('2027-01-02'), days: [], uncovered: true });
  });
});

describe('viewOf: the plan\'s filing deadline, on the calendar given or the built-in one', () => {
  const in2027 = { timeline: [{ step: 'plan', from: '2027-01-04', ok: true }, { step: 'exam', from: '2027-01-11', ok: true }] };
  const calendar = createWorkdayCalendar({ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });

  it('marks no deadline for an exam the built-in calendar does not cover', () => {
    expect(view(in2027).steps).toStrictEqual([
      { step: 'plan', name: '制定计划', section: '四2(3)', ok: true, fromDay: day('2027-01-04'), from: '2027-01-04', dates: '2027年1月4日' },
      { step: 'exam', name: '考务组织', section: '四2(4)', ok: true, fromDay: day('2027-01-11'), from: '2027-01-11', dates: '2027年1月11日' },
    ]);
  });

  it('marks it on the calendar given: five working days before Monday 11 January 2027 is Monday 4 January', () => {
    expect(view(in2027, 'zh', calendar)).toStrictEqual({
      lang: 'zh',
      identity: view(in2027).identity,
      recognised: false,
      violations: [],
      steps: [
        { step: 'plan', name: '制定计划', section: '四2(3)', ok: true, fromDay: day('2027-01-04'), from: '2027-01-04', dates: '2027年1月4日（应不晚于2027年1月4日）', deadlineDay: day('2027-01-04') },
        { step: 'exam', name: '考务组织', section: '四2(4)', ok: true, fromDay: day('2027-01-11'), from: '2027-01-11', dates: '2027年1月11日' },
      ],
      range: { first: day('2027-01-04'), last: day('2027-01-11'), days: [{ day: day('2027-01-09'), kind: 'rest' }, { day: day('2027-01-10'), kind: 'rest' }], uncovered: false },
      clauses: [],
      counts: '共核查0条条款，0条不符合；错误0个，警告0个。',
    });
  });

  it('marks the deadline on a plan with no date, and takes it into the range, as of a dated plan', () => {
    const undated = { timeline: [{ step: 'plan', ok: false, clause: 'plan.deadline' }, { step: 'exam', from: '2024-03-11', ok: true }] };
    expect(view(undated, 'en').steps).toStrictEqual([
      { step: 'plan', name: 'Batch plan filed', section: '4.2(3)', ok: false, dates: 'no date given (due by 4 March 2024)', clauseSection: '4.2(3)', deadlineDay: day('2024-03-04') },
      { step: 'exam', name: 'Exam', section: '4.2(4)', ok: true, fromDay: day('2024-03-11'), from: '2024-03-11', dates: '11 March 2024' },
    ]);
    // The due day is drawn inside the timeline, not before its first day.
    expect(view(undated).range).toStrictEqual({ first: day('2024-03-04'), last: day('2024-03-11'), days: [{ day: day('2024-03-09'), kind: 'rest' }, { day: day('2024-03-10'), kind: 'rest' }], uncovered: false });
    const dated = { timeline: [{ step: 'plan', from: '2024-03-08', ok: false }, { step: 'exam', from: '2024-03-11', ok: true }] };
    expect(view(dated).range).toStrictEqual({ first: day('2024-03-04'), last: day('2024-03-11'), days: [{ day: day('2024-03-09'), kind: 'rest' }, { day: day('2024-03-10'), kind: 'rest' }], uncovered: false });
  });
});
