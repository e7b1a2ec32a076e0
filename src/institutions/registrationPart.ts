import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { parseUnifiedSocialCreditCode } from '../identity/parseUnifiedSocialCreditCode.js';
import type { UnifiedSocialCreditCode } from '../identity/parseUnifiedSocialCreditCode.js';
import { INSTITUTION_KIND_CREDIT_CATEGORIES, REFUSED_CREDIT_CATEGORIES, ZAOZHUANG_REGION_PREFIX } from './creditCategories.js';
import { readDistrictRow, ZAOZHUANG_DISTRICTS } from '../core/districts.js';
import type { ZaozhuangDistrict } from '../core/districts.js';
import { missingIssue, readText } from '../core/evidence.js';
import { INSTITUTION_MESSAGES } from './messages.js';
import { INSTITUTION_KINDS } from './vocabulary.js';
import type { InstitutionKind } from './vocabulary.js';

const CLAUSE = 'institution.registration';

/**
 * What the credit code says of the unit, against 三: its category (characters 1–2) against the
 * declared kind, and its region (characters 3–8) against Zaozhuang. @internal
 */
function creditCodeIssues(code: UnifiedSocialCreditCode, declared: string | undefined): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const category = code.authorityCode + code.typeCode;
  const words = { category, categoryName: code.typeName, categoryNameEn: code.typeNameEn };
  if (REFUSED_CREDIT_CATEGORIES.includes(category)) {
    // 民法典 第五十四条: an individual business is not a legal person; a government body is not recruited.
    const refused = category === '92' ? 'credit_code_individual_business' : 'credit_code_government_body';
    issues.push(issueFrom(INSTITUTION_MESSAGES, refused, CLAUSE, { path: ['creditCode'], received: category, params: words }));
  } else if (declared !== undefined && Object.prototype.hasOwnProperty.call(INSTITUTION_KIND_CREDIT_CATEGORIES, declared)) {
    const kind = declared as InstitutionKind;
    const fits = INSTITUTION_KIND_CREDIT_CATEGORIES[kind];
    if (!fits.includes(category)) {
      const { name: kindName, nameEn: kindNameEn } = INSTITUTION_KINDS[kind];
      issues.push(
        issueFrom(INSTITUTION_MESSAGES, 'credit_code_kind_mismatch', CLAUSE, {
          severity: 'warning',
          path: ['creditCode'],
          expected: fits,
          received: category,
          params: { ...words, kindName, kindNameEn, fits: fits.join('、'), fitsEn: fits.join(', ') },
        }),
      );
    }
  }
  if (!code.regionCode.startsWith(ZAOZHUANG_REGION_PREFIX)) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'credit_code_region_outside_zaozhuang', CLAUSE, {
        severity: 'warning',
        path: ['creditCode'],
        expected: `${ZAOZHUANG_REGION_PREFIX}xx`,
        received: code.regionCode,
      }),
    );
  }
  return issues;
}

/**
 * 三 「在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」, the credit code of
 * 附件1, and 三3(1) 「向登记机关所在区（市）人力资源社会保障局提交申请」. @internal
 */
export function checkRegistration(app: Record<string, unknown>, issues: RuleIssue[]): void {
  const { kind, creditCode, registrationDistrict, filedWithDistrict } = app;
  // 「……职业技能培训机构等」: another kind is for the bureau to decide, a warning.
  const declared = readText(kind, ['kind'], 'institution.registration', issues);
  if (declared !== undefined && !Object.prototype.hasOwnProperty.call(INSTITUTION_KINDS, declared)) {
    issues.push(
      issueFrom(INSTITUTION_MESSAGES, 'institution_kind_other', 'institution.registration', { severity: 'warning', path: ['kind'], received: declared }),
    );
  }

  if (creditCode === undefined || creditCode === '') issues.push(missingIssue('materials.form', ['creditCode']));
  else {
    const parsed = parseUnifiedSocialCreditCode(creditCode);
    if (!parsed.ok) issues.push(...parsed.issues.map((i) => ({ ...i, path: ['creditCode', ...(i.path ?? [])] })));
    else issues.push(...creditCodeIssues(parsed.value, declared));
  }

  const registeredRow = readDistrictRow(registrationDistrict, ['registrationDistrict'], 'institution.registration', issues, (received) =>
    issueFrom(INSTITUTION_MESSAGES, 'registration_outside_zaozhuang', 'institution.registration', { path: ['registrationDistrict'], received }),
  );
  const filedRow = readDistrictRow(filedWithDistrict, ['filedWithDistrict'], 'selection.filing', issues);
  if (filedRow !== undefined && registeredRow !== undefined && filedRow !== registeredRow) {
    const [registered, filed] = [ZAOZHUANG_DISTRICTS[registeredRow], ZAOZHUANG_DISTRICTS[filedRow]] as [ZaozhuangDistrict, ZaozhuangDistrict];
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
