import { describe, expect, it } from 'vitest';
import { createWorkdayCalendar } from '../../src/index.js';
import { validateWorkdayCalendarData } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const year2027 = { offDays: ['2027-01-01', '2027-01-02', '2027-01-03'], workDays: ['2027-01-09'] };

const cases: ValidateCase[] = [
  { name: '2027 after the built-in 2023–2026', input: { years: { '2027': year2027 } }, codes: [] },
  { name: 'extra fields are ignored', input: { notice: '…', years: { '2027': { ...year2027, source: 'gov.cn' } } }, codes: [] },
  { name: '2028 without 2027: a gap', input: { years: { '2028': { offDays: [], workDays: [] } } }, codes: ['calendar_data_gap'], issues: [{ clause: 'calendar.working_days' }] },
  { name: '2028 with no base', input: { years: { '2028': { offDays: [], workDays: [] } } }, options: { base: null }, codes: [] },
  {
    name: 'an impossible date: told once, by the schema',
    input: { years: { '2027': { offDays: ['2027-02-29'], workDays: [] } } },
    codes: ['schema_invalid_format'],
    exact: [
      {
        code: 'schema_invalid_format',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '第1个放假日期的格式不正确：应为真实的日期',
        messageEn: 'Wrong format: rest days no. 1: Expected a real YYYY-MM-DD date',
        path: ['years', '2027', 'offDays', 0],
      },
    ],
  },
  { name: 'a Date in a data file', input: { years: { '2027': { offDays: [new Date(0)], workDays: [] } } }, codes: ['schema_invalid_type'] },
  {
    name: 'a make-up working day on a Friday (a rule)',
    input: { years: { '2027': { offDays: [], workDays: ['2027-01-08'] } } },
    codes: ['calendar_data_weekday_workday'],
    issues: [{ path: ['years', '2027', 'workDays', 0] }],
  },
  { name: 'a date of another year', input: { years: { '2027': { offDays: ['2028-01-01'], workDays: [] } } }, codes: ['calendar_data_wrong_year'] },
  { name: 'workDays left out', input: { years: { '2027': { offDays: [] } } }, codes: ['schema_invalid_type'], issues: [{ path: ['years', '2027', 'workDays'] }] },
  { name: 'a year that is not four digits', input: { years: { '27': year2027 } }, codes: ['schema_invalid'], issues: [{ path: ['years', '27'] }] },
  { name: 'year 1000, with no base', input: { years: { '1000': { offDays: [], workDays: [] } } }, options: { base: null }, codes: [] },
  { name: 'year 9999, with no base', input: { years: { '9999': { offDays: [], workDays: [] } } }, options: { base: null }, codes: [] },
  ...['0999', '12027', '20270', 'x2027', '2027x'].map((year): ValidateCase => ({
    name: `year '${year}': not a four-digit year`,
    input: { years: { [year]: { offDays: [], workDays: [] } } },
    options: { base: null },
    codes: ['schema_invalid'],
    exact: [
      {
        code: 'schema_invalid',
        severity: 'error',
        clause: 'calendar.working_days',
        message: `各年节假日安排中的“${year}”填写有误：不符合要求`,
        messageEn: `Invalid input: "${year}" of holiday arrangements by year: Invalid key in record`,
        path: ['years', year],
      },
    ],
  })),
  {
    name: 'years as a list',
    input: { years: [] },
    codes: ['schema_invalid_type'],
    exact: [
      {
        code: 'schema_invalid_type',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '各年节假日安排填写有误：应为对象，收到的是列表',
        messageEn: 'Wrong type: holiday arrangements by year: Invalid input: expected record, received array',
        path: ['years'],
      },
    ],
  },
  { name: 'a holiday-cn file is another schema', input: { year: 2027, days: [] }, codes: ['schema_invalid_type'], issues: [{ path: ['years'] }] },
];

describe('validateWorkdayCalendarData', () => {
  it.each(cases)('$name', (c) => expectCase(validateWorkdayCalendarData, c));

  it('is ok exactly when createWorkdayCalendar makes a calendar from the same data', () => {
    for (const c of cases.filter((c) => !c.codes.some((code) => code.startsWith('schema_')))) {
      let made = true;
      try {
        createWorkdayCalendar(c.input as never, (c.options as { base?: null } | undefined)?.base);
      } catch {
        made = false;
      }
      expect(validateWorkdayCalendarData(c.input, c.options as never).ok, c.name).toBe(made);
    }
  });
});
