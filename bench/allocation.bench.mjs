// Allocation limits over 100,000 assignments, against a baseline that only builds a Map over the
// same table (one pass, one string key per row): the issue asks for linear time, well under a
// second for 100k rows.
import { checkAllocation, checkNewAssignment } from '../dist/index.js';
import { performance } from 'node:perf_hooks';
import { compare, consume } from './lib.mjs';

const DISTRICTS = ['370402', '薛城区', '370404', '台儿庄区', '370406', '滕州市'];
const SIZE = 100_000;
const table = [];
for (let k = 0; k < SIZE; k++) {
  // 20,000 items in 5 districts each; each institution has 2 rows; a second institution for an
  // item in one district every 1,000 rows.
  const district = DISTRICTS[k % 1000 === 999 ? (k - 1) % 5 : k % 5];
  table.push({ institution: `考核机构${Math.floor(k / 2)}`, item: `专项职业能力考核项目${Math.floor(k / 5)}`, district });
}
const proposal = { institution: '新机构', item: '专项职业能力考核项目77', district: '370481' };

function baseline() {
  const map = new Map();
  for (const row of table) map.set(`${row.item}\u0000${row.district}`, row.institution);
  return map.size;
}

function median(fn, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    consume(fn());
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)];
}

export default async () => {
  const ratios = await compare(
    `allocation limits over ${SIZE.toLocaleString('en-US')} assignments`,
    { name: 'Map over the table', fn: () => consume(baseline()) },
    [
      { name: 'checkAllocation', fn: () => consume(checkAllocation(table).ok) },
      { name: 'checkNewAssignment', fn: () => consume(checkNewAssignment(table, proposal).ok) },
    ],
    { time: 2000 },
  );
  const issues = checkAllocation(table).issues.length;
  console.log(
    `\n${SIZE.toLocaleString('en-US')} assignments (${issues} issues): checkAllocation ${median(() => checkAllocation(table).ok).toFixed(1)} ms, ` +
      `checkNewAssignment ${median(() => checkNewAssignment(table, proposal).ok).toFixed(1)} ms, ` +
      `Map baseline ${median(baseline).toFixed(1)} ms (median of 7)`,
  );
  return ratios;
};
