import type { MessagePair } from '../core/issues.js';

/** Issue codes of Zaozhuang's districts, shared by the institution and allocation checks. */
export const DISTRICT_MESSAGES = {
  unknown_district: [
    '{received} 不是枣庄市的区（市）：应为 370402 市中区、370403 薛城区、370404 峄城区、370405 台儿庄区、370406 山亭区或 370481 滕州市',
    '{received} is not a district of Zaozhuang: expected 370402 市中区, 370403 薛城区, 370404 峄城区, 370405 台儿庄区, 370406 山亭区 or 370481 滕州市',
  ],
} as const satisfies Record<string, MessagePair>;
