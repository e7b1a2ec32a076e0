import { terms } from '../core/terms.js';
import type { Term } from '../core/terms.js';
import type { ExamMethod, ExamSite } from './types.js';

/** What the annual plan announcement names (四2(1)). */
export type AnnouncementField =
  | 'institution'
  | 'institution_code'
  | 'schedule'
  | 'items'
  | 'specification'
  | 'registration_method'
  | 'contact';
/** What the batch plan gives (四2(3)). */
export type PlanField =
  | 'items'
  | 'candidate_count'
  | 'venue'
  | 'procedure'
  | 'sessions'
  | 'venue_readiness'
  | 'invigilators'
  | 'assessors'
  | 'supervisors';
/** What is posted at the venue (四2(4)). */
export type Notice = 'candidate_notice' | 'discipline_rules' | 'safety_notes';

/**
 * 四2(1): 「公告主要包含：考核机构、机构代码、时间安排、考核项目、考核规范、报名方式、联系方式等」. A minimum
 * list: other contents are accepted. Frozen.
 */
export const ANNOUNCEMENT_FIELDS: Readonly<Record<AnnouncementField, Term>> = /* @__PURE__ */ terms({
  institution: ['考核机构', 'institution'],
  institution_code: ['机构代码', 'institution code'],
  schedule: ['时间安排', 'schedule'],
  items: ['考核项目', 'items'],
  specification: ['考核规范', 'assessment specification'],
  registration_method: ['报名方式', 'registration method'],
  contact: ['联系方式', 'contact details'],
});

/**
 * 四2(3): 「方案内容包括考核项目、考核人数、考核场所、考核流程、时间场次安排、考场准备情况以及监考员、考评员、
 * 督导员等人员情况等」. A minimum list: other contents are accepted. Frozen.
 */
export const PLAN_FIELDS: Readonly<Record<PlanField, Term>> = /* @__PURE__ */ terms({
  items: ['考核项目', 'items'],
  candidate_count: ['考核人数', 'number of candidates'],
  venue: ['考核场所', 'venue'],
  procedure: ['考核流程', 'procedure'],
  sessions: ['时间场次安排', 'sessions and times'],
  venue_readiness: ['考场准备情况', 'venue readiness'],
  invigilators: ['监考员', 'invigilators'],
  assessors: ['考评员', 'assessors'],
  supervisors: ['督导员', 'supervisors'],
});

/**
 * 四2(4): 「应在考场显著位置张贴考生须知、违纪处理规定和安全操作注意事项等」. A minimum list: other notices
 * are accepted. Frozen.
 */
export const NOTICES: Readonly<Record<Notice, Term>> = /* @__PURE__ */ terms({
  candidate_notice: ['考生须知', 'candidate notice'],
  discipline_rules: ['违纪处理规定', 'disciplinary rules'],
  safety_notes: ['安全操作注意事项', 'safety notes'],
});

/**
 * 四1: 「主要采用技能操作考核方式，一般不单独考核理论知识」: skill operation, skill with theory, and
 * theory alone. Frozen. @internal
 */
export const EXAM_METHODS = /* @__PURE__ */ terms<ExamMethod>({
  skill: ['技能操作考核', 'skill operation'],
  skill_and_theory: ['技能操作考核和理论知识考核', 'skill operation and theory'],
  theory: ['单独考核理论知识', 'theory alone'],
});

/**
 * 四2(4): 「操作技能考核原则上在考核机构的固定场地开展，确需结合生产岗位开展考核的，须确保考核安全、不影响
 * 正常生产经营」. Frozen. @internal
 */
export const EXAM_SITES = /* @__PURE__ */ terms<ExamSite>({
  fixed_site: ['考核机构的固定场地', "the institution's fixed site"],
  production_post: ['结合生产岗位', 'a production post'],
});
