import { deepFreeze } from '../core/freeze.js';
import type { InstitutionKind } from './vocabulary.js';

/**
 * The credit-code categories (GB 32100 characters 1–2: the registration authority and the
 * category of unit) that fit each kind of applicant of 三. A code of another category is a
 * warning: the district bureau decides. Deep-frozen.
 *
 * - 企业: 91 (工商·企业), 93 (工商·农民专业合作社);
 * - 院校: 12 (机构编制·事业单位), 52 (民政·民办非企业单位);
 * - 社会团体: 51 (民政·社会团体);
 * - 职业技能培训机构: 52 (民办非企业单位), 91 (企业), 12 (事业单位).
 *
 * Policy, 三: 「征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等」.
 *
 * @example
 * INSTITUTION_KIND_CREDIT_CATEGORIES.college // ['12', '52']
 */
export const INSTITUTION_KIND_CREDIT_CATEGORIES: Readonly<Record<InstitutionKind, readonly string[]>> = /* @__PURE__ */ deepFreeze({
  enterprise: ['91', '93'],
  college: ['12', '52'],
  social_organisation: ['51'],
  training_institution: ['52', '91', '12'],
});

/**
 * The credit-code categories that cannot apply whatever kind is declared: 11 机关 (a government
 * body is not a unit 三 recruits) and 92 个体工商户 (not a legal person, 民法典 第五十四条, so it
 * cannot meet 三1(1) 「具有独立法人资格」). Deep-frozen.
 *
 * @example
 * REFUSED_CREDIT_CATEGORIES // ['11', '92']
 */
export const REFUSED_CREDIT_CATEGORIES: readonly string[] = /* @__PURE__ */ deepFreeze(['11', '92']);

/**
 * The region codes (GB 32100 characters 3–8, GB/T 2260) of Zaozhuang: the city (370400) and its
 * districts all begin with 3704. @internal
 */
export const ZAOZHUANG_REGION_PREFIX = '3704';
