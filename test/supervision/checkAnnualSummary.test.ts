import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnnualSummary, definePolicy } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { codesOf, expectWellFormed, hostileValues, invalidDateIssue } from '../helpers/expect.js';

describe('checkAnnualSummary (六(四), annual.summary)', () => {
  // The 2024 summary is due on 2024-12-31.
  const cases: { name: string; summary: { year: number; submittedOn?: string | Date }; asOf: string | Date; ok: boolean; codes: string[] }[] = [
    { name: 'not submitted, asOf the day before the due date: nothing due yet', summary: { year: 2024 }, asOf: '2024-12-30', ok: true, codes: [] },
    { name: 'not submitted, asOf the due date: still on time', summary: { year: 2024 }, asOf: '2024-12-31', ok: true, codes: [] },
    { name: 'not submitted, asOf the day after: missing', summary: { year: 2024 }, asOf: '2025-01-01', ok: false, codes: ['annual_summary_missing'] },
    { name: 'not submitted, asOf mid-year', summary: { year: 2024 }, asOf: '2024-06-30', ok: true, codes: [] },
    { name: 'not submitted, asOf before the year', summary: { year: 2024 }, asOf: '2023-05-01', ok: true, codes: [] },
    { name: 'submittedOn undefined is not submitted', summary: { year: 2024, submittedOn: undefined as never }, asOf: '2025-01-01', ok: false, codes: ['annual_summary_missing'] },
    { name: 'submitted the day before the due date', summary: { year: 2024, submittedOn: '2024-12-30' }, asOf: '2025-03-01', ok: true, codes: [] },
    { name: 'submitted on the due date', summary: { year: 2024, submittedOn: '2024-12-31' }, asOf: '2025-03-01', ok: true, codes: [] },
    { name: 'submitted the day after the due date: late', summary: { year: 2024, submittedOn: '2025-01-01' }, asOf: '2025-03-01', ok: false, codes: ['annual_summary_late'] },
    { name: 'submitted in December', summary: { year: 2024, submittedOn: '2024-12-01' }, asOf: '2024-12-01', ok: true, codes: [] },
    { name: 'submitted on 31 December of the year before: before the year', summary: { year: 2024, submittedOn: '2023-12-31' }, asOf: '2025-01-01', ok: false, codes: ['annual_summary_before_year'] },
    { name: 'submitted after asOf: contradicts asOf', summary: { year: 2024, submittedOn: '2024-12-20' }, asOf: '2024-12-19', ok: false, codes: ['annual_summary_after_as_of'] },
    { name: 'submitted on asOf', summary: { year: 2024, submittedOn: '2024-12-20' }, asOf: '2024-12-20', ok: true, codes: [] },
    { name: 'late and after asOf: both', summary: { year: 2024, submittedOn: '2025-02-01' }, asOf: '2025-01-15', ok: false, codes: ['annual_summary_late', 'annual_summary_after_as_of'] },
    { name: 'a Date submittedOn at 00:10 on 1 January in China: late', summary: { year: 2024, submittedOn: new Date('2024-12-31T16:10:00Z') }, asOf: '2025-01-02', ok: false, codes: ['annual_summary_late'] },
    { name: 'a Date submittedOn at 23:50 on 31 December in China: on time', summary: { year: 2024, submittedOn: new Date('2024-12-31T15:50:00Z') }, asOf: '2025-01-02', ok: true, codes: [] },
    { name: 'a Date asOf 00:00 on 1 January in China: missing', summary: { year: 2024 }, asOf: new Date('2024-12-31T16:00:00Z'), ok: false, codes: ['annual_summary_missing'] },
  ];
  it.each(cases)('$name', ({ summary, asOf, ok, codes }) => {
    const result = checkAnnualSummary(deepFreeze({ ...summary }), asOf);
    expect(result.ok).toBe(ok);
    expect(codesOf(result)).toEqual(codes);
    expect(result.issues.every((i) => i.clause === 'annual.summary' && i.severity === 'error')).toBe(true);
  });

  // 六(四)「每年12月」: the summary of year Y is submitted in December of Y; earlier in Y is a warning.
  const early: { name: string; submittedOn: string; codes: string[]; severity?: string }[] = [
    { name: '30 November: the day before December', submittedOn: '2024-11-30', codes: ['annual_summary_early'], severity: 'warning' },
    { name: '1 December: the first day of the month', submittedOn: '2024-12-01', codes: [] },
    { name: '2 December', submittedOn: '2024-12-02', codes: [] },
    { name: '1 March of the year', submittedOn: '2024-03-01', codes: ['annual_summary_early'], severity: 'warning' },
    { name: '1 January of the year', submittedOn: '2024-01-01', codes: ['annual_summary_early'], severity: 'warning' },
  ];
  it.each(early)('submitted $submittedOn ($name) → $codes', ({ submittedOn, codes, severity }) => {
    const result = checkAnnualSummary({ year: 2024, submittedOn }, '2025-03-01');
    expect(result.ok).toBe(true);
    expect(codesOf(result)).toEqual(codes);
    for (const issue of result.issues) expect(issue).toMatchObject({ clause: 'annual.summary', severity, path: ['submittedOn'], expected: '2024-12-01', received: submittedOn });
  });

  it('says an early summary as an official would, from the month of the policy', () => {
    expect(checkAnnualSummary({ year: 2024, submittedOn: '2024-11-30' }, '2025-03-01').issues).toEqual([
      {
        code: 'annual_summary_early',
        severity: 'warning',
        clause: 'annual.summary',
        message: '2024年度工作总结于2024年11月30日报送，早于报送月份（2024年12月）',
        messageEn: 'The 2024 summary was submitted on 2024-11-30, before the month it is submitted in (from 2024-12-01)',
        path: ['submittedOn'],
        expected: '2024-12-01',
        received: '2024-11-30',
      },
    ]);
    const policy = definePolicy({ annualSummaryDue: { month: 11, day: 30 } });
    expect(codesOf(checkAnnualSummary({ year: 2024, submittedOn: '2024-10-31' }, '2025-03-01', { policy }))).toEqual(['annual_summary_early']);
    expect(checkAnnualSummary({ year: 2024, submittedOn: '2024-11-01' }, '2025-03-01', { policy })).toEqual({ ok: true, issues: [] });
  });

  // policy.effective: the scheme dates from 2023-04-23, so it asks no summary of 2022.
  const scheme: { name: string; summary: { year: number; submittedOn?: string }; codes: string[] }[] = [
    { name: 'the year 2022, not submitted: outside the scheme, not missing', summary: { year: 2022 }, codes: ['year_before_policy_effective'] },
    { name: 'the year 2022, submitted late', summary: { year: 2022, submittedOn: '2023-05-01' }, codes: ['year_before_policy_effective'] },
    { name: 'the year 2023, not submitted', summary: { year: 2023 }, codes: ['annual_summary_missing'] },
    { name: 'the year 2023, submitted on 22 April 2023, before the scheme', summary: { year: 2023, submittedOn: '2023-04-22' }, codes: ['before_policy_effective', 'annual_summary_early'] },
    { name: 'the year 2023, submitted on 23 April 2023', summary: { year: 2023, submittedOn: '2023-04-23' }, codes: ['annual_summary_early'] },
  ];
  it.each(scheme)('$name → $codes', ({ summary, codes }) => {
    expect(codesOf(checkAnnualSummary(summary, '2025-03-01'))).toEqual(codes);
  });

  it('cites policy.effective for a year before the scheme, at the year', () => {
    expect(checkAnnualSummary({ year: 2022 }, '2025-03-01')).toEqual({
      ok: false,
      issues: [
        {
          code: 'year_before_policy_effective',
          severity: 'error',
          clause: 'policy.effective',
          message: '总结年度为2022年，早于本方案施行的2023年（2023年4月23日施行），不适用本方案',
          messageEn: 'The year summarised is 2022, before the year the scheme took effect (2023): the scheme does not apply to it',
          path: ['year'],
          expected: 2023,
          received: 2022,
        },
      ],
    });
  });

  it('says what was due and when, in Chinese and English', () => {
    const [missing] = checkAnnualSummary({ year: 2024 }, '2025-01-01').issues;
    expect(missing).toMatchObject({
      path: ['submittedOn'],
      expected: '2024-12-31',
      message: '2024年度工作总结应于2024年12月31日前报送，截至2025年1月1日仍未报送',
      messageEn: 'The 2024 summary was due by 2024-12-31; it has not been submitted as of 2025-01-01',
    });
    const [late] = checkAnnualSummary({ year: 2024, submittedOn: '2025-01-01' }, '2025-03-01').issues;
    expect(late).toMatchObject({ path: ['submittedOn'], expected: '2024-12-31', received: '2025-01-01' });
  });

  it('gives the exact issue of each code, with received only for a submission', () => {
    const issue = (code: string, message: string, messageEn: string, expected: string, received?: string) => ({
      code,
      severity: 'error',
      clause: 'annual.summary',
      message,
      messageEn,
      path: ['submittedOn'],
      expected,
      ...(received === undefined ? {} : { received }),
    });
    expect(checkAnnualSummary({ year: 2024 }, '2025-01-01').issues).toStrictEqual([
      issue(
        'annual_summary_missing',
        '2024年度工作总结应于2024年12月31日前报送，截至2025年1月1日仍未报送',
        'The 2024 summary was due by 2024-12-31; it has not been submitted as of 2025-01-01',
        '2024-12-31',
      ),
    ]);
    expect(checkAnnualSummary({ year: 2024, submittedOn: '2025-02-01' }, '2025-01-15').issues).toStrictEqual([
      issue(
        'annual_summary_late',
        '2024年度工作总结于2025年2月1日报送，晚于截止日期2024年12月31日',
        'The 2024 summary was submitted on 2025-02-01, after its due date 2024-12-31',
        '2024-12-31',
        '2025-02-01',
      ),
      issue(
        'annual_summary_after_as_of',
        '报送日期2025年2月1日晚于核查日期2025年1月15日，截至核查日期尚未报送',
        'The submission date 2025-02-01 is after the as-of date 2025-01-15: it has not happened yet as of then',
        '2025-01-15',
        '2025-02-01',
      ),
    ]);
    expect(checkAnnualSummary({ year: 2024, submittedOn: '2023-12-31' }, '2025-01-01').issues).toStrictEqual([
      issue(
        'annual_summary_before_year',
        '2024年度工作总结的报送日期2023年12月31日早于该年度开始（2024年1月1日），不可能是该年度的工作总结',
        'The 2024 summary is dated 2023-12-31, before the year began (2024-01-01): it cannot summarise that year',
        '2024-01-01',
        '2023-12-31',
      ),
    ]);
  });

  it('gives the exact issues of bad dates', () => {
    const invalid = (name: string, received: string) => invalidDateIssue('annual.summary', name, received, name === 'asOf' ? '核查日期' : '报送日期');
    expect(checkAnnualSummary({ year: 2024, submittedOn: '2024-12-32' }, '2025-13-01').issues).toStrictEqual([
      invalid('asOf', '"2025-13-01"'),
      invalid('submittedOn', '"2024-12-32"'),
    ]);
    expect(checkAnnualSummary({ year: 2024, submittedOn: 20241231 as never }, '2025-01-01').issues).toStrictEqual([invalid('submittedOn', '20241231')]);
  });

  it('reads the due date from the policy', () => {
    const policy = definePolicy({ annualSummaryDue: { month: 12, day: 15 } });
    expect(codesOf(checkAnnualSummary({ year: 2024, submittedOn: '2024-12-15' }, '2025-01-01', { policy }))).toEqual([]);
    expect(codesOf(checkAnnualSummary({ year: 2024, submittedOn: '2024-12-16' }, '2025-01-01', { policy }))).toEqual(['annual_summary_late']);
    expect(codesOf(checkAnnualSummary({ year: 2024 }, '2024-12-16', { policy }))).toEqual(['annual_summary_missing']);
  });

  const bad: { name: string; summary: unknown; asOf: unknown; options?: unknown; codes: string[]; paths: unknown[] }[] = [
    { name: 'year missing', summary: {}, asOf: '2025-01-01', codes: ['annual_summary_year_invalid'], paths: [['year']] },
    { name: 'year as a string', summary: { year: '2024' }, asOf: '2025-01-01', codes: ['annual_summary_year_invalid'], paths: [['year']] },
    { name: 'year 2024.5', summary: { year: 2024.5 }, asOf: '2025-01-01', codes: ['annual_summary_year_invalid'], paths: [['year']] },
    { name: 'bad asOf', summary: { year: 2024 }, asOf: '2025-02-29', codes: ['invalid_date'], paths: [['asOf']] },
    { name: 'bad submittedOn', summary: { year: 2024, submittedOn: '2024/12/01' }, asOf: '2025-01-01', codes: ['invalid_date'], paths: [['submittedOn']] },
    { name: 'submittedOn null', summary: { year: 2024, submittedOn: null }, asOf: '2025-01-01', codes: ['invalid_date'], paths: [['submittedOn']] },
    {
      name: 'everything bad: every issue',
      summary: { year: 0, submittedOn: 'soon' },
      asOf: new Date(NaN),
      codes: ['invalid_date', 'annual_summary_year_invalid', 'invalid_date'],
      paths: [['asOf'], ['year'], ['submittedOn']],
    },
    { name: 'summary not an object, asOf bad', summary: 2024, asOf: 'x', codes: ['invalid_input', 'invalid_date'], paths: [['summary'], ['asOf']] },
    { name: 'options not an object', summary: { year: 2024 }, asOf: '2025-01-01', options: 'strict', codes: ['invalid_option'], paths: [['options']] },
  ];
  it.each(bad)('reports bad input as issues: $name', ({ summary, asOf, options, codes, paths }) => {
    const result = checkAnnualSummary(summary as never, asOf as never, options as never);
    expect(result.ok).toBe(false);
    expect(codesOf(result)).toEqual(codes);
    expect(result.issues.map((i) => i.path)).toEqual(paths);
  });

  it('is late exactly when submitted after 31 December, missing exactly when absent after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2100 }), fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }), (year, offset, wait) => {
        const due = Date.UTC(year, 11, 31);
        const submittedOn = new Date(due + offset * 86_400_000).toISOString().slice(0, 10);
        const asOf = new Date(due + (offset + wait) * 86_400_000).toISOString().slice(0, 10);
        const codes = codesOf(checkAnnualSummary({ year, submittedOn }, asOf));
        expect(codes.includes('annual_summary_late')).toBe(offset > 0);
        expect(codes.includes('annual_summary_before_year')).toBe(offset < (isLeap(year) ? -365 : -364));
        // Early: in the year, before 1 December (30 days before 31 December).
        expect(codes.includes('annual_summary_early')).toBe(offset < -30 && offset >= (isLeap(year) ? -365 : -364));
        const absent = codesOf(checkAnnualSummary({ year }, asOf));
        expect(absent).toEqual(offset + wait > 0 ? ['annual_summary_missing'] : []);
      }),
    );
  });

  it('never throws on hostile or arbitrary input', () => {
    for (const value of hostileValues()) {
      for (const args of [[value, '2025-01-01'], [{ year: 2024 }, value], [{ year: value, submittedOn: value }, '2025-01-01'], [{ year: 2024 }, '2025-01-01', value], [{ year: 2024 }, '2025-01-01', { policy: value }]]) {
        const result = checkAnnualSummary(...(args as [never, never, never]));
        expectWellFormed(result.issues);
      }
    }
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
      expectWellFormed(checkAnnualSummary(a as never, b as never, c as never).issues);
    }));
  });
});

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

