import { fieldLabels, joinFields, prefixFields } from '../core/labels.js';

/**
 * The labels of an {@link Assignment}'s fields (三: 「每个专项职业能力考核项目对应的考核机构」, by
 * 区（市）). @internal
 */
export const ASSIGNMENT_LIST_FIELDS = /* @__PURE__ */ fieldLabels({
  '[].institution': ['考核机构', 'assessment institution'],
  '[].item': ['考核项目', 'assessment item'],
  '[].district': ['区（市）', 'district'],
});

/** A list of assignments as a check names it (「第2个对应关系」). @internal */
export const ASSIGNMENT_LIST_LABEL = { zh: '对应关系', en: 'assignment' } as const;

/** The fields of {@link checkNewAssignment}'s arguments: the assignments there are, and the one proposed. @internal */
export const NEW_ASSIGNMENT_FIELDS = /* @__PURE__ */ joinFields(
  /* @__PURE__ */ fieldLabels({
    existing: ['已有的对应关系', 'existing assignments'],
    proposed: ['拟新增的对应关系', 'proposed assignment'],
    'proposed.institution': ['拟新增的考核机构', 'proposed institution'],
    'proposed.item': ['拟新增的考核项目', 'proposed item'],
    'proposed.district': ['拟新增对应关系的区（市）', 'district of the proposed assignment'],
  }),
  /* @__PURE__ */ prefixFields('existing', ASSIGNMENT_LIST_FIELDS),
);
