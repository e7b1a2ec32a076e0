import { zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/** Issue codes of the institution application (三, 三1, 三2, 三3(1), 附件1, 附件2). */
export const INSTITUTION_MESSAGES = /* @__PURE__ */ zhValues({
  institution_kind_other: [
    '机构性质「{received}」不在企业、院校、社会团体、职业技能培训机构之列，可否申请由区（市）人力资源社会保障局认定',
    'The kind "{received}" is none of enterprise, college, social organisation and vocational training institution: the district bureau decides whether it may apply',
  ],
  registration_outside_zaozhuang: [
    '注册登记地{received}不是枣庄市的区（市），征集对象应为在枣庄市行政区域内依法登记的单位',
    'The registration place {received} is not a district of Zaozhuang: applicants must be registered in Zaozhuang',
  ],
  credit_code_individual_business: [
    '统一社会信用代码第1至2位为92（个体工商户），个体工商户不具有独立法人资格，不能申请为考核机构',
    'Characters 1–2 of the credit code are 92 (individual business): an individual business is not a legal person and cannot apply',
  ],
  credit_code_government_body: [
    '统一社会信用代码第1至2位为11（机关），机关不在考核机构的征集对象之列',
    'Characters 1–2 of the credit code are 11 (government body): a government body is not among the units recruited as assessment institutions',
  ],
  credit_code_kind_mismatch: [
    '统一社会信用代码第1至2位为{category}（{categoryName}），与所填机构性质{kindName}不符（{kindName}一般为{fits}），请区（市）人力资源社会保障局核实',
    'Characters 1–2 of the credit code are {category} ({categoryNameEn}), which does not fit the declared kind, {kindNameEn} (usually {fitsEn}): the district bureau should verify it',
  ],
  credit_code_region_outside_zaozhuang: [
    '统一社会信用代码第3至8位为{received}，不是枣庄市的行政区划代码（3704开头）；单位迁入后代码不变，请核实是否在枣庄市行政区域内依法登记',
    'Characters 3–8 of the credit code are {received}, not a Zaozhuang region code (3704…); a unit that moved keeps its code, so check that it is registered in Zaozhuang',
  ],
  filed_with_wrong_district: [
    '申请提交给了{received}人力资源社会保障局，应向登记机关所在的{expected}人力资源社会保障局提交',
    'The application was filed with the bureau of {receivedEn}; it must be filed with that of {expectedEn}, where the unit is registered',
  ],
  not_legal_person: ['申请单位不具有独立法人资格', 'The unit is not an independent legal person'],
  credit_not_good: ['申请单位社会信用状况不良', 'The unit\u2019s social credit is not good'],
  violation_records: ['申请单位有{received}条违法违规记录，应无违法违规记录', 'The unit has {received} records of violations; none are allowed'],
  rule_document_lacking: ['缺少规章制度：{document}{extrasZh}', 'Written rules lacking: {documentEn}{extrasEn}'],
  no_dedicated_unit: [
    '未设立专门负责专项职业能力考核工作的内部机构',
    'No internal unit dedicated to special vocational ability assessment',
  ],
  staff_lacking: ['未配备{role}', 'No {roleEn}'],
  facility_lacking: ['不具备{facility}', 'Lacking {facilityEn}'],
  question_bank_lacking: ['考核项目“{item}”没有题库', 'Item "{item}" has no question bank'],
  experience_too_short: [
    '考核项目“{item}”开展培训考核至申请日满{received}年，应在{expected}年以上',
    'Item "{item}": {received} completed years of training and assessment by the application date; at least {expected} are required',
  ],
  training_since_after_application: [
    '考核项目“{item}”开展培训考核的起始日期{received}晚于申请日{expected}',
    'Item "{item}": training began on {received}, after the application date {expected}',
  ],
  item_cannot_train: ['考核项目“{item}”不能组织开展培训', 'Item "{item}": training cannot be organised'],
  item_without_specification: [
    '考核项目“{item}”尚无考核规范，考核须按照考核规范进行',
    'Item "{item}" has no assessment specification yet; assessment follows the specification',
  ],
  funding_not_stable: ['不能为考核工作提供稳定的经费保障', 'No stable funding for the assessment work'],
  profit_oriented: ['申请单位以营利为目的', 'The unit is run for profit'],
  supervision_not_accepted: ['申请单位不接受人力资源社会保障部门监督', 'The unit does not accept supervision by the HR departments'],
  material_lacking: ['缺少申请材料：{material}{extrasZh}', 'Application document lacking: {materialEn}{extrasEn}'],
  work_plan_section_lacking: ['工作方案缺少“{section}”部分{extrasZh}', 'The work plan lacks the section {sectionEn}{extrasEn}'],
  integrity_pledge_unsigned: ['诚信承诺书未签署', 'The integrity pledge is not signed'],
  contact_phone_invalid: [
    '联系电话{received}不是有效的手机号码或带区号的固定电话号码',
    'The phone number {received} is neither a mainland mobile number nor a landline number with its area code',
  ],
  contact_email_invalid: ['电子邮箱{received}格式不正确', 'The email address {received} is not well formed'],
  registered_capital_invalid: ['注册资金{received}中没有写明金额', 'The registered capital {received} states no amount'],
  no_items: ['未填写拟开展的考核项目', 'No assessment item is applied for'],
  too_many_items: ['申请了{received}个考核项目，每家考核机构不得超过{expected}个', 'Applied for {received} items; no more than {expected} per institution'],
  item_duplicate: ['考核项目“{item}”重复填写', 'Item "{item}" is listed twice'],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of the catalogue of items (一). */
export const CATALOG_MESSAGES = /* @__PURE__ */ zhValues({
  item_not_in_catalog: [
    '考核项目“{item}”不在《山东省专项职业能力考核项目目录》范围内',
    'Item "{item}" is not in the Shandong catalogue of special vocational ability items',
  ],
  item_is_occupation: [
    '考核项目“{item}”是《中华人民共和国职业分类大典（2022年版）》中已有的职业（工种），不再列入专项职业能力考核项目',
    'Item "{item}" is an occupation of the 2022 Occupational Classification, so it is not a special vocational ability item',
  ],
  catalog_exclusion_unchecked: [
    '未提供《中华人民共和国职业分类大典（2022年版）》的职业（工种）清单，未能核对考核项目“{item}”是否已是职业（工种）',
    'No list of the 2022 occupations was given, so "{item}" was not checked against it',
  ],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of the selection (三3(2): `selection.code`). */
export const SELECTION_MESSAGES = /* @__PURE__ */ zhValues({
  selection_code_too_early: [
    '机构代码于{assignedZh}赋予，早于公示期满：公示至{endZh}结束，应在公示期满后赋予机构代码',
    'The institution code was assigned on {assignedEn}, but the publicity ran until {endEn}: the code may only be assigned after the publicity',
  ],
  objection_unresolved: [
    '公示期间{raisedZh}提出的异议尚未处理完毕，不应于{assignedZh}赋予机构代码',
    'An objection raised during the publicity on {raisedEn} is not resolved: the institution code must not be assigned on {assignedEn}',
  ],
  objection_resolved_after_code: [
    '公示期间{raisedZh}提出的异议于{resolvedZh}处理完毕，晚于{assignedZh}赋予机构代码，应先处理异议',
    'An objection raised during the publicity on {raisedEn} was resolved on {resolvedEn}, after the institution code was assigned on {assignedEn}',
  ],
  objection_resolved_before_raised: [
    '异议处理日期{resolvedZh}早于提出日期{raisedZh}',
    'The objection was resolved on {resolvedEn}, before it was raised on {raisedEn}',
  ],
} as const satisfies Record<string, MessagePair>);