describe('checkAnnualSummary: each issue whole', () => {
  const invalidSubmitted = {
    code: 'invalid_date',
    severity: 'error',
    clause: 'annual.summary',
    message: '报送日期不是真实的日期',
    messageEn: 'submittedOn is not a real date (YYYY-MM-DD)',
    path: ['submittedOn'],
    expected: 'YYYY-MM-DD',
    received: '"2024-02-30"',
  };
  const rows: { name: string; summary: { year: number; submittedOn?: string }; asOf: string; issues: unknown[] }[] = [
    // An unreadable submission date is not "not submitted": no summary_missing beside it.
    { name: 'an impossible submission date, asOf after the due date', summary: { year: 2023, submittedOn: '2024-02-30' }, asOf: '2025-03-01', issues: [invalidSubmitted] },
    { name: 'an impossible submission date, asOf on the due date', summary: { year: 2023, submittedOn: '2024-02-30' }, asOf: '2023-12-31', issues: [invalidSubmitted] },
    {
      name: 'the 2023 summary submitted the day before the scheme',
      summary: { year: 2023, submittedOn: '2023-04-22' },
      asOf: '2025-03-01',
      issues: [
        {
          code: 'before_policy_effective',
          severity: 'error',
          clause: 'policy.effective',
          message: '报送日期为2023年4月22日，早于本方案施行之日（2023年4月23日），不适用本方案',
          messageEn: 'The submission date (2023-04-22) is before the scheme took effect on 2023-04-23: the scheme does not apply to it',
          path: ['submittedOn'],
          expected: '2023-04-23',
          received: '2023-04-22',
        },
        {
          code: 'annual_summary_early',
          severity: 'warning',
          clause: 'annual.summary',
          message: '2023年度工作总结于2023年4月22日报送，早于报送月份（2023年12月）',
          messageEn: 'The 2023 summary was submitted on 2023-04-22, before the month it is submitted in (from 2023-12-01)',
          path: ['submittedOn'],
          expected: '2023-12-01',
          received: '2023-04-22',
        },
      ],
    },
    {
      name: 'the 2024 summary not submitted, asOf the day after its due date',
      summary: { year: 2024 },
      asOf: '2025-01-01',
      issues: [{
        code: 'annual_summary_missing',
        severity: 'error',
        clause: 'annual.summary',
        message: '2024年度工作总结应于2024年12月31日前报送，截至2025年1月1日仍未报送',
        messageEn: 'The 2024 summary was due by 2024-12-31; it has not been submitted as of 2025-01-01',
        path: ['submittedOn'],
        expected: '2024-12-31',
      }],
    },
  ];
  it.each(rows)('$name', ({ summary, asOf, issues }) => {
    expect(checkAnnualSummary(deepFreeze({ ...summary }), asOf)).toEqual({ ok: false, issues });
  });
});
