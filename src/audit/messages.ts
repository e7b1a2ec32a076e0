import { zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/**
 * Issue codes of the linked audit (issue 13): the records of one batch checked against each other
 * by ID number, and a list left out of the input. Every message names the record (第3张证书) by
 * its place in the list, counted from 1; the path keeps the index.
 */
export const AUDIT_MESSAGES = /* @__PURE__ */ zhValues({
  audit_list_missing: [
    '未提供{list}，无法核查本条',
    'No {listEn} given: this clause could not be checked',
  ],
  certificate_not_registered: [
    '第{n}张证书的持证人（身份证号{received}）未报名参加本批次考核，属不考核就发证',
    'Certificate {n} is for ID number {received}, who never registered for this batch: a certificate without assessment',
  ],
  certificate_not_assessed: [
    '第{n}张证书的持证人（身份证号{received}）没有考核成绩，属不考核就发证',
    'Certificate {n} is for ID number {received}, who has no result: a certificate without assessment',
  ],
  certificate_result_below_pass: [
    '第{n}张证书的持证人考核成绩为{received}分，低于合格分数{expected}分，不应发证',
    'Certificate {n}: the holder scored {received}, below the pass mark of {expected}; no certificate may be issued',
  ],
  derived_lowered_standard: [
    '第{n}张证书发给考核不合格的人员，属降低考核标准发证，考核结果不予认可',
    'Certificate {n} was issued to a candidate who did not pass: the standard was lowered, and the results are not recognised',
  ],
  certificate_score_mismatch: [
    '第{n}张证书上的考核成绩为{received}分，与成绩记录的{expected}分不一致',
    'Certificate {n} gives the score {received}; the result on record is {expected}',
  ],
  certificate_item_not_batch: [
    '第{n}张证书上的考核项目“{received}”不是本批次考核的“{expected}”',
    'Certificate {n} is for the item "{received}"; this batch assessed "{expected}"',
  ],
  certificate_item_out_of_scope: [
    '第{n}张证书上的考核项目“{received}”不在评估同意的考核项目之内',
    'Certificate {n} is for the item "{received}", outside the approved items',
  ],
  derived_outside_item_list: [
    '{where}的考核项目“{received}”不在评估同意的考核项目清单内，属在项目清单外考核，考核结果不予认可',
    '{whereEn} assessed the item "{received}", outside the approved item list: the results are not recognised',
  ],
  certificate_code_duplicate: [
    '第{n}张证书的证书编号{received}与第{first}张重复',
    'Certificate {n} has the code {received}, already used by certificate {first}',
  ],
  certificate_id_duplicate: [
    '身份证号{received}的人员已于第{first}张证书获发同一项目的证书，第{n}张重复发证',
    'Certificate {n} certifies ID number {received} a second time for the same item (first: certificate {first})',
  ],
  certificate_name_mismatch: [
    '第{n}张证书上的姓名“{received}”与报名时的姓名“{expected}”不一致',
    'Certificate {n} gives the name "{received}"; the registration gives "{expected}"',
  ],
  result_not_registered: [
    '第{n}条考核成绩的身份证号{received}未报名参加本批次考核',
    'Result {n} is for ID number {received}, who never registered for this batch',
  ],
  result_duplicate_id: [
    '第{n}条考核成绩的身份证号{received}与第{first}条重复',
    'Result {n} repeats the ID number {received} of result {first}',
  ],
  results_over_registrations: [
    '考核成绩{received}条，多于报名人数{expected}人',
    '{received} results, more than the {expected} candidates who registered',
  ],
  registration_before_announcement: [
    '第{n}条报名日期为{receivedZh}，早于公告发布日期{expectedZh}',
    'Registration {n} is dated {received}, before the announcement was published on {expected}',
  ],
  registration_after_exam_start: [
    '第{n}条报名日期为{receivedZh}，不早于考试开始日期{expectedZh}',
    'Registration {n} is dated {received}, on or after the first day of the exam ({expected})',
  ],
} as const satisfies Record<string, MessagePair>);
