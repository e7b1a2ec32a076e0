import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The library never reads the clock.
const CLOCK = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The library never reads the clock.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The library never reads the clock.' },
];

// Nothing in src/ may depend on the host's time zone: a day is a day number, and a Date is read
// through core/dates.ts (getTime, then UTC+8). The tests that make or read dates run in five zones
// (test/zones.json); this keeps a zone fault from hiding in code those tests do not reach.
const LOCAL_TIME_MESSAGE = "Local time depends on the host's zone: use day numbers (src/core/dates.ts) or the getUTC*/setUTC* methods.";
const LOCAL_TIME_SYNTAX = [
  { selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: `new Date(year, month, …) is local time. ${LOCAL_TIME_MESSAGE}` },
  { selector: "NewExpression[callee.name='Date'] > Literal.arguments[value=/./]", message: `new Date(string) may be local time. ${LOCAL_TIME_MESSAGE}` },
  { selector: "NewExpression[callee.name='Date'] > TemplateLiteral.arguments", message: `new Date(string) may be local time. ${LOCAL_TIME_MESSAGE}` },
];
const LOCAL_TIME_PROPERTIES = [
  ...['Date', 'Day', 'FullYear', 'Hours', 'Milliseconds', 'Minutes', 'Month', 'Seconds', 'Year'].flatMap((unit) => [`get${unit}`, `set${unit}`]),
  'getTimezoneOffset',
  'toDateString',
  'toTimeString',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
].map((property) => ({ property, message: LOCAL_TIME_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs/api/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      'no-restricted-syntax': ['error', ...CLOCK],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', 'examples/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': ['error', ...CLOCK, ...LOCAL_TIME_SYNTAX],
      'no-restricted-properties': ['error', ...LOCAL_TIME_PROPERTIES, { object: 'Date', property: 'parse', message: `Date.parse may read local time. ${LOCAL_TIME_MESSAGE}` }, { object: 'Intl', property: 'DateTimeFormat', message: LOCAL_TIME_MESSAGE }],
    },
  },
  {
    // The command line may read the clock (it does not today); local time is banned there too.
    files: ['src/cli/**'],
    rules: { 'no-restricted-syntax': ['error', ...LOCAL_TIME_SYNTAX] },
  },
);
