import { zhQuotes, zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

// Three small tables rather than one, so that a bundle importing only the resident ID parser
// carries only its six messages: Chinese text is costly in gzip.

/** Issue codes of the resident ID number (GB 11643-1999). */
export const RESIDENT_ID_MESSAGES = /* @__PURE__ */ zhQuotes({
  resident_id_type: ['身份证号码应为文字', 'The resident ID number must be a string; received {received}'],
  resident_id_old_format: [
    '这是15位的旧身份证号码，请填写18位的身份证号码',
    'This is an old 15-digit ID number; give the 18-character number',
  ],
  resident_id_length: ['身份证号码应为18位，实为{received}位', 'The resident ID number must have 18 characters; it has {received}'],
  resident_id_characters: [
    '身份证号码前17位应为数字0至9，第18位应为数字或X',
    'The first 17 characters must be the digits 0 to 9, the 18th a digit or X',
  ],
  resident_id_birth_date: [
    '身份证号码第7至14位{received}不是真实的出生日期',
    'Characters 7 to 14 ({received}) are not a real birth date from {expected} on',
  ],
  resident_id_checksum: ['身份证号码第18位校验码应为“{expected}”，实为“{received}”', 'The check character must be {expected}; it is {received}'],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of the unified social credit code (GB 32100-2015). */
export const CREDIT_CODE_MESSAGES = /* @__PURE__ */ zhValues({
  credit_code_type: ['统一社会信用代码应为文字', 'The unified social credit code must be a string; received {received}'],
  credit_code_length: ['统一社会信用代码应为18位，实为{received}位', 'The unified social credit code must have 18 characters; it has {received}'],
  credit_code_characters: [
    '统一社会信用代码含有不允许的字符{received}，只能使用数字0至9和除I、O、Z、S、V以外的大写英文字母',
    'The unified social credit code contains {received}: only the digits 0 to 9 and the capital letters other than I, O, Z, S and V are allowed',
  ],
  credit_code_authority: [
    '统一社会信用代码第1位“{received}”不是登记管理部门代码',
    'Character 1 ({received}) is not a registration-authority code',
  ],
  credit_code_org_type: [
    '统一社会信用代码第2位“{received}”不是登记管理部门{authority}的机构类别代码',
    'Character 2 ({received}) is not an organisation-type code of registration authority {authorityEn}',
  ],
  credit_code_region: [
    '统一社会信用代码第3至8位是登记管理机关行政区划码，应为6位数字，实为“{received}”',
    'Characters 3 to 8 (the region code of the registration office) must be 6 digits; they are {received}',
  ],
  credit_code_checksum: ['统一社会信用代码第18位校验码应为“{expected}”，实为“{received}”', 'The check character must be {expected}; it is {received}'],
  credit_code_organisation_checksum: [
    '统一社会信用代码第9至17位是组织机构代码，其校验码（第17位）应为“{expected}”，实为“{received}”',
    'Characters 9 to 17 (the GB 11714 organisation code) must end in the check character {expected}; it is {received}',
  ],
  credit_code_unreadable: ['无法读取统一社会信用代码或其选项', 'The unified social credit code or its options could not be read'],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of age (周岁) and candidate eligibility (二). */
export const CANDIDATE_MESSAGES = /* @__PURE__ */ zhValues({
  age_before_birth: ['日期{received}早于出生日期{expected}', 'The date {received} is before the birth date {expected}'],
  candidate_under_age: [
    '申报日{date}未满{expected}周岁（实为{received}周岁），未达到法定劳动年龄',
    'Under {expected} completed years on {date} ({received}): below the legal working age',
  ],
  candidate_born_after_application: [
    '出生日期{received}晚于申报日{expected}',
    'The birth date {received} is after the application date {expected}',
  ],
  birth_date_mismatch: [
    '出生日期{received}与身份证号码中的出生日期{expected}不符',
    'The birth date {received} differs from the one in the ID number ({expected})',
  ],
} as const satisfies Record<string, MessagePair>);
