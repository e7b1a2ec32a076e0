// ILLUSTRATIVE notices (not the State Council's), for the tests of calendars carried across copies
// of the library: the 2028 one names a day of 2027, as the 2023 notice names 2022-12-31, which is
// what a copy must carry over exactly.
import type { HolidayCnYear } from '../../src/index.js';

export const Y2027: HolidayCnYear = {
  year: 2027,
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-08', isOffDay: true },
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ],
};

export const Y2028: HolidayCnYear = {
  year: 2028,
  days: [
    { name: '元旦', date: '2027-12-31', isOffDay: true },
    { name: '元旦', date: '2028-01-01', isOffDay: true },
  ],
};
