import type { RecordType } from './fields.js';

const NAME = ['姓名', '考生姓名', '持证人', '持证人姓名', '名字', '学员姓名'];
const ID_NUMBER = ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '身份证件号码', '身份证件号', '公民身份证号码', 'ID number'];
const BIRTH_DATE = ['出生日期', '出生年月日', '生日', 'Birth date'];
const ITEM = ['考核项目', '项目名称', '项目', '考核项目名称', '专项职业能力考核项目', '专项职业能力项目', '职业能力项目', 'Item'];
const INSTITUTION = ['考核机构', '发证机构', '考核机构名称', '发证单位', '机构名称', '考核单位', 'Institution'];
const DISTRICT = ['区（市）', '区市', '所在区（市）', '区县', '区（县、市）', '地区', '考核区域', '县区'];

/**
 * The header cells that name each field, beyond its field name and its labels in `LABELS` (the
 * library's words, 身份证号 / resident ID number): the variants found in real registers and exports
 * (身份证号码, 公民身份号码, 成绩, 证书编码, …), and the labels the command read before it took
 * them from `LABELS` (考核机构代码, 档案载体, ID number, Issue date, …), which stay recognised.
 * Matched after NFKC, without white space, without a trailing `*`, `（必填）` or other bracketed
 * note, and case-insensitively.
 */
export const HEADER_VARIANTS: Readonly<Record<RecordType, Readonly<Record<string, readonly string[]>>>> = {
  certificate: {
    name: NAME,
    idNumber: ID_NUMBER,
    item: ITEM,
    score: ['成绩', '考核成绩', '总成绩', '分数', '得分', '考试成绩'],
    code: ['证书编号', '证书编码', '证书号', '证书号码', '证号'],
    institution: INSTITUTION,
    issuedOn: ['发证日期', '发证时间', '颁证日期', '证书日期', '发放日期', 'Issue date'],
  },
  registration: {
    name: NAME,
    idNumber: ID_NUMBER,
    birthDate: BIRTH_DATE,
    registeredOn: ['报名日期', '报名时间', '报名日'],
  },
  candidate: {
    name: NAME,
    idNumber: ID_NUMBER,
    birthDate: BIRTH_DATE,
    applicationDate: ['申报日期', '申请日期', '报名日期', '申报时间'],
  },
  'institution-application': {
    name: ['单位名称', '机构名称', '申请单位', '申报单位'],
    creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', '统一信用代码'],
    kind: ['机构性质', '单位性质', '机构类型', '单位类型'],
    address: ['单位地址', '地址', '注册地址', '通讯地址'],
    registrationAuthority: ['登记机关', '登记注册机关', '注册机关'],
    legalRepresentative: ['法定代表人', '法人代表', '法定代表人姓名'],
    registeredCapital: ['注册资本', '注册资金', '开办资金'],
    'contact.person': ['联系人', '联系人姓名'],
    'contact.title': ['联系人职务', '职务', 'Contact title'],
    'contact.phone': ['联系电话', '电话', '手机', '手机号码', '联系方式', 'Contact phone'],
    'contact.email': ['电子邮箱', '邮箱', '电子邮件', 'email', 'e-mail', 'Contact email'],
    integrityPledgeSigned: ['诚信承诺', '签署诚信承诺', '诚信承诺书', 'Integrity pledge signed'],
    workPlanSections: ['工作方案', '考核工作方案', 'Work plan sections'],
    registrationDistrict: ['注册地', '注册所在区（市）', '登记注册地', '所在区（市）', 'District of registration'],
    filedWithDistrict: ['申报区（市）', '受理区（市）', '申报地', 'District applied to'],
    applicationDate: ['申请日期', '申报日期', '申请时间'],
    legalPerson: ['具有独立法人资格', '独立法人', '法人资格', 'Legal person'],
    goodCredit: ['社会信用良好', '信用良好', '社会信用', 'Good credit'],
    violationRecords: ['违法违规记录', '违规记录', '违法违规记录数', 'Violation records'],
    rules: ['管理制度', '规章制度', '制度', 'Written rules'],
    dedicatedUnit: ['专门考核工作机构', '专门机构', '考核工作机构', 'Dedicated unit'],
    'staff.fullTime': ['专职工作人员', '专职人员', '专职工作人员数', 'Full-time staff'],
    'staff.assessors': ['考评人员', '考评员', '考评人员数', 'Assessors'],
    'staff.supervisors': ['质量督导人员', '督导人员', '督导员', 'Supervisors'],
    'facilities.site': ['考核场地', '场地', 'Assessment site'],
    'facilities.equipment': ['考核设施设备', '设施设备', '设备', 'Assessment equipment'],
    'facilities.videoSurveillance': ['视频监控', '监控设备', 'Video surveillance'],
    items: ['申报项目', '申请项目', '考核项目', '项目'],
    stableFunding: ['经费来源稳定', '经费稳定', '稳定经费来源'],
    nonProfit: ['不以营利为目的', '非营利', 'Non-profit'],
    acceptsSupervision: ['接受监督', '自觉接受监督', 'Accepts supervision'],
    materials: ['申报材料', '申请材料', '材料'],
  },
  'assessment-batch': {
    institutionCode: ['考核机构代码', '机构代码', '机构编码'],
    item: ITEM,
    district: ['考核区（市）', ...DISTRICT],
    'approvedScope.items': ['核准考核项目', '核准项目', '评估同意的考核项目'],
    'approvedScope.district': ['核准区（市）', '核准考核区域'],
    'announcement.contents': ['公告内容', '公告事项', 'Announcement contents'],
    'plan.filedOn': ['考核计划报备日期', '计划报备日期', '报备日期', '计划上报日期'],
    'plan.approvedOn': ['考核计划审核日期', '计划审核日期', '计划审批日期'],
    'plan.contents': ['考核计划内容', '计划内容', 'Plan contents'],
    'exam.startDate': ['考核开始日期', '考核日期', '考试日期', '考试开始日期', 'Exam start date'],
    'exam.endDate': ['考核结束日期', '考试结束日期', 'Exam end date'],
    'exam.method': ['考核方式', '考试方式', 'Exam method'],
    'exam.site': ['考核场所', '考核地点类型', '考场类型'],
    'exam.productionSafetyAssured': ['安全生产有保障', '安全生产保障', 'Production safety assured'],
    'exam.notices': ['考场须知', '考场公告', 'Notices'],
    'exam.videoRecorded': ['全程录像', '全程视频录像', '录像', 'Video recorded'],
    'questionBank.approvedOn': ['题库审定日期', '题库审核日期'],
    'resultsPublicity.start': ['公示开始日期', '公示开始', '结果公示开始日期', 'Publicity start'],
    'resultsPublicity.end': ['公示结束日期', '公示结束', '结果公示结束日期', 'Publicity end'],
    'certificates.uploadedOn': ['结果上传日期', '上传日期', '信息上传日期'],
    'certificates.approvedOn': ['审核日期', '结果审核日期', 'Approved on'],
    'certificates.issuedOn': ['发证日期', '证书颁发日期', '颁证日期', 'Issue date'],
  },
  assignment: {
    institution: INSTITUTION,
    item: ITEM,
    district: DISTRICT,
  },
  'archive-record': {
    medium: ['档案载体', '载体', '介质', '档案类型', '载体类型'],
    closedOn: ['归档日期', '立卷日期', '办结日期', '结档日期', '归档时间'],
  },
};
