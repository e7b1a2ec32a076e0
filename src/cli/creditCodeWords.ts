import { districtOf } from '../core/districts.js';
import type { UnifiedSocialCreditCode } from '../identity/parseUnifiedSocialCreditCode.js';
import { SHANDONG_CITIES } from '../codes/cities.js';

// GB/T 2260 provinces (characters 1–2 of a region code), for `uscc check` to say where a unit is
// registered. The CLI's own table: the library needs only Zaozhuang's.
const PROVINCES: Readonly<Record<string, readonly [string, string]>> = {
  '11': ['北京市', 'Beijing'], '12': ['天津市', 'Tianjin'], '13': ['河北省', 'Hebei'], '14': ['山西省', 'Shanxi'],
  '15': ['内蒙古自治区', 'Inner Mongolia'], '21': ['辽宁省', 'Liaoning'], '22': ['吉林省', 'Jilin'], '23': ['黑龙江省', 'Heilongjiang'],
  '31': ['上海市', 'Shanghai'], '32': ['江苏省', 'Jiangsu'], '33': ['浙江省', 'Zhejiang'], '34': ['安徽省', 'Anhui'],
  '35': ['福建省', 'Fujian'], '36': ['江西省', 'Jiangxi'], '37': ['山东省', 'Shandong'], '41': ['河南省', 'Henan'],
  '42': ['湖北省', 'Hubei'], '43': ['湖南省', 'Hunan'], '44': ['广东省', 'Guangdong'], '45': ['广西壮族自治区', 'Guangxi'],
  '46': ['海南省', 'Hainan'], '50': ['重庆市', 'Chongqing'], '51': ['四川省', 'Sichuan'], '52': ['贵州省', 'Guizhou'],
  '53': ['云南省', 'Yunnan'], '54': ['西藏自治区', 'Tibet'], '61': ['陕西省', 'Shaanxi'], '62': ['甘肃省', 'Gansu'],
  '63': ['青海省', 'Qinghai'], '64': ['宁夏回族自治区', 'Ningxia'], '65': ['新疆维吾尔自治区', 'Xinjiang'],
  '71': ['台湾省', 'Taiwan'], '81': ['香港特别行政区', 'Hong Kong'], '82': ['澳门特别行政区', 'Macao'],
};

// The English names of Shandong's cities, by their GB/T 2260 code (characters 3–4 after 37).
const SHANDONG_CITIES_EN: Readonly<Record<string, string>> = {
  '01': 'Jinan', '02': 'Qingdao', '03': 'Zibo', '04': 'Zaozhuang', '05': 'Dongying', '06': 'Yantai', '07': 'Weifang', '08': 'Jining',
  '09': "Tai'an", '10': 'Weihai', '11': 'Rizhao', '13': 'Linyi', '14': 'Dezhou', '15': 'Liaocheng', '16': 'Binzhou', '17': 'Heze',
};

/** Where characters 3–8 of a credit code say the unit was registered, in Chinese and English. */
function regionWords(region: string): readonly [string, string] {
  const district = districtOf(region);
  if (district !== undefined) return [`枣庄市${district.name}`, `${district.nameEn}, Zaozhuang`];
  if (region === '370400') return ['枣庄市', 'Zaozhuang (city level)'];
  const province = PROVINCES[region.slice(0, 2)];
  const city = region.startsWith('37') ? SHANDONG_CITIES.find((c) => c.code === region.slice(2, 4)) : undefined;
  const outside = region.startsWith('3704') ? '' : '，枣庄市以外';
  const outsideEn = region.startsWith('3704') ? '' : ', outside Zaozhuang';
  if (city !== undefined) return [`山东省${city.name}市（${region}）${outside}`, `${SHANDONG_CITIES_EN[city.code] ?? city.name}, Shandong (${region})${outsideEn}`];
  if (province !== undefined) return [`${province[0]}（${region}）${outside}`, `${province[1]} (${region})${outsideEn}`];
  return [`行政区划代码${region}${outside}`, `region code ${region}${outsideEn}`];
}

/** What a credit code says of its unit: its category and region, in words. */
export function creditCodeWords(code: UnifiedSocialCreditCode): { readonly zh: string; readonly en: string; readonly json: Record<string, string> } {
  const category = code.authorityCode + code.typeCode;
  const [regionZh, regionEn] = regionWords(code.regionCode);
  return {
    zh: `${code.authorityName}·${code.typeName}（${category}），登记地${regionZh}`,
    en: `${code.authorityNameEn}: ${code.typeNameEn} (${category}), registered in ${regionEn}`,
    json: { category, categoryName: `${code.authorityName}·${code.typeName}`, categoryNameEn: `${code.authorityNameEn}: ${code.typeNameEn}`, region: code.regionCode, regionName: regionZh, regionNameEn: regionEn },
  };
}
