import { fieldLabels } from '../core/labels.js';

/** The labels of a {@link Candidate}'s fields (二 考核对象; 附件4's 身份证号). @internal */
export const CANDIDATE_FIELDS = /* @__PURE__ */ fieldLabels({
  birthDate: ['出生日期', 'date of birth'],
  idNumber: ['身份证号', 'resident ID number'],
  applicationDate: ['申报日期', 'application date'],
});
