import { fieldLabels } from '../core/labels.js';

/**
 * The labels of a {@link CertificateSerialState}'s fields (附件3: 证书核发年份代码, 考核机构代码,
 * 证书序列码). @internal
 */
export const CERTIFICATE_SERIAL_STATE_FIELDS = /* @__PURE__ */ fieldLabels({
  year: ['证书核发年份', 'year of issue'],
  institutionCode: ['考核机构代码', 'institution code'],
  issued: ['已核发的证书编号', 'codes already issued'],
});
