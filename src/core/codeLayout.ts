// The numbers of the code layout of 附件3 (二(一)–二(三)). They are the layout the text fixes
// (「山东省固定取值 37」, four and five digits), not numbers of the policy: a Policy cannot change
// them, and the code functions read them from here, so that a code validator's bundle does not
// carry the policy. ZAOZHUANG_2023.maxCertificateSerial, the highest serial nextCertificateCodes
// may allocate, takes its value from MAX_CERTIFICATE_SERIAL.

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
