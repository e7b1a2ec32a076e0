// The baseline of the `check` benchmark: read an NDJSON file, parse each line and validate it
// with ajv against json-schema/certificate.json (the shape only). Prints the invalid count.
// Usage: node bench/ajvBaseline.mjs FILE
import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../json-schema/certificate.json'), 'utf8'));
// The pattern of issuedOn already checks the date; ajv's formats are a separate package.
const validate = new Ajv2020({ validateFormats: false }).compile(schema);

let rest = '';
let records = 0;
let invalid = 0;
const take = (line) => {
  if (line.trim() === '') return;
  records++;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    invalid++;
    return;
  }
  if (!validate(value)) invalid++;
};
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8' })) {
  const text = rest + chunk;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    take(text.slice(start, nl));
    start = nl + 1;
  }
  rest = text.slice(start);
}
take(rest);
process.stdout.write(`${records} records, ${invalid} invalid\n`);
