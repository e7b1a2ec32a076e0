import { describe, expect, it } from 'vitest';
import { NdjsonReader } from '../../../src/cli/check/ndjson.js';
import type { InputRecord } from '../../../src/cli/check/records.js';

function readAll(text: string, chunk = text.length || 1): InputRecord[] {
  const r = new NdjsonReader();
  const out: InputRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...r.push(text.slice(i, i + chunk)));
  return [...out, ...r.end()];
}

const lines = (records: InputRecord[]) => records.map((r) => [r.line, r.value, r.problems.map((p) => p.code)]);

describe('NdjsonReader', () => {
  const cases: { name: string; text: string; expected: unknown[] }[] = [
    { name: 'one record a line', text: '{"a":1}\n{"a":2}\n', expected: [[1, { a: 1 }, []], [2, { a: 2 }, []]] },
    { name: 'CRLF', text: '{"a":1}\r\n{"a":2}\r\n', expected: [[1, { a: 1 }, []], [2, { a: 2 }, []]] },
    { name: 'blank lines skipped and counted', text: '\n{"a":1}\n  \n\n{"a":2}', expected: [[2, { a: 1 }, []], [5, { a: 2 }, []]] },
    { name: 'a bad line fails alone', text: '{"a":1}\n{"a":\n{"a":3}\n', expected: [[1, { a: 1 }, []], [2, undefined, ['record_invalid_json']], [3, { a: 3 }, []]] },
    { name: 'a truncated last line', text: '{"a":1}\n{"a":2', expected: [[1, { a: 1 }, []], [2, undefined, ['record_invalid_json']]] },
    { name: 'a value that is not an object is kept for the rules', text: '[1]\n"x"\n', expected: [[1, [1], []], [2, 'x', []]] },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    for (const size of [text.length, 1, 3]) expect(lines(readAll(text, size))).toEqual(expected);
  });

  it("keeps the parser's reason for the English message", () => {
    expect(readAll('{oops}\n')[0]?.problems[0]?.params?.reason).toMatch(/JSON|token|property/i);
  });
});
