// The numbers of the code layout of 附件3 (二(二), 二(三)). They are part of ZAOZHUANG_2023
// (src/core/policy.ts reads them from here); they stand apart so that a code validator's bundle
// does not carry the whole policy.

/** certificate.code, 附件3 二(二): 「山东省固定取值 37」. @internal */
export const PROVINCE_CODE = '37';
/** selection.code, 附件3 二(二): 「取值 0001 至 9999」. @internal */
export const MAX_INSTITUTION_SERIAL = 9999;
/** certificate.code, 附件3 二(三): 「取值 00001 至 99999」. @internal */
export const MAX_CERTIFICATE_SERIAL = 99_999;
/** certificate.code, 附件3 二(一): the two year digits 「取公元纪年后两位」 name the years 2000–2099. @internal */
export const FIRST_CODE_YEAR = 2000;
/** @internal */
export const LAST_CODE_YEAR = 2099;
