// The rules of issue 16 §2 for a Chinese message, as one function: the faults it finds.

const HAN = '[\\u3400-\\u9fff]';

/** Identifier-like words allowed in a Chinese message outside a quoted value (a standard's code). */
const ALLOWED_WORDS = new Set(['GB', 'X', 'I', 'O', 'Z', 'S', 'V']);

/**
 * What is wrong with a Chinese message by the rules of issue 16 §2: an empty list when it reads as
 * plain official Chinese. A quoted value (“…” or 「…」) is the user's own text, or a value to type, and is
 * left out of every rule (a user may type 「{A}」).
 */
export function faultsOfChinese(message: string): string[] {
  const faults: string[] = [];
  if (/\{[A-Za-z]\w*\}/.test(message.replace(/“[^”]*”|「[^」]*」/g, ''))) faults.push('a {placeholder} left');
  if (!new RegExp(HAN).test(message)) faults.push('no Chinese at all');
  if (/““|””/.test(message)) faults.push('a value quoted twice');
  // A number as typed may be written with an exponent (5e-324).
  const bare = message.replace(/“[^”]*”/g, '“”').replace(/「[^」]*」/g, '「」').replace(/\d(\.\d+)?e[+-]?\d+/g, '0');
  if (/\d{4}-\d{2}-\d{2}/.test(bare)) faults.push('an ISO date (write 2024年3月1日)');
  if (new RegExp(`${HAN}\\s|\\s${HAN}|[，。：；、（）“”]\\s|\\s[，。：；、（）“”]`).test(bare)) faults.push('a space next to Chinese');
  if (new RegExp(`${HAN}[,:;!?()]|[,:;!?()]${HAN}`).test(bare)) faults.push('half-width punctuation next to Chinese');
  if (/\d\s*[–~]\s*\d/.test(bare)) faults.push('a dash range (write 第5至6位)');
  const words = (bare.match(/[A-Za-z_][A-Za-z0-9_.[\]]*/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w));
  if (words.length > 0) faults.push(`ASCII identifiers or words: ${words.join(', ')}`);
  return faults;
}

/** What is wrong with an English message: a placeholder left. */
export function faultsOfEnglish(message: string): string[] {
  return /\{[A-Za-z]\w*\}/.test(message.replace(/"[^"]*"/g, '')) ? ['a {placeholder} left'] : [];
}
