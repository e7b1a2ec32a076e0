import { terms } from '../core/terms.js';
import type { PublicityKind } from './publicityEndDate.js';

/**
 * What a publicity period makes public: 三3(2) 「将评估结果向社会公示」 (the selection of
 * institutions) and 四2(5) 「考核机构对考核结果予以公示」. Frozen. @internal
 */
export const PUBLICITY_KINDS = /* @__PURE__ */ terms<PublicityKind>({
  selection: ['遴选评估结果公示', 'publicity of the selection'],
  results: ['考核结果公示', 'publicity of the results'],
});
