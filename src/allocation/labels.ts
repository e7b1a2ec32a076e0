import { fieldLabels } from '../core/labels.js';

/**
 * The labels of an {@link Assignment}'s fields (三: 「每个专项职业能力考核项目对应的考核机构」, by
 * 区（市）). @internal
 */
export const ASSIGNMENT_LIST_FIELDS = /* @__PURE__ */ fieldLabels({
  '[].institution': ['考核机构', 'assessment institution'],
  '[].item': ['考核项目', 'assessment item'],
  '[].district': ['区（市）', 'district'],
});
