import { zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/** Issue codes of the allocation limits of 三. */
export const ALLOCATION_MESSAGES = /* @__PURE__ */ zhValues({
  allocation_city_exceeded: [
    '全市范围内考核项目“{item}”对应{received}家考核机构，一般不超过{expected}家',
    'Item "{item}" has {received} institutions city-wide; generally no more than {expected}',
  ],
  allocation_district_taken: [
    '{district}的考核项目“{item}”已对应考核机构“{other}”，不能再对应“{institution}”，每个区（市）每个项目只能对应{expected}家考核机构',
    'Item "{item}" in {districtEn} already has "{other}"; "{institution}" would exceed {expected} institution per item in a district',
  ],
  allocation_institution_two_districts: [
    '考核机构“{institution}”已在{home}承担考核，不能再在{district}承担：考核机构向注册地所在区（市）申请，在本区（市）范围内开展考核',
    'Institution "{institution}" already assesses in {homeEn}; it cannot also assess in {districtEn}: an institution applies to, and assesses in, the district where it is registered',
  ],
  allocation_items_exceeded: [
    '考核机构“{institution}”对应{received}个考核项目，不得超过{expected}个',
    'Institution "{institution}" has {received} items; no more than {expected} are allowed',
  ],
  assignment_duplicate: ['该对应关系与第{first}条重复，只计一次', 'This assignment repeats assignment {first}; it counts once'],
  assignment_exists: ['该对应关系已存在（第{first}条），不会超出任何限制', 'This assignment already exists (assignment {first}); it changes nothing'],
} as const satisfies Record<string, MessagePair>);
