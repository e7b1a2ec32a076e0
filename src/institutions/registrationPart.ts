import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { parseUnifiedSocialCreditCode } from '../identity/parseUnifiedSocialCreditCode.js';
import { districtOf } from '../core/districts.js';
import { invalidIssue, missingIssue } from '../core/evidence.js';
import { DISTRICT_MESSAGES } from '../core/messages.js';
import { INSTITUTION_MESSAGES } from './messages.js';
import { INSTITUTION_KINDS } from './vocabulary.js';

/**
 * 三 「在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」, the credit code of
 * 附件1, and 三3(1) 「向登记机关所在区（市）人力资源社会保障局提交申请」. @internal
 */
export function checkRegistration(app: Record<string, unknown>, issues: RuleIssue[]): void {
  const { kind, creditCode, registrationDistrict, filedWithDistrict } = app;
  if (kind === undefined) issues.push(missingIssue('institution.registration', ['kind']));
  else if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(INSTITUTION_KINDS, kind)) {
    issues.push(issueFrom(INSTITUTION_MESSAGES, 'institution_kind_unknown', 'institution.registration', { path: ['kind'], received: describe(kind) }));
  }

  if (creditCode === undefined || creditCode === '') issues.push(missingIssue('materials.form', ['creditCode']));
  else {
    const parsed = parseUnifiedSocialCreditCode(creditCode);
    if (!parsed.ok) issues.push(...parsed.issues.map((i) => ({ ...i, path: ['creditCode', ...(i.path ?? [])] })));
    else if (parsed.value.authorityCode === '9' && parsed.value.typeCode === '2') {
      // 民法典 第五十四条: an individual business (个体工商户) is not a legal person.
      issues.push(issueFrom(INSTITUTION_MESSAGES, 'credit_code_individual_business', 'eligibility.legal', { path: ['creditCode'] }));
    }
  }

  const registered = districtOf(registrationDistrict);
  if (registrationDistrict === undefined) issues.push(missingIssue('institution.registration', ['registrationDistrict']));
  else if (registered === undefined) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'registration_outside_zaozhuang', 'institution.registration', {
        path: ['registrationDistrict'],
        received: describe(registrationDistrict),
      }),
    );
  }

  if (filedWithDistrict === undefined) {
    issues.push(missingIssue('selection.filing', ['filedWithDistrict']));
    return;
  }
  const filed = districtOf(filedWithDistrict);
  if (filed === undefined) {
    issues.push(
      typeof filedWithDistrict === 'string'
        ? issueFrom(DISTRICT_MESSAGES, 'unknown_district', 'selection.filing', { path: ['filedWithDistrict'], received: describe(filedWithDistrict) })
        : invalidIssue('selection.filing', ['filedWithDistrict'], filedWithDistrict, '区（市）的代码或名称', 'a district code or name'),
    );
  } else if (registered !== undefined && filed.code !== registered.code) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'filed_with_wrong_district', 'selection.filing', {
        path: ['filedWithDistrict'],
        expected: registered.code,
        received: filed.code,
        params: {
          expected: registered.name,
          received: filed.name,
          expectedEn: `${registered.nameEn} (${registered.code})`,
          receivedEn: `${filed.nameEn} (${filed.code})`,
        },
      }),
    );
  }
}
