// The data of the `check` benchmark, made at bench time: N certificates in batches of 50, as a
// register holds them (one institution, item and issue date a batch), of 20 institutions, as
// NDJSON and as the GBK CSV with Chinese headers that Excel saves. Every ID number is valid and
// distinct; one certificate in 10,000 is below the pass mark, so that the output is small but
// not empty.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄丽', '周杰', '吴霞'];
const ITEMS = ['面点制作', '中式烹调', '剪纸', '茶艺', '家政服务', '电工', '育婴', '美发', '保健按摩', '插花'];
const REGIONS = ['370402', '370403', '370404', '370405', '370406', '370481'];
const CHECK = '10X98765432';
const DAY = 86400000;
const BIRTH0 = Date.UTC(1965, 0, 1);
const ISSUED0 = Date.UTC(2025, 0, 6);

function idNumber(i) {
  const birth = new Date(BIRTH0 + (i % 14000) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `${REGIONS[i % 6]}${birth}${String(Math.floor(i / 14000) % 1000).padStart(3, '0')}`;
  let sum = 0;
  let weight = 1;
  for (let k = 16; k >= 0; k--) {
    weight = (weight * 2) % 11;
    sum += (body.charCodeAt(k) - 48) * weight;
  }
  return body + CHECK[sum % 11];
}

/** The i-th certificate. */
export function certificate(i) {
  const batch = Math.floor(i / 50);
  const institution = (batch % 20) + 1;
  const issued = new Date(ISSUED0 + (batch % 250) * DAY).toISOString().slice(0, 10);
  const tenths = i % 10000 === 9999 ? 595 : 600 + ((i * 7919) % 401);
  // The n-th certificate of its institution: 50 for each earlier batch of it, then its place.
  const serial = Math.floor(batch / 20) * 50 + (i % 50) + 1;
  return {
    name: NAMES[i % NAMES.length],
    idNumber: idNumber(i),
    item: ITEMS[batch % 7],
    score: (tenths / 10).toFixed(1),
    code: `253704${String(institution).padStart(4, '0')}${String(serial).padStart(5, '0')}`,
    institution: `枣庄市第${institution}职业培训学校`,
    issuedOn: issued,
  };
}

let gbk;
function gbkTable() {
  if (gbk) return gbk;
  const decoder = new TextDecoder('gbk');
  gbk = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, [a, b]);
    }
  }
  return gbk;
}

function encodeGbk(text) {
  const table = gbkTable();
  const bytes = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) bytes.push(c);
    else bytes.push(...table.get(ch));
  }
  return Buffer.from(bytes);
}

/** Writes n certificates as NDJSON to `ndjson` and as a GBK CSV with Chinese headers to `csv`. */
export function writeCheckData(n, ndjson, csv) {
  const json = [];
  const header = encodeGbk('姓名,身份证号码,考核项目,考核成绩,证书编号,发证机构,发证日期\r\n');
  const out = Buffer.alloc(header.length + n * 160);
  let at = out.set(header, 0) ?? header.length;
  const cache = new Map();
  const gbkOf = (s) => {
    let b = cache.get(s);
    if (b === undefined) cache.set(s, (b = encodeGbk(s)));
    return b;
  };
  const put = (bytes) => {
    out.set(bytes, at);
    at += bytes.length;
  };
  const ascii = (text) => {
    at += out.write(text, at, 'latin1');
  };
  for (let i = 0; i < n; i++) {
    const c = certificate(i);
    json.push(JSON.stringify(c));
    const [y, m, d] = c.issuedOn.split('-').map(Number);
    put(gbkOf(c.name));
    ascii(`,${c.idNumber},`);
    put(gbkOf(c.item));
    ascii(`,${c.score},${c.code},`);
    put(gbkOf(c.institution));
    ascii(`,${y}/${m}/${d}\r\n`);
  }
  writeFileSync(ndjson, `${json.join('\n')}\n`);
  writeFileSync(csv, out.subarray(0, at));
}
