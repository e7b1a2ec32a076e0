import { fieldLabels } from '../core/labels.js';

/** The labels of an {@link AnnualSummary}'s fields (六(四): 「报送本机构当年工作总结」). @internal */
export const ANNUAL_SUMMARY_FIELDS = /* @__PURE__ */ fieldLabels({
  year: ['总结年度', 'year summarised'],
  submittedOn: ['报送日期', 'submitted on'],
});
