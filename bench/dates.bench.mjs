// Day numbers against date-fns, the date library the project names, for two operations a rule
// performs on every record: completed years between two dates (ageOn: is a candidate 16?) and a
// date N years on (retentionEndDate: paper archives are kept 3 years). Both sides read and, for the
// second, write 'YYYY-MM-DD' strings. Why date-fns is a devDependency only: docs/contributing.md.
import { differenceInYears, addYears, format, parseISO } from 'date-fns';
import { ageOn, retentionEndDate } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

// 1024 pairs of days, birth dates over 1950–2010 and application dates over 2023–2026.
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const births = [];
const ons = [];
for (let i = 0; i < 1024; i++) {
  births.push(iso(Date.UTC(1950, 0, 1) + ((i * 7919) % 22_000) * DAY));
  ons.push(iso(Date.UTC(2023, 0, 1) + ((i * 739) % 1461) * DAY));
}
let i = 0;
const step = () => (i = (i + 1) & 1023);

export default async function run() {
  // Before speed, the answers: on ISO strings the two should agree; count any day they do not.
  const differ = births.filter((b, k) => ageOn(b, ons[k]) !== differenceInYears(parseISO(ons[k]), parseISO(b))).length;
  const retention = births.filter((b) => retentionEndDate({ medium: 'paper', closedOn: b }) !== format(addYears(parseISO(b), 3), 'yyyy-MM-dd')).length;
  console.log(`\nageOn and date-fns differenceInYears disagree on ${differ} of 1024 pairs; retentionEndDate and addYears(3) on ${retention} of 1024 days`);

  // A Date is a moment, not a day: 2023-12-31 16:30 UTC is already 1 January 2024 in China, the day
  // a candidate born on 2008-01-01 turns 16. date-fns reads the host's day; the library reads UTC+8.
  const moment = new Date('2023-12-31T16:30:00Z');
  const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  console.log(
    `born 2008-01-01, applying at 2023-12-31T16:30Z (00:30 in China), TZ=${zone}: date-fns says ${differenceInYears(moment, parseISO('2008-01-01'))}, ageOn says ${ageOn('2008-01-01', moment)}`,
  );

  await compare(
    'completed years between two dates (1024 pairs)',
    { name: 'date-fns differenceInYears(parseISO, parseISO)', fn: () => consume(differenceInYears(parseISO(ons[step()]), parseISO(births[i]))) },
    [{ name: 'ageOn (day numbers)', fn: () => consume(ageOn(births[step()], ons[i])) }],
  );
  await compare(
    'the same day 3 years on, as YYYY-MM-DD (1024 days)',
    { name: "date-fns format(addYears(parseISO(d), 3), 'yyyy-MM-dd')", fn: () => consume(format(addYears(parseISO(births[step()]), 3), 'yyyy-MM-dd')) },
    [{ name: "retentionEndDate({ medium: 'paper' }) (day numbers)", fn: () => consume(retentionEndDate({ medium: 'paper', closedOn: births[step()] })) }],
  );
}
