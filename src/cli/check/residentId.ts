// GB 11643-1999 read for speed, for the command's fast path and its duplicate index. The rules
// themselves are the library's (parseResidentIdNumber); a property test holds the two equal.

const EARLIEST_BIRTH = 18500101;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const CHECK = '10X98765432';

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

function realBirthDate(s: string): boolean {
  let ymd = 0;
  for (let i = 6; i < 14; i++) ymd = ymd * 10 + digit(s, i);
  const year = Math.floor(ymd / 10000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  if (ymd < EARLIEST_BIRTH || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS[month - 1] as number));
}

/**
 * Whether `s` is a valid resident ID number with nothing to warn about: 18 characters, 17 digits
 * and a check character (x or X), a real birth date from 1850-01-01, the ISO 7064 MOD 11-2 check.
 */
export function isPlainResidentId(s: string): boolean {
  if (s.length !== 18) return false;
  let sum = 0;
  let weight = 1;
  for (let i = 16; i >= 0; i--) {
    const d = digit(s, i);
    if (d < 0) return false;
    weight = (weight * 2) % 11;
    sum += d * weight;
  }
  const check = s.charCodeAt(17) === 120 ? 'X' : s.charAt(17);
  return check === CHECK.charAt(sum % 11) && realBirthDate(s);
}
