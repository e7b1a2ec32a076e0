import { fieldLabels } from '../core/labels.js';

/**
 * The labels of a {@link QuestionBank}'s fields (四1: 「编制试题库（一般不少于5套，且支持循环组卷），经
 * 区（市）人力资源社会保障局评估后使用」). @internal
 */
export const QUESTION_BANK_FIELDS = /* @__PURE__ */ fieldLabels({
  sets: ['试题库的各套试题', 'question sets'],
  'sets[].id': ['试题套号', 'set number'],
  'sets[].tasks': ['该套试题', 'questions of the set'],
  approvedOn: ['试题库评估通过日期', 'question bank approved on'],
});
