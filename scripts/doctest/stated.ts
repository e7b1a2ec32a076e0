// The stated result of a documentation example: how the docs write it, and how it is compared.
//
// A stated result is the comment after a statement (on the same line, or on the comment lines
// right below it, joined): an optional `→` or `=>`, then a JavaScript literal (a string, a number,
// true, false, null, undefined, NaN, an array or an object literal), then optionally a remark that
// starts with `:`, `：`, `(`, `（`, `;`, `,`, `，`, `—` or `–`. In an array or an object, `…` stands for
// what is left out. `throws` (`// throws SvaError invalid_date: …`) states that the statement
// throws: an error of that name and, when given, with an issue of that code. A comment that starts
// like a literal (a quote, `[`, `{`, a digit) or with `→`, but is not one followed by a remark
// (`// 2025-10-09`, `// 3 working days`), is a mistake the doc-test reports; any other comment
// (`// zod's answer`) states no result, and the statement only has to run without throwing.
//
// Comparison: primitives are equal (Object.is); an object matches when every stated field matches
// (a deep partial match: fields not stated are not compared; a shorthand `{ ok, issues }` only says
// the field is there); an array matches element by element and has exactly the stated length,
// unless it ends with `…` (then the stated elements are its first ones).

/** A stated value: a primitive, an array or an object, with `…` marking an open end. */
export type Stated =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'array'; readonly items: readonly Stated[]; readonly open: boolean }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, Stated | 'present'])[] };

/** What a comment states about its statement. */
export type Statement =
  | { readonly kind: 'result'; readonly stated: Stated; readonly text: string }
  | { readonly kind: 'throws'; readonly name: string | undefined; readonly code: string | undefined; readonly text: string }
  | { readonly kind: 'none' }
  /** The comment starts like a literal but goes on in words: ambiguous, to be rewritten. */
  | { readonly kind: 'ambiguous'; readonly text: string };

const REMARK = /^\s*(?:[:：(（;,，—–]|$)/;
/** What only a literal starts with: a comment that starts so but does not parse is a mistake. */
const LITERAL_START = /^(?:['"`[{]|-?\d)/;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  space(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] as string)) this.pos++;
  }

  peek(): string {
    this.space();
    return this.text[this.pos] ?? '';
  }

  eat(token: string): boolean {
    this.space();
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }
}

class NotALiteral extends Error {}

function fail(): never {
  throw new NotALiteral();
}

const WORDS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['NaN', Number.NaN],
];

function readString(r: Reader): string {
  const quote = r.text[r.pos] as string;
  let out = '';
  r.pos++;
  while (r.pos < r.text.length) {
    const c = r.text[r.pos++] as string;
    if (c === quote) return out;
    if (c === '\n') fail();
    if (quote === '`' && c === '$' && r.text[r.pos] === '{') fail();
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = r.text[r.pos++] ?? fail();
    if (e === 'u') {
      const hex = /^[0-9a-fA-F]{4}/.exec(r.text.slice(r.pos))?.[0] ?? fail();
      out += String.fromCharCode(parseInt(hex, 16));
      r.pos += 4;
    } else {
      out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[e] ?? e;
    }
  }
  return fail();
}

function readKey(r: Reader): string {
  r.space();
  const c = r.text[r.pos] ?? '';
  if (c === "'" || c === '"') return readString(r);
  const word = /^[A-Za-z_$][\w$]*|^\d+/.exec(r.text.slice(r.pos))?.[0] ?? fail();
  r.pos += word.length;
  return word;
}

function readValue(r: Reader): Stated {
  const c = r.peek();
  if (c === "'" || c === '"' || c === '`') return { kind: 'value', value: readString(r) };
  if (c === '[') {
    r.eat('[');
    const items: Stated[] = [];
    let open = false;
    while (!r.eat(']')) {
      if (r.eat('…') || r.eat('...')) {
        open = true;
        r.eat(',');
        if (!r.eat(']')) fail();
        break;
      }
      items.push(readValue(r));
      if (!r.eat(',') && r.peek() !== ']') fail();
    }
    return { kind: 'array', items, open };
  }
  if (c === '{') {
    r.eat('{');
    const fields: [string, Stated | 'present'][] = [];
    while (!r.eat('}')) {
      if (r.eat('…') || r.eat('...')) {
        r.eat(',');
        if (!r.eat('}')) fail();
        break;
      }
      const key = readKey(r);
      fields.push([key, r.eat(':') ? readValue(r) : 'present']);
      if (!r.eat(',') && r.peek() !== '}') fail();
    }
    return { kind: 'object', fields };
  }
  const number = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?/i.exec(r.text.slice(r.pos))?.[0];
  if (number !== undefined) {
    r.pos += number.length;
    return { kind: 'value', value: Number(number) };
  }
  for (const [word, value] of WORDS) {
    if (r.text.startsWith(word, r.pos) && !/[\w$]/.test(r.text[r.pos + word.length] ?? '')) {
      r.pos += word.length;
      return { kind: 'value', value };
    }
  }
  return fail();
}

/** What a comment (its text without the `//` markers, lines joined with `\n`) states. */
export function readStatement(comment: string): Statement {
  const text = comment.trim();
  const body = text.replace(/^(?:→|=>)\s*/, '');
  const throws = /^throws(?:\s+([A-Za-z]\w*))?(?:\s+([a-z][a-z0-9_]*))?(?=$|[\s:：(（;,，—–])/.exec(body);
  if (throws !== null) return { kind: 'throws', name: throws[1], code: throws[2], text };
  const r = new Reader(body);
  let stated: Stated;
  try {
    stated = readValue(r);
  } catch (error) {
    if (error instanceof NotALiteral) return body === text && !LITERAL_START.test(body) ? { kind: 'none' } : { kind: 'ambiguous', text };
    throw error;
  }
  return REMARK.test(body.slice(r.pos)) ? { kind: 'result', stated, text } : { kind: 'ambiguous', text };
}

/** Where an actual value differs from the stated one (`undefined` when it matches). */
export function mismatch(actual: unknown, stated: Stated, at = '(result)'): string | undefined {
  if (stated.kind === 'value') {
    return Object.is(actual, stated.value) ? undefined : `${at}: expected ${show(stated.value)}, got ${show(actual)}`;
  }
  if (stated.kind === 'array') {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${show(actual)}`;
    if (stated.open ? actual.length < stated.items.length : actual.length !== stated.items.length) {
      return `${at}: expected ${stated.open ? 'at least ' : ''}${stated.items.length} element(s), got ${actual.length}: ${show(actual)}`;
    }
    for (const [index, item] of stated.items.entries()) {
      const found = mismatch(actual[index], item, `${at}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: expected an object, got ${show(actual)}`;
  for (const [key, value] of stated.fields) {
    if (!(key in actual)) return `${at}.${key}: expected the field, it is not there (in ${show(actual)})`;
    if (value === 'present') continue;
    const found = mismatch((actual as Record<string, unknown>)[key], value, `${at}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A short, readable rendering of a value for a failure message. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '(undefined)' : v));
    return text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return String(value);
  }
}
