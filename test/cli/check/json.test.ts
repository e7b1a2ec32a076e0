import { describe, expect, it } from 'vitest';
import { JsonReader } from '../../../src/cli/check/json.js';
import type { InputRecord } from '../../../src/cli/check/records.js';

function readAll(text: string, chunk = text.length || 1): InputRecord[] {
  const r = new JsonReader();
  const out: InputRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...r.push(text.slice(i, i + chunk)));
  return [...out, ...r.end()];
}

const lines = (records: InputRecord[]) => records.map((r) => [r.line, r.value, r.problems.map((p) => p.code)]);

describe('JsonReader (streaming)', () => {
  const cases: { name: string; text: string; expected: unknown[] }[] = [
    { name: 'an array of objects', text: '[{"a":1},{"a":2}]', expected: [[1, { a: 1 }, []], [1, { a: 2 }, []]] },
    {
      name: 'a pretty-printed array, with the line of each element',
      text: '[\n  {\n    "a": "x,]}"\n  },\n  {"a": [1, {"b": 2}]}\n]\n',
      expected: [[2, { a: 'x,]}' }, []], [5, { a: [1, { b: 2 }] }, []]],
    },
    { name: 'escaped quotes in strings', text: '[{"a":"say \\"}\\""}]', expected: [[1, { a: 'say "}"' }, []]] },
    { name: 'scalars in an array', text: '[1, "a", null]', expected: [[1, 1, []], [1, 'a', []], [1, null, []]] },
    { name: 'objects one after another', text: '{"a":1}\n{\n "a":2\n}', expected: [[1, { a: 1 }, []], [2, { a: 2 }, []]] },
    { name: 'an empty array', text: ' [ ] ', expected: [] },
    { name: 'a bad element fails alone', text: '[{"a":1},{"a":01},{"a":3}]', expected: [[1, { a: 1 }, []], [1, undefined, ['record_invalid_json']], [1, { a: 3 }, []]] },
    { name: 'a truncated element', text: '[{"a":1},\n{"a":', expected: [[1, { a: 1 }, []], [2, undefined, ['record_truncated']]] },
    { name: 'an array never closed', text: '[{"a":1}', expected: [[1, { a: 1 }, []], [1, undefined, ['record_truncated']]] },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    for (const size of [text.length || 1, 1, 2, 5]) expect(lines(readAll(text, size))).toEqual(expected);
  });
});
