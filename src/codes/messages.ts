import type { MessagePair } from '../core/issues.js';

/** Issue codes of the certificate code (附件3) and the institution code (三3(2)). */
export const CODES_MESSAGES = {
  certificate_code_type: ['证书编码必须是字符串，收到 {received}', 'The certificate code must be a string; received {received}'],
  certificate_code_whitespace: [
    '证书编码含有空格或其他空白字符，请删除',
    'The certificate code contains spaces or other white space; remove them',
  ],
  certificate_code_fullwidth: [
    '证书编码含有全角数字，请改为半角数字 0–9',
    'The certificate code contains full-width digits; use the ASCII digits 0–9',
  ],
  certificate_code_length: [
    '证书编码应为 15 位，实为 {received} 位',
    'The certificate code must have 15 characters; it has {received}',
  ],
  certificate_code_characters: [
    '证书编码只能由阿拉伯数字 0–9 组成',
    'The certificate code may contain only the digits 0–9',
  ],
  certificate_code_province: [
    '证书编码第 3–4 位省级代码应为 {expected}（山东省），实为 {received}',
    'Digits 3–4 (province) must be {expected} (Shandong); they are {received}',
  ],
  certificate_code_city: [
    '证书编码第 5–6 位 {received} 不是山东省的市级代码',
    'Digits 5–6 ({received}) are not the code of a Shandong city',
  ],
  certificate_code_institution_serial: [
    '证书编码第 7–10 位考核机构序列码应为 0001 至 9999，不能为 0000',
    'Digits 7–10 (institution serial) must be 0001 to 9999, not 0000',
  ],
  certificate_code_serial: [
    '证书编码第 11–15 位证书序列码应为 00001 至 99999，不能为 00000',
    'Digits 11–15 (certificate serial) must be 00001 to 99999, not 00000',
  ],
  certificate_code_year_mismatch: [
    '证书编码第 1–2 位年份代码 {received} 与发证年份 {expected} 不符',
    'Digits 1–2 (year {received}) do not match the issue year {expected}',
  ],
  certificate_code_city_mismatch: [
    '证书编码的市级代码 {received} 与要求的 {expected} 不符',
    'The city code {received} is not the expected {expected}',
  ],
  certificate_code_institution_mismatch: [
    '证书编码中的考核机构代码 {received} 与发证机构代码 {expected} 不符',
    'The institution code {received} in the certificate code is not the issuing institution {expected}',
  ],
  certificate_year_out_of_range: [
    '证书核发年份应为 2000 至 2099 年的整数，收到 {received}',
    'The issue year must be a whole number from 2000 to 2099; received {received}',
  ],
  certificate_serial_out_of_range: [
    '证书序列码应为 1 至 {expected} 的整数，收到 {received}',
    'The certificate serial must be a whole number from 1 to {expected}; received {received}',
  ],
  institution_code_type: ['考核机构代码必须是字符串，收到 {received}', 'The institution code must be a string; received {received}'],
  institution_code_whitespace: [
    '考核机构代码含有空格或其他空白字符，请删除',
    'The institution code contains spaces or other white space; remove them',
  ],
  institution_code_fullwidth: [
    '考核机构代码含有全角数字，请改为半角数字 0–9',
    'The institution code contains full-width digits; use the ASCII digits 0–9',
  ],
  institution_code_length: [
    '考核机构代码应为 8 位，实为 {received} 位',
    'The institution code must have 8 characters; it has {received}',
  ],
  institution_code_characters: [
    '考核机构代码只能由阿拉伯数字 0–9 组成',
    'The institution code may contain only the digits 0–9',
  ],
  institution_code_province: [
    '考核机构代码第 1–2 位省级代码应为 {expected}（山东省），实为 {received}',
    'Digits 1–2 (province) must be {expected} (Shandong); they are {received}',
  ],
  institution_code_city: [
    '考核机构代码第 3–4 位 {received} 不是山东省的市级代码',
    'Digits 3–4 ({received}) are not the code of a Shandong city',
  ],
  institution_code_serial: [
    '考核机构代码第 5–8 位序列码应为 0001 至 9999，不能为 0000',
    'Digits 5–8 (institution serial) must be 0001 to 9999, not 0000',
  ],
  institution_code_city_mismatch: [
    '考核机构代码的市级代码 {received} 与要求的 {expected} 不符',
    'The city code {received} is not the expected {expected}',
  ],
  institution_serial_out_of_range: [
    '考核机构序列号应为 1 至 {expected} 的整数，收到 {received}',
    'The institution serial must be a whole number from 1 to {expected}; received {received}',
  ],
  unknown_city: [
    '{received} 不是山东省的城市（请使用两位市级代码如 04，或城市名如 枣庄）',
    '{received} is not a Shandong city (give a two-digit code such as 04, or a name such as 枣庄)',
  ],
  certificate_count_invalid: [
    '要分配的证书数量应为非负整数，收到 {received}',
    'The number of codes to allocate must be a whole number of 0 or more; received {received}',
  ],
  certificate_serials_exhausted: [
    '{year} 年考核机构 {institutionCode} 的证书序列码已用至 {highest}，最多还能分配 {expected} 个（上限 {max}），无法再分配 {received} 个',
    'Institution {institutionCode} has used certificate serials up to {highest} in {year}: at most {expected} more can be allocated (the last is {max}), not {received}',
  ],
} as const satisfies Record<string, MessagePair>;
