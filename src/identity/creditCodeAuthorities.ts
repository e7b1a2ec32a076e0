import { deepFreeze } from '../core/freeze.js';

/** An organisation type (机构类别) under a registration authority of GB 32100-2015. */
export interface CreditCodeOrganisationType {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/** A registration authority (登记管理部门) of GB 32100-2015, with its organisation types. */
export interface CreditCodeAuthority {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly types: readonly CreditCodeOrganisationType[];
}

type Row = readonly [code: string, name: string, nameEn: string, types: readonly (readonly [string, string, string])[]];

const OTHER = ['9', '其他', 'other'] as const;

// GB 32100-2015 表1 (机构编制 1, 民政 5, 工商 9, 其他 Y) and the codes assigned since by the
// national data service centre for unified codes (外交 2, 司法行政 3, 文化 4, 旅游 6, 宗教 7,
// 工会 8, 中央军委改革和编制办公室 A, 农业 N).
const ROWS: readonly Row[] = [
  ['1', '机构编制', 'public-sector establishment', [
    ['1', '机关', 'government body'],
    ['2', '事业单位', 'public institution'],
    ['3', '中央编办直接管理机构编制的群众团体', 'mass organisation staffed by the central establishment office'],
    OTHER,
  ]],
  ['2', '外交', 'foreign affairs', [['1', '外国常驻新闻机构', 'resident foreign news agency'], OTHER]],
  ['3', '司法行政', 'justice administration', [
    ['1', '律师执业机构', 'law firm'],
    ['2', '公证处', 'notary office'],
    ['3', '基层法律服务所', 'grassroots legal service office'],
    ['4', '司法鉴定机构', 'forensic appraisal institution'],
    ['5', '仲裁委员会', 'arbitration commission'],
    OTHER,
  ]],
  ['4', '文化', 'culture', [['1', '外国在华文化中心', 'foreign cultural centre in China'], OTHER]],
  ['5', '民政', 'civil affairs', [
    ['1', '社会团体', 'social organisation'],
    ['2', '民办非企业单位', 'private non-enterprise unit'],
    ['3', '基金会', 'foundation'],
    OTHER,
  ]],
  ['6', '旅游', 'tourism', [
    ['1', '外国旅游部门常驻代表机构', 'representative office of a foreign tourism authority'],
    ['2', '港澳台地区旅游部门常驻内地（大陆）代表机构', 'representative office of a Hong Kong, Macao or Taiwan tourism authority'],
    OTHER,
  ]],
  ['7', '宗教', 'religious affairs', [['1', '宗教活动场所', 'place of religious activity'], ['2', '宗教院校', 'religious college'], OTHER]],
  ['8', '工会', 'trade unions', [['1', '基层工会', 'grassroots trade union'], OTHER]],
  ['9', '工商', 'industry and commerce', [
    ['1', '企业', 'enterprise'],
    ['2', '个体工商户', 'individual business'],
    ['3', '农民专业合作社', 'farmers\u2019 specialised cooperative'],
  ]],
  ['A', '中央军委改革和编制办公室', 'Central Military Commission reform and establishment office', [
    ['1', '军队事业单位', 'military public institution'],
    OTHER,
  ]],
  ['N', '农业', 'agriculture', [
    ['1', '组级集体经济组织', 'group-level collective economic organisation'],
    ['2', '村级集体经济组织', 'village-level collective economic organisation'],
    ['3', '乡镇级集体经济组织', 'township-level collective economic organisation'],
    OTHER,
  ]],
  ['Y', '其他', 'other', [['1', '其他', 'other']]],
];

function authoritiesOf(rows: readonly Row[]): readonly CreditCodeAuthority[] {
  return deepFreeze(
    rows.map(([code, name, nameEn, types]) => ({
      code,
      name,
      nameEn,
      types: types.map(([typeCode, typeName, typeNameEn]) => ({ code: typeCode, name: typeName, nameEn: typeNameEn })),
    })),
  );
}

/**
 * The registration authorities (character 1) and organisation types (character 2) of unified
 * social credit codes: GB 32100-2015 表1 and the authority codes assigned since. Frozen.
 */
export const CREDIT_CODE_AUTHORITIES: readonly CreditCodeAuthority[] = /* @__PURE__ */ authoritiesOf(ROWS);
