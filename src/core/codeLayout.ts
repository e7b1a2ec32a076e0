/**
 * The numbers of the code layout of 附件3 (二(二), 二(三)). They are part of {@link ZAOZHUANG_2023};
 * they stand apart so that a code validator's bundle does not carry the whole policy.
 * @internal
 */
export const CODE_LAYOUT = {
  /** certificate.code: 「山东省固定取值 37」 */
  provinceCode: '37',
  /** selection.code: 「取值 0001 至 9999」 */
  maxInstitutionSerial: 9999,
  /** certificate.code: 「取值 00001 至 99999」 */
  maxCertificateSerial: 99_999,
} as const;
