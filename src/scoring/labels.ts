import { fieldLabels } from '../core/labels.js';

/** The labels of a score sheet's parts ({@link ScorePart}, 四1 评分表). @internal */
export const SCORE_PARTS_FIELDS = /* @__PURE__ */ fieldLabels({
  '[].score': ['得分', 'points earned'],
  '[].max': ['满分', 'full marks'],
  '[].weight': ['权重', 'weight'],
});
