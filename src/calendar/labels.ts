import { fieldLabels } from '../core/labels.js';

/**
 * The labels of {@link WorkdayCalendarData}'s fields: the rest days and make-up working days of
 * the State Council's 节假日安排 notices, by year. @internal
 */
export const WORKDAY_CALENDAR_DATA_FIELDS = /* @__PURE__ */ fieldLabels({
  years: ['各年节假日安排', 'holiday arrangements by year'],
  'years.*.offDays': ['放假日期', 'rest days'],
  'years.*.workDays': ['调休上班日期', 'make-up working days'],
});

/** The labels of a {@link HolidayCnYear}'s fields (one year of 节假日安排). @internal */
export const HOLIDAY_CN_YEAR_FIELDS = /* @__PURE__ */ fieldLabels({
  year: ['年份', 'year'],
  days: ['节假日安排', 'holiday arrangements'],
  'days[].name': ['节日名称', 'holiday name'],
  'days[].date': ['日期', 'date'],
  'days[].isOffDay': ['是否放假', 'rest day'],
});

/** The labels of a {@link PublicityPeriod}'s fields (三3(2), 四2(5): 公示时间). @internal */
export const PUBLICITY_PERIOD_FIELDS = /* @__PURE__ */ fieldLabels({
  kind: ['公示事项', 'what is made public', 'publicityKinds'],
  start: ['公示开始日期', 'first day of the publicity'],
  end: ['公示结束日期', 'last day of the publicity'],
});
