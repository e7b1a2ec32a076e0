import { terms } from '../core/terms.js';
import type { Violation } from './checkSupervision.js';

/**
 * 六(四): 「在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规活动」, in
 * the order of {@link VIOLATIONS}. Frozen. @internal
 */
export const VIOLATION_TERMS = /* @__PURE__ */ terms<Violation>({
  outside_item_list: ['在项目清单外考核', 'assessing outside the item list'],
  lowered_standard: ['降低考核标准发证', 'certificates issued on a lowered standard'],
  certificate_without_assessment: ['不考核就发证', 'certificates issued without assessment'],
  false_advertising: ['虚假宣传', 'false advertising'],
  disrupting_order: ['扰乱秩序', 'disrupting order'],
});
