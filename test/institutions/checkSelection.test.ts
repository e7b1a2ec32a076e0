import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSelection, createWorkdayCalendar, definePolicy, ZAOZHUANG_2023 } from '../../src/index.js';
import type { Selection } from '../../src/index.js';
import { isoOfDayNumber, isoDayNumber } from '../../src/core/dates.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { codesOf, expectWellFormed, hostileValues } from '../helpers/expect.js';

// 三3(2): 「将评估结果向社会公示，公示时间不少于5个工作日。经公示无异议的，市人力资源社会保障局……赋予机构代码」.
// Monday 2024-03-11 to Friday 2024-03-15: 5 working days.
const base: Selection = { publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [], codeAssignedOn: '2024-03-18' };
const withCode = (codeAssignedOn: string) => ({ ...base, codeAssignedOn });
const withObjection = (raisedOn: string, resolvedOn?: string, codeAssignedOn = '2024-03-18') => ({
  ...base,
  codeAssignedOn,
  objections: [resolvedOn === undefined ? { raisedOn } : { raisedOn, resolvedOn }],
});

describe('checkSelection (三3(2), selection.publicity, selection.code)', () => {
  const cases: { name: string; clause?: string; input: unknown; codes: string[] }[] = [
    { name: 'by the book', input: base, codes: [] },
    // selection.publicity: 4 / 5 / 6 working days
    { name: '4 working days (Monday to Thursday)', clause: 'selection.publicity', input: { ...base, publicity: { start: '2024-03-11', end: '2024-03-14' } }, codes: ['publicity_too_short'] },
    { name: '5 working days ending on a Saturday', clause: 'selection.publicity', input: { ...base, publicity: { start: '2024-03-11', end: '2024-03-16' } }, codes: [] },
    { name: '6 working days', clause: 'selection.publicity', input: { ...base, publicity: { start: '2024-03-11', end: '2024-03-18' }, codeAssignedOn: '2024-03-19' }, codes: [] },
    { name: 'across National Day 2024: 2 working days', clause: 'selection.publicity', input: { ...base, publicity: { start: '2024-09-30', end: '2024-10-08' }, codeAssignedOn: '2024-10-09' }, codes: ['publicity_too_short'] },
    { name: 'the end before the start', clause: 'selection.publicity', input: { ...base, publicity: { start: '2024-03-15', end: '2024-03-11' } }, codes: ['publicity_end_before_start'] },
    { name: 'a day the calendar does not cover (5 uncovered days: it depends on them)', clause: 'selection.publicity', input: { ...base, publicity: { start: '2030-03-11', end: '2030-03-15' }, codeAssignedOn: '2030-03-18' }, codes: ['calendar_out_of_range', 'calendar_out_of_range'] },
    // Past the calendar's end (2026-12-31): decided when the covered days decide it (issue 14 §5).
    { name: '4 uncovered days: at most 4, too short whatever 2030 brings', clause: 'selection.publicity', input: { ...base, publicity: { start: '2030-03-11', end: '2030-03-14' }, codeAssignedOn: '2030-03-18' }, codes: ['publicity_too_short'] },
    { name: '1 covered working day and 2 uncovered days: at most 3', clause: 'selection.publicity', input: { ...base, publicity: { start: '2026-12-31', end: '2027-01-02' }, codeAssignedOn: '2027-01-04' }, codes: ['publicity_too_short'] },
    { name: '5 covered working days, into 2027', clause: 'selection.publicity', input: { ...base, publicity: { start: '2026-12-25', end: '2027-01-04' }, codeAssignedOn: '2027-01-05' }, codes: [] },
    // selection.code: on the last day / the day after
    { name: 'the code on the publicity\u2019s last day', clause: 'selection.code', input: withCode('2024-03-15'), codes: ['selection_code_too_early'] },
    { name: 'the code during the publicity', clause: 'selection.code', input: withCode('2024-03-12'), codes: ['selection_code_too_early'] },
    { name: 'the code the day after the last day (a Saturday)', clause: 'selection.code', input: withCode('2024-03-16'), codes: [] },
    // objections raised during the publicity: its first and last days included
    { name: 'an objection of the first day, resolved the day before the code', clause: 'selection.code', input: withObjection('2024-03-11', '2024-03-17'), codes: [] },
    { name: 'an objection of the last day, resolved the day the code is assigned', clause: 'selection.code', input: withObjection('2024-03-15', '2024-03-18'), codes: [] },
    { name: 'an objection resolved the day after the code', clause: 'selection.code', input: withObjection('2024-03-13', '2024-03-19'), codes: ['objection_resolved_after_code'] },
    { name: 'an objection never resolved', clause: 'selection.code', input: withObjection('2024-03-15'), codes: ['objection_unresolved'] },
    // objections outside the publicity do not bar the code
    { name: 'an objection of the day before the publicity, open', clause: 'selection.code', input: withObjection('2024-03-10'), codes: [] },
    { name: 'an objection of the day after the publicity, open', clause: 'selection.code', input: withObjection('2024-03-16'), codes: [] },
    { name: 'an objection resolved before it was raised', clause: 'selection.code', input: withObjection('2024-03-12', '2024-03-11'), codes: ['objection_resolved_before_raised'] },
    { name: 'an objection resolved the day it was raised', clause: 'selection.code', input: withObjection('2024-03-12', '2024-03-12'), codes: [] },
    { name: 'an objection resolved the day after it was raised', clause: 'selection.code', input: withObjection('2024-03-12', '2024-03-13'), codes: [] },
    // missing is not false
    { name: 'no objections given', clause: 'selection.code', input: { publicity: base.publicity, codeAssignedOn: '2024-03-18' }, codes: ['missing_field'] },
    { name: 'no code date', clause: 'selection.code', input: { publicity: base.publicity, objections: [] }, codes: ['missing_field'] },
    { name: 'no publicity', clause: 'selection.publicity', input: { objections: [], codeAssignedOn: '2024-03-18' }, codes: ['missing_field', 'missing_field'] },
    { name: 'an objection without raisedOn', clause: 'selection.code', input: { ...base, objections: [{ resolvedOn: '2024-03-12' }] }, codes: ['missing_field'] },
    { name: 'an objection that is not an object', clause: 'selection.code', input: { ...base, objections: ['late'] }, codes: ['invalid_input'] },
    { name: 'an impossible code date', clause: 'selection.code', input: withCode('2024-02-30'), codes: ['invalid_date'] },
  ];
  it.each(cases)('$name', ({ input, codes, clause }) => {
    const result = checkSelection(deepFreeze(input) as Selection);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    if (clause !== undefined) expect(result.issues.every((i) => i.clause === clause)).toBe(true);
    expectWellFormed(result.issues);
  });

  it('gives the exact issues, dates as the bureau writes them', () => {
    expect(checkSelection(withObjection('2024-03-13', '2024-03-19', '2024-03-15'))).toEqual({
      ok: false,
      issues: [
        {
          code: 'selection_code_too_early',
          severity: 'error',
          clause: 'selection.code',
          message: '机构代码于2024年3月15日赋予，早于公示期满：公示至2024年3月15日结束，应在公示期满后赋予机构代码',
          messageEn: 'The institution code was assigned on 15 March 2024, but the publicity ran until 15 March 2024: the code may only be assigned after the publicity',
          path: ['codeAssignedOn'],
          expected: '2024-03-16',
          received: '2024-03-15',
        },
        {
          code: 'objection_resolved_after_code',
          severity: 'error',
          clause: 'selection.code',
          message: '公示期间2024年3月13日提出的异议于2024年3月19日处理完毕，晚于2024年3月15日赋予机构代码，应先处理异议',
          messageEn: 'An objection raised during the publicity on 13 March 2024 was resolved on 19 March 2024, after the institution code was assigned on 15 March 2024',
          path: ['objections', 0, 'resolvedOn'],
          expected: '2024-03-15',
          received: '2024-03-19',
        },
      ],
    });
    expect(checkSelection(withObjection('2024-03-11')).issues[0]).toMatchObject({
      code: 'objection_unresolved',
      path: ['objections', 0],
      message: '公示期间2024年3月11日提出的异议尚未处理完毕，不应于2024年3月18日赋予机构代码',
    });
  });

  // The whole result where a field is missing or unreadable: only that field is reported, and an
  // objection is weighed only against a publicity and a code date that were both read.
  const open = [{ raisedOn: '2024-03-12' }];
  const missing = (clause: string, path: (string | number)[], zh: string, en: string) => ({ code: 'missing_field', severity: 'error', clause, message: `未填写${zh}`, messageEn: `${en} is missing`, path });
  const exact: { name: string; input: unknown; issues: unknown[] }[] = [
    {
      name: 'a selection that is not an object',
      input: 5,
      issues: [{ code: 'invalid_input', severity: 'error', clause: 'selection.publicity', message: '输入有误：“selection”应为对象', messageEn: 'Invalid input: selection must be an object', path: ['selection'] }],
    },
    {
      name: 'a publicity that is not an object, an open objection',
      input: { ...base, publicity: 'x', objections: open },
      issues: [{ code: 'invalid_input', severity: 'error', clause: 'selection.publicity', message: '输入有误：评估结果公示应为对象', messageEn: 'Invalid input: publicity of the evaluation result must be an object', path: ['publicity'], received: '"x"' }],
    },
    { name: 'no publicity end, an open objection after its start', input: { ...base, publicity: { start: '2024-03-11' }, objections: open }, issues: [missing('selection.publicity', ['publicity', 'end'], '公示结束日期', 'last day of the publicity')] },
    { name: 'no publicity start, an open objection before its end', input: { ...base, publicity: { end: '2024-03-15' }, objections: open }, issues: [missing('selection.publicity', ['publicity', 'start'], '公示开始日期', 'first day of the publicity')] },
    { name: 'no code date, an open objection of the publicity', input: { publicity: base.publicity, objections: open }, issues: [missing('selection.code', ['codeAssignedOn'], '赋予机构代码日期', 'institution code assigned on')] },
    { name: 'an objection with neither date', input: { ...base, objections: [{}] }, issues: [missing('selection.code', ['objections', 0, 'raisedOn'], '第1个异议的异议提出日期', 'objections no. 1, objection raised on')] },
    {
      name: 'an objection resolved on an impossible date',
      input: withObjection('2024-03-12', '2024-13-01'),
      issues: [
        {
          code: 'invalid_date',
          severity: 'error',
          clause: 'selection.code',
          message: '第1个异议的异议处理完毕日期不是真实的日期',
          messageEn: 'objections no. 1, objection resolved on is not a real date (YYYY-MM-DD)',
          path: ['objections', 0, 'resolvedOn'],
          expected: 'YYYY-MM-DD',
          received: '"2024-13-01"',
        },
      ],
    },
    {
      name: 'an objection resolved the day before it was raised',
      input: withObjection('2024-03-12', '2024-03-11'),
      issues: [
        {
          code: 'objection_resolved_before_raised',
          severity: 'error',
          clause: 'selection.code',
          message: '异议处理日期2024年3月11日早于提出日期2024年3月12日',
          messageEn: 'The objection was resolved on 11 March 2024, before it was raised on 12 March 2024',
          path: ['objections', 0, 'resolvedOn'],
          expected: '2024-03-12',
          received: '2024-03-11',
        },
      ],
    },
    {
      name: 'a publicity of one day (start = end), an open objection of that day',
      input: { ...base, publicity: { start: '2024-03-15', end: '2024-03-15' }, objections: [{ raisedOn: '2024-03-15' }] },
      issues: [
        {
          code: 'publicity_too_short',
          severity: 'error',
          clause: 'selection.publicity',
          message: '公示期应不少于5个工作日，2024年3月15日至2024年3月15日实为1个工作日，最早可于2024年3月21日结束',
          messageEn: 'The publicity must last at least 5 working days; 2024-03-15 to 2024-03-15 has 1 (it may end on 2024-03-21 at the earliest)',
          path: ['publicity', 'end'],
          expected: 5,
          received: 1,
        },
        {
          code: 'objection_unresolved',
          severity: 'error',
          clause: 'selection.code',
          message: '公示期间2024年3月15日提出的异议尚未处理完毕，不应于2024年3月18日赋予机构代码',
          messageEn: 'An objection raised during the publicity on 15 March 2024 is not resolved: the institution code must not be assigned on 18 March 2024',
          path: ['objections', 0],
          received: '2024-03-15',
        },
      ],
    },
  ];
  it.each(exact)('exact issues: $name', ({ input, issues }) => {
    expect(checkSelection(deepFreeze(input) as Selection)).toEqual({ ok: false, issues });
  });

  it('a policy whose number of working days is impossible: that alone is reported, nothing else is checked', () => {
    const policy = { ...ZAOZHUANG_2023, selectionPublicityWorkingDays: 0 };
    expect(checkSelection(withCode('2024-03-15'), { policy })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_option',
          severity: 'error',
          clause: 'policy.definition',
          message: '选项“policy.selectionPublicityWorkingDays”无效：应为不小于1的整数',
          messageEn: 'Option policy.selectionPublicityWorkingDays is invalid: must be a whole number ≥ 1',
          path: ['policy', 'selectionPublicityWorkingDays'],
          received: '0',
        },
      ],
    });
  });

  it('reads the number of working days from the policy, and a calendar of its own', () => {
    const six = definePolicy({ selectionPublicityWorkingDays: 6 });
    expect(codesOf(checkSelection(base, { policy: six }))).toEqual(['publicity_too_short']);
    expect(checkSelection(base, { policy: six }).issues[0]).toMatchObject({ expected: 6, received: 5 });
    const calendar = createWorkdayCalendar({ years: { '2024': { offDays: ['2024-03-12'], workDays: [] } } });
    expect(codesOf(checkSelection(base, { calendar }))).toEqual(['publicity_too_short']);
    expect(codesOf(checkSelection(base, { policy: {} as never }))).toEqual(['invalid_option']);
    expect(codesOf(checkSelection(base, 'strict' as never))).toEqual(['invalid_option']);
  });

  it('never throws on hostile input', () => {
    for (const value of [...hostileValues(), { publicity: 1, objections: {}, codeAssignedOn: null }]) {
      const result = checkSelection(value as Selection);
      expect(result.ok).toBe(false);
      expectWellFormed(result.issues);
    }
  });

  it('property: the code is refused exactly on or before the publicity\u2019s last day; an objection of the publicity bars it exactly while it is open', () => {
    const first = isoDayNumber('2024-01-01') ?? 0;
    const day = fc.integer({ min: first, max: first + 360 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), day, day, fc.option(day, { nil: undefined }), (start, length, assigned, raised, resolved) => {
        const end = start + length;
        const objection = resolved === undefined ? { raisedOn: isoOfDayNumber(raised) } : { raisedOn: isoOfDayNumber(raised), resolvedOn: isoOfDayNumber(resolved) };
        const codes = codesOf(
          checkSelection({ publicity: { start: isoOfDayNumber(start), end: isoOfDayNumber(end) }, objections: [objection], codeAssignedOn: isoOfDayNumber(assigned) }),
        );
        expect(codes.includes('selection_code_too_early')).toBe(assigned <= end);
        const during = raised >= start && raised <= end;
        expect(codes.includes('objection_unresolved')).toBe(during && resolved === undefined);
        expect(codes.includes('objection_resolved_after_code')).toBe(during && resolved !== undefined && resolved > assigned);
        expect(codes.includes('objection_resolved_before_raised')).toBe(resolved !== undefined && resolved < raised);
      }),
    );
  });
});
