import { districtOf } from '../core/districts.js';
import type { ZaozhuangDistrict } from '../core/districts.js';

/**
 * Finds one of Zaozhuang's six districts (区/市) by its GB/T 2260 code or its name.
 *
 * Policy, 三: 「征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」 and
 * 「各区（市）范围内，每个专项职业能力考核项目只能对应一家考核机构」: a district is one of the
 * six county-level divisions of Zaozhuang.
 *
 * Accepted: the code (`'370402'`), the name (`'市中区'`), the name without 区/市 (`'市中'`), and
 * the name after 枣庄市 or 枣庄 (`'枣庄市市中区'`). Nothing is trimmed or converted. Never throws.
 *
 * @param value - a code or a name; any value.
 * @returns the district (code, name, short name, English name), or `undefined` when the value
 *   names none of the six.
 * @example
 * findZaozhuangDistrict('滕州市') // { code: '370481', name: '滕州市', shortName: '滕州', nameEn: 'Tengzhou City' }
 * findZaozhuangDistrict('370402')?.name // '市中区'
 * findZaozhuangDistrict('370400') // undefined: the city itself is not a district
 */
export function findZaozhuangDistrict(value: unknown): ZaozhuangDistrict | undefined {
  return districtOf(value);
}
