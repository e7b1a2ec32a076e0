import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { lackingWordIssue, lackingWords, readCount, readObject } from '../core/evidence.js';
import { checkFlag } from './evidence.js';
import { INSTITUTION_MESSAGES } from './messages.js';
import { MATERIALS, RULE_DOCUMENTS } from './vocabulary.js';

const STAFF = {
  fullTime: ['专职工作人员', 'full-time staff'],
  assessors: ['考评人员', 'assessors (考评人员)'],
  supervisors: ['内部质量督导人员', 'internal quality supervisors (督导人员)'],
} as const;

const FACILITIES = {
  site: ['相应的场地', 'a suitable site'],
  equipment: ['相应的设施、设备', 'suitable facilities and equipment'],
  videoSurveillance: ['视频监控设备', 'video surveillance equipment'],
} as const;

/** The conditions of 三1(1), (2), (3) (other than the per-item question bank), (6) and (7). @internal */
export function checkConditions(app: Record<string, unknown>, issues: RuleIssue[]): void {
  // 三1(1) 具有独立法人资格，社会信用良好，无违法违规记录
  checkFlag(app.legalPerson, ['legalPerson'], 'eligibility.legal', 'not_legal_person', issues);
  checkFlag(app.goodCredit, ['goodCredit'], 'eligibility.legal', 'credit_not_good', issues);
  const violations = readCount(app.violationRecords, ['violationRecords'], 'eligibility.legal', issues);
  if (violations !== undefined && violations > 0) {
    issues.push(issueFrom(INSTITUTION_MESSAGES, 'violation_records', 'eligibility.legal', { path: ['violationRecords'], expected: 0, received: violations }));
  }

  // 三1(2) 规章制度和管理办法
  const rules = lackingWords(app.rules, ['rules'], 'eligibility.rules', RULE_DOCUMENTS, issues);
  for (const key of rules?.lacking ?? []) {
    const { name: document, nameEn: documentEn } = RULE_DOCUMENTS[key];
    issues.push(lackingWordIssue(INSTITUTION_MESSAGES, 'rule_document_lacking', 'eligibility.rules', ['rules'], key, rules?.extras ?? [], { document, documentEn }));
  }

  // 三1(3) 内部机构、人员、场地设施设备
  checkFlag(app.dedicatedUnit, ['dedicatedUnit'], 'eligibility.capacity', 'no_dedicated_unit', issues);
  const staff = readObject(app.staff, ['staff'], 'eligibility.capacity', issues);
  if (staff !== undefined) {
    for (const [key, [role, roleEn]] of Object.entries(STAFF)) {
      const count = readCount(staff[key], ['staff', key], 'eligibility.capacity', issues);
      if (count === 0) {
        issues.push(issueFrom(INSTITUTION_MESSAGES, 'staff_lacking', 'eligibility.capacity', { path: ['staff', key], expected: '≥ 1', received: 0, params: { role, roleEn } }));
      }
    }
  }
  const facilities = readObject(app.facilities, ['facilities'], 'eligibility.capacity', issues);
  if (facilities !== undefined) {
    for (const [key, [facility, facilityEn]] of Object.entries(FACILITIES)) {
      checkFlag(facilities[key], ['facilities', key], 'eligibility.capacity', 'facility_lacking', issues, { facility, facilityEn });
    }
  }

  // 三1(6) 稳定的经费保障，不以营利为目的；三1(7) 接受监督
  checkFlag(app.stableFunding, ['stableFunding'], 'eligibility.funding', 'funding_not_stable', issues);
  checkFlag(app.nonProfit, ['nonProfit'], 'eligibility.funding', 'profit_oriented', issues);
  checkFlag(app.acceptsSupervision, ['acceptsSupervision'], 'eligibility.supervision', 'supervision_not_accepted', issues);

  // 三2 申请材料
  const materials = lackingWords(app.materials, ['materials'], 'materials', MATERIALS, issues);
  for (const key of materials?.lacking ?? []) {
    const { name: material, nameEn: materialEn } = MATERIALS[key];
    issues.push(lackingWordIssue(INSTITUTION_MESSAGES, 'material_lacking', 'materials', ['materials'], key, materials?.extras ?? [], { material, materialEn }));
  }
}
