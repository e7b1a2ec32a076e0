import { zhQuotes } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/** Issue codes of the certificate code (附件3) and the institution code (三3(2)). */
export const CODES_MESSAGES = /* @__PURE__ */ zhQuotes({
  certificate_code_type: ['证书编号应为文字', 'The certificate code must be a string; received {received}'],
  certificate_code_whitespace: [
    '证书编号{received}含有空格或其他空白字符，请删除',
    'The certificate code {received} contains spaces or other white space; remove them',
  ],
  certificate_code_fullwidth: [
    '证书编号{received}含有全角数字，请改为半角数字0至9',
    'The certificate code {received} contains full-width digits; use the digits 0 to 9',
  ],
  certificate_code_length: [
    '证书编号应为15位，实为{received}位',
    'The certificate code must have 15 digits; it has {received}',
  ],
  certificate_code_characters: [
    '证书编号{received}含有数字以外的字符，只能由阿拉伯数字0至9组成',
    'The certificate code {received} may contain only the digits 0 to 9',
  ],
  certificate_code_province: [
    '证书编号第3至4位是省级代码，应为{expected}（山东省），实为{received}',
    'Digits 3 to 4 (the province) must be {expected} (Shandong); they are {received}',
  ],
  certificate_code_city: [
    '证书编号第5至6位{received}不是山东省的市级代码',
    'Digits 5 to 6 ({received}) are not the code of a Shandong city',
  ],
  certificate_code_institution_serial: [
    '证书编号第7至10位是考核机构序列码，应为0001至9999，不能为0000',
    'Digits 7 to 10 (the institution serial) must be 0001 to 9999, not 0000',
  ],
  certificate_code_serial: [
    '证书编号第11至15位是证书序列码，应为00001至99999，不能为00000',
    'Digits 11 to 15 (the certificate serial) must be 00001 to 99999, not 00000',
  ],
  certificate_code_year_mismatch: [
    '证书编号第1至2位年份代码为{received}，与发证年份{expected}年不符',
    'Digits 1 to 2 (year {received}) do not match the year of issue, {expected}',
  ],
  certificate_code_city_mismatch: [
    '证书编号的市级代码为{received}，应为{expected}',
    'The city code {received} of the certificate code is not the expected {expected}',
  ],
  certificate_code_institution_mismatch: [
    '证书编号中的考核机构代码为{received}，与发证的考核机构代码{expected}不符',
    'The institution code {received} in the certificate code is not that of the issuing institution, {expected}',
  ],
  certificate_year_out_of_range: [
    '发证年份应为2000年至2099年之间的整数年份',
    'The year of issue must be a whole number from 2000 to 2099; received {received}',
  ],
  certificate_serial_out_of_range: [
    '证书序列码应为1至{expected}之间的整数',
    'The certificate serial must be a whole number from 1 to {expected}; received {received}',
  ],
  institution_code_type: ['考核机构代码应为文字', 'The institution code must be a string; received {received}'],
  institution_code_whitespace: [
    '考核机构代码{received}含有空格或其他空白字符，请删除',
    'The institution code {received} contains spaces or other white space; remove them',
  ],
  institution_code_fullwidth: [
    '考核机构代码{received}含有全角数字，请改为半角数字0至9',
    'The institution code {received} contains full-width digits; use the digits 0 to 9',
  ],
  institution_code_length: [
    '考核机构代码应为8位，实为{received}位',
    'The institution code must have 8 digits; it has {received}',
  ],
  institution_code_characters: [
    '考核机构代码{received}含有数字以外的字符，只能由阿拉伯数字0至9组成',
    'The institution code {received} may contain only the digits 0 to 9',
  ],
  institution_code_province: [
    '考核机构代码第1至2位是省级代码，应为{expected}（山东省），实为{received}',
    'Digits 1 to 2 (the province) must be {expected} (Shandong); they are {received}',
  ],
  institution_code_city: [
    '考核机构代码第3至4位{received}不是山东省的市级代码',
    'Digits 3 to 4 ({received}) are not the code of a Shandong city',
  ],
  institution_code_serial: [
    '考核机构代码第5至8位是序列码，应为0001至9999，不能为0000',
    'Digits 5 to 8 (the institution serial) must be 0001 to 9999, not 0000',
  ],
  institution_code_city_mismatch: [
    '考核机构代码的市级代码为{received}，应为{expected}',
    'The city code {received} of the institution code is not the expected {expected}',
  ],
  institution_serial_out_of_range: [
    '考核机构序列码应为1至{expected}之间的整数',
    'The institution serial must be a whole number from 1 to {expected}; received {received}',
  ],
  unknown_city: [
    '{received}不是山东省的市（请填写两位市级代码，如04，或市名，如枣庄）',
    '{received} is not a Shandong city (give a two-digit code such as 04, or a name such as 枣庄)',
  ],
  certificate_count_invalid: [
    '要分配的证书编号个数应为0或正整数',
    'The number of codes to allocate must be a whole number of 0 or more; received {received}',
  ],
  certificate_serials_exhausted: [
    '考核机构{institutionCode}在{year}年的证书序列码{usedZh}，最多还能分配{expected}个（序列码最大为{max}），不能再分配{received}个',
    'Institution {institutionCode} {usedEn} in {year}: at most {expected} more can be allocated (the last is {max}), not {received}',
  ],
} as const satisfies Record<string, MessagePair>);
