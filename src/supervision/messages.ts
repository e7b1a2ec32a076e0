import { zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/** Issue codes of supervision (六(四), 四2(7)): `annual.summary`, `supervision.evaluation`. */
export const SUPERVISION_MESSAGES = /* @__PURE__ */ zhValues({
  annual_summary_year_invalid: [
    '年度应为1至9999之间的整数，收到的是{received}',
    'The year must be a whole number from 1 to 9999; received {received}',
  ],
  annual_summary_missing: [
    '{year}年度工作总结应于{e}前报送，截至{asOf}仍未报送',
    'The {year} summary was due by {expected}; it has not been submitted as of {asOfEn}',
  ],
  annual_summary_late: [
    '{year}年度工作总结于{r}报送，晚于截止日期{e}',
    'The {year} summary was submitted on {received}, after its due date {expected}',
  ],
  annual_summary_before_year: [
    '{year}年度工作总结的报送日期{r}早于该年度开始（{e}），不可能是该年度的工作总结',
    'The {year} summary is dated {received}, before the year began ({expected}): it cannot summarise that year',
  ],
  annual_summary_early: [
    '{year}年度工作总结于{submitted}报送，早于报送月份（{year}年{month}月）',
    'The {year} summary was submitted on {received}, before the month it is submitted in (from {expected})',
  ],
  annual_summary_after_as_of: [
    '报送日期{r}晚于核查日期{e}，截至核查日期尚未报送',
    'The submission date {received} is after the as-of date {expected}: it has not happened yet as of then',
  ],
  evaluation_as_of_before_last: [
    '核查日期{received}早于上次评估日期{expected}',
    'The as-of date {received} is before the last evaluation on {expected}',
  ],
  evaluation_due_out_of_range: [
    '下次评估的截止日期晚于9999年12月31日，无法表示',
    'The next evaluation due date would fall after 9999-12-31',
  ],
} as const satisfies Record<string, MessagePair>);

/**
 * Issue codes of the violations (六(四), `supervision.violations`), apart so that the annual summary
 * and the evaluation do not carry them.
 */
export const VIOLATION_MESSAGES = /* @__PURE__ */ zhValues({
  violation_outside_item_list: [
    '在项目清单外考核，考核结果不予认可',
    'Assessed outside the item list: the results are not recognised',
  ],
  violation_lowered_standard: [
    '降低考核标准发证，考核结果不予认可',
    'Lowered the assessment standard to issue certificates: the results are not recognised',
  ],
  violation_certificate_without_assessment: [
    '不考核就发证，考核结果不予认可',
    'Issued certificates without assessment: the results are not recognised',
  ],
  violation_false_advertising: [
    '从事虚假宣传，考核结果不予认可',
    'Engaged in false advertising: the results are not recognised',
  ],
  violation_disrupting_order: [
    '扰乱秩序，考核结果不予认可',
    'Disrupted order: the results are not recognised',
  ],
  violation_other: [
    '存在违规活动「{received}」，考核结果不予认可',
    'A violation was found ("{received}"): the results are not recognised',
  ],
  violation_not_listed: [
    '「{received}」不在政策列举的在项目清单外考核、降低考核标准发证、不考核就发证、虚假宣传、扰乱秩序之中，按“等违规活动”处理，如为笔误请更正',
    'The finding "{received}" is none of the five kinds the policy names (assessing outside the item list, lowered standard, certificates without assessment, false advertising, disrupting order): it is treated as another violation; correct it if it is a misspelling',
  ],
  violation_finding_invalid: [
    '违规情形应为非空的文字，收到{received}',
    'A finding must be a non-empty string; received {received}',
  ],
  violation_findings_invalid: [
    '违规情形应以列表给出，收到的是{received}',
    'The findings must be given as an array; received {received}',
  ],
} as const satisfies Record<string, MessagePair>);
