import { describe, expect, it } from 'vitest';
import { encodingOf, TextChunks } from '../../../src/cli/check/decode.js';
import { formatOfName, formatOfText } from '../../../src/cli/check/detect.js';
import { encodeGbk } from '../../helpers/gbk.js';

describe('TextChunks', () => {
  it('decodes GBK split anywhere, even inside a character', () => {
    const bytes = encodeGbk('姓名,身份证号\r\n张伟,370403199003151230\r\n');
    for (const size of [1, 2, 3, 5]) {
      const d = new TextChunks('gbk');
      let text = '';
      for (let i = 0; i < bytes.length; i += size) text += d.decode(bytes.subarray(i, i + size));
      expect(text + d.end()).toBe('姓名,身份证号\r\n张伟,370403199003151230\r\n');
    }
  });

  it('decodes GB 18030 as well', () => {
    const d = new TextChunks('gb18030');
    expect(d.decode(encodeGbk('面点制作')) + d.end()).toBe('面点制作');
  });

  it('drops a byte-order mark at the start only', () => {
    const d = new TextChunks('utf-8');
    expect(d.decode(new TextEncoder().encode('\ufeffa')) + d.decode('\ufeffb')).toBe('a\ufeffb');
    const t = new TextChunks('utf-8');
    expect(t.decode('') + t.decode('\ufeffx')).toBe('x');
  });

  it('keeps a UTF-8 character split between chunks whole', () => {
    const bytes = new TextEncoder().encode('张');
    const d = new TextChunks('utf-8');
    expect(d.decode(bytes.subarray(0, 1)) + d.decode(bytes.subarray(1)) + d.end()).toBe('张');
  });

  it('names the encodings it accepts', () => {
    expect(['UTF-8', 'utf8', 'GBK', 'gb2312', 'GB18030', 'latin1'].map(encodingOf)).toEqual(['utf-8', 'utf-8', 'gbk', 'gbk', 'gb18030', undefined]);
  });
});

describe('the format of the input', () => {
  it.each([
    ['证书登记表.csv', 'csv'],
    ['dump.NDJSON', 'ndjson'],
    ['dump.jsonl', 'ndjson'],
    ['list.json', 'json'],
    ['records.txt', undefined],
    ['-', undefined],
  ])('by name: %s → %s', (name, format) => {
    expect(formatOfName(name)).toBe(format);
  });

  it.each([
    ['{"a":1}\n{"a":2}', false, 'ndjson'],
    ['{"a":1}', false, undefined],
    ['{"a":1}', true, 'ndjson'],
    ['{\n "a": 1\n}', false, 'json'],
    ['  [ {"a":1} ]', false, 'json'],
    ['姓名,身份证号\n', false, 'csv'],
    ['name,idNumber', false, 'csv'],
    ['  ', false, undefined],
    ['', true, 'ndjson'],
  ] as const)('by its first characters: %j (complete: %s) → %s', (text, complete, format) => {
    expect(formatOfText(text, complete)).toBe(format);
  });
});
