import { terms } from '../core/terms.js';
import type { ArchiveMedium } from './retentionEndDate.js';

/** 四2(7): 「纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年」. Frozen. @internal */
export const ARCHIVE_MEDIA = /* @__PURE__ */ terms<ArchiveMedium>({
  paper: ['纸质材料', 'paper'],
  electronic: ['电子材料', 'electronic'],
});
