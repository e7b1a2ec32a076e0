// GBK bytes for tests and fixtures, from the platform's own decoder: every two-byte GBK
// sequence decoded once gives the table back. Node has no GBK encoder.
let table: Map<string, readonly [number, number]> | undefined;

function gbkTable(): Map<string, readonly [number, number]> {
  if (table !== undefined) return table;
  const decoder = new TextDecoder('gbk');
  table = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return table;
}

/** `text` encoded as GBK; throws on a character GBK lacks. */
export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) bytes.push(c);
    else {
      const pair = map.get(ch);
      if (pair === undefined) throw new Error(`no GBK code for ${ch}`);
      bytes.push(pair[0], pair[1]);
    }
  }
  return Uint8Array.from(bytes);
}
