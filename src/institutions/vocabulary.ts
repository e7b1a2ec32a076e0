import { terms } from '../core/terms.js';
import type { Term } from '../core/terms.js';

export type { Term };

/** The four kinds of applicant of 三 and of the 机构性质 boxes of 附件1. */
export type InstitutionKind = 'enterprise' | 'college' | 'social_organisation' | 'training_institution';
/** The written rules of 三1(2). */
export type RuleDocument =
  | 'assessment_management'
  | 'finance'
  | 'archives'
  | 'work_safety_emergency'
  | 'incident_emergency'
  | 'assessment_procedure'
  | 'equipment_safety';
/** The six documents of 三2. */
export type Material =
  | 'application_form'
  | 'work_plan'
  | 'question_bank_list'
  | 'training_capacity_proof'
  | 'legal_person_certificate'
  | 'credit_report_or_pledge';
/** The sections of the 附件2 work plan, 一 … 七 (七 optional). */
export type WorkPlanSection =
  | 'overall_plan'
  | 'organisation'
  | 'items_and_resources'
  | 'procedure_and_rules'
  | 'content_and_method'
  | 'safeguards'
  | 'other';

/**
 * 三: 「企业、院校、社会团体、职业技能培训机构等」, the 机构性质 boxes of 附件1. A minimum list: another kind
 * is a warning, for the district bureau to decide. Frozen.
 */
export const INSTITUTION_KINDS: Readonly<Record<InstitutionKind, Term>> = /* @__PURE__ */ terms({
  enterprise: ['企业', 'enterprise'],
  college: ['院校', 'college'],
  social_organisation: ['社会团体', 'social organisation'],
  training_institution: ['职业技能培训机构', 'vocational training institution'],
});

/** 三1(2): the seven written rules (「……设备安全操作规程等」). A minimum list: others are accepted. Frozen. */
export const RULE_DOCUMENTS: Readonly<Record<RuleDocument, Term>> = /* @__PURE__ */ terms({
  assessment_management: ['考核工作管理制度', 'assessment management rules'],
  finance: ['财务管理制度', 'financial management rules'],
  archives: ['档案管理制度', 'archive management rules'],
  work_safety_emergency: ['安全生产应急预案', 'work-safety emergency plan'],
  incident_emergency: ['突发事件应急预案', 'incident emergency plan'],
  assessment_procedure: ['考核工作规程', 'assessment procedures'],
  equipment_safety: ['设备安全操作规程', 'equipment safety operating procedures'],
});

/** 三2: the six application documents. A minimum list (附件1 备注 「附加证明材料」): others are accepted. Frozen. */
export const MATERIALS: Readonly<Record<Material, Term>> = /* @__PURE__ */ terms({
  application_form: ['《专项职业能力考核机构申请表》（附件1）', 'application form (Annex 1)'],
  work_plan: ['《专项职业能力考核工作方案》（附件2）', 'work plan (Annex 2)'],
  question_bank_list: ['拟开展专项职业能力考核项目题库清单', 'question-bank list'],
  training_capacity_proof: ['拟开展专项职业能力考核项目培训能力证明', 'training-capacity proof'],
  legal_person_certificate: ['法人登记证书复印件', 'copy of the legal-person certificate'],
  credit_report_or_pledge: ['信用报告或诚信承诺', 'credit report or integrity pledge'],
});

/**
 * 附件2: the sections of the work plan; 七 (其他) is optional. A minimum list (「申请单位可根据自身情况增加
 * 内容」): other sections are accepted. Frozen.
 */
export const WORK_PLAN_SECTIONS: Readonly<Record<WorkPlanSection, Term>> = /* @__PURE__ */ terms({
  overall_plan: ['一、总体规划、工作计划', '1 overall plan and schedule'],
  organisation: ['二、组织机构及职责', '2 organisation and duties'],
  items_and_resources: ['三、开展考核的项目、规范及题库资源', '3 items, specifications and question-bank resources'],
  procedure_and_rules: ['四、考核流程及考核工作规则', '4 procedure and rules'],
  content_and_method: ['五、考核内容及方式', '5 content and method'],
  safeguards: ['六、开展考核工作的各项保障', '6 safeguards'],
  other: ['七、其他', '7 other'],
});

/** The work-plan sections that may be left out. @internal */
export const OPTIONAL_WORK_PLAN_SECTIONS: readonly WorkPlanSection[] = ['other'];
