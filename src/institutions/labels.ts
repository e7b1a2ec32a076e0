import { fieldLabels } from '../core/labels.js';

/**
 * The labels of an {@link InstitutionApplication}'s fields: the 附件1 form's own words (单位名称、
 * 地址、统一社会信用代码、注册登记机构、机构性质、法定代表人、注册资金、联系人、职务、联系电话、电子邮箱,
 * its section 二's columns 项目名称、有无考核规范、能否组织开展培训), and for the evidence of 三1 and
 * 三2 the words of those conditions. @internal
 */
export const INSTITUTION_APPLICATION_FIELDS = /* @__PURE__ */ fieldLabels({
  name: ['单位名称', 'name of the unit'],
  creditCode: ['统一社会信用代码', 'unified social credit code'],
  kind: ['机构性质', 'kind of institution', 'institutionKinds'],
  address: ['地址', 'address'],
  registrationAuthority: ['注册登记机构', 'registration authority'],
  legalRepresentative: ['法定代表人', 'legal representative'],
  registeredCapital: ['注册资金', 'registered capital'],
  contact: ['联系人信息', 'contact details'],
  'contact.person': ['联系人', 'contact person'],
  'contact.title': ['职务', 'position'],
  'contact.phone': ['联系电话', 'telephone'],
  'contact.email': ['电子邮箱', 'email'],
  integrityPledgeSigned: ['诚信承诺签字盖章', 'integrity pledge signed and sealed'],
  workPlanSections: ['考核工作方案的内容', 'sections of the work plan', 'workPlanSections'],
  registrationDistrict: ['登记机关所在区（市）', 'district of the registration authority'],
  filedWithDistrict: ['受理申请的区（市）人力资源社会保障局', 'district bureau the application was filed with'],
  applicationDate: ['申请日期', 'application date'],
  legalPerson: ['具有独立法人资格', 'independent legal person'],
  goodCredit: ['社会信用良好', 'good social credit'],
  violationRecords: ['违法违规记录', 'records of violations'],
  rules: ['规章制度和管理办法', 'rules and management measures', 'ruleDocuments'],
  dedicatedUnit: ['专门负责专项职业能力考核工作的内部机构', 'internal unit dedicated to assessment'],
  staff: ['专职人员和考评人员等情况', 'full-time staff and assessors'],
  'staff.fullTime': ['专职工作人员人数', 'number of full-time staff'],
  'staff.assessors': ['考评人员人数', 'number of assessors'],
  'staff.supervisors': ['内部质量督导人员人数', 'number of internal quality supervisors'],
  facilities: ['场地设备等情况', 'site and equipment'],
  'facilities.site': ['场地', 'site'],
  'facilities.equipment': ['设施设备', 'facilities and equipment'],
  'facilities.videoSurveillance': ['视频监控设备', 'video surveillance equipment'],
  items: ['拟开展专项职业能力考核项目', 'items applied for'],
  'items[].name': ['项目名称', 'item name'],
  'items[].questionBank': ['拟开展专项职业能力考核项目题库', 'question bank of the item'],
  'items[].trainingSince': ['开展培训考核起始日期', 'training and assessment since'],
  'items[].helpedWriteSpecification': ['曾参与制定专项职业能力考核规范', 'helped write the assessment specification'],
  'items[].hasSpecification': ['有无考核规范', 'has an assessment specification'],
  'items[].canTrain': ['能否组织开展培训', 'can organise training'],
  stableFunding: ['稳定的经费保障', 'stable funding'],
  nonProfit: ['不以营利为目的', 'not for profit'],
  acceptsSupervision: ['自愿接受各级人力资源社会保障部门监督', 'accepts supervision by the human resources departments'],
  materials: ['申请材料', 'application materials', 'materials'],
});

/**
 * The labels of a {@link Catalog}'s fields (一): 《山东省专项职业能力考核项目目录》 and the
 * occupations of 《中华人民共和国职业分类大典（2022年版）》. @internal
 */
export const CATALOG_FIELDS = /* @__PURE__ */ fieldLabels({
  provincialItems: ['山东省专项职业能力考核项目目录', 'items of the Shandong catalogue'],
  occupations2022: ['职业分类大典（2022年版）已有职业（工种）', 'occupations of the 2022 classification'],
});

/**
 * The labels of a {@link Selection}'s fields (三3(2)): 评估结果公示, 异议, 机构代码. @internal
 */
export const SELECTION_FIELDS = /* @__PURE__ */ fieldLabels({
  publicity: ['评估结果公示', 'publicity of the evaluation result'],
  'publicity.start': ['公示开始日期', 'first day of the publicity'],
  'publicity.end': ['公示结束日期', 'last day of the publicity'],
  objections: ['异议', 'objections'],
  'objections[].raisedOn': ['异议提出日期', 'objection raised on'],
  'objections[].resolvedOn': ['异议处理完毕日期', 'objection resolved on'],
  codeAssignedOn: ['赋予机构代码日期', 'institution code assigned on'],
});
