import type { MessagePair } from '../core/issues.js';

/** Issue codes of the institution application (三, 三1, 三2, 三3(1), 附件1, 附件2). */
export const INSTITUTION_MESSAGES = {
  institution_kind_unknown: [
    '机构性质{received}不是可识别的选项：企业、院校、社会团体、职业技能培训机构应分别填写“enterprise”“college”“social_organisation”“training_institution”',
    'The kind {received} is not one of enterprise, college, social_organisation or training_institution',
  ],
  registration_outside_zaozhuang: [
    '注册登记地{received}不是枣庄市的区（市），征集对象应为在枣庄市行政区域内依法登记的单位',
    'The registration place {received} is not a district of Zaozhuang: applicants must be registered in Zaozhuang',
  ],
  credit_code_individual_business: [
    '统一社会信用代码显示该单位为个体工商户，不具有独立法人资格',
    'The credit code is that of an individual business, which is not a legal person',
  ],
  filed_with_wrong_district: [
    '申请提交给了{received}人力资源社会保障局，应向登记机关所在的{expected}人力资源社会保障局提交',
    'The application was filed with the bureau of {receivedEn}; it must be filed with that of {expectedEn}, where the unit is registered',
  ],
  not_legal_person: ['申请单位不具有独立法人资格', 'The unit is not an independent legal person'],
  credit_not_good: ['申请单位社会信用状况不良', 'The unit\u2019s social credit is not good'],
  violation_records: ['申请单位有{received}条违法违规记录，应无违法违规记录', 'The unit has {received} records of violations; none are allowed'],
  rule_document_lacking: ['缺少规章制度：{document}', 'Written rules lacking: {documentEn}'],
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
  material_lacking: ['缺少申请材料：{material}', 'Application document lacking: {materialEn}'],
  work_plan_section_lacking: ['工作方案缺少“{section}”部分', 'The work plan lacks the section {sectionEn}'],
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
} as const satisfies Record<string, MessagePair>;

/** Issue codes of the catalogue of items (一). */
export const CATALOG_MESSAGES = {
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
} as const satisfies Record<string, MessagePair>;
