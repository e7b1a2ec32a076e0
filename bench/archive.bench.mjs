// Archive and supervision rules against the bare work they wrap, in the same process.
import { ARCHIVE_DOCUMENTS, checkArchive, checkSupervision, isEvaluationOverdue, mayDispose } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

const ALL = ARCHIVE_DOCUMENTS.map((d) => d.id);
// Mostly complete archives, one in 4 missing a document.
const archives = Array.from({ length: 256 }, (_, i) => (i % 4 === 0 ? ALL.filter((_, k) => k !== i % 11) : ALL));
const dates = Array.from({ length: 256 }, (_, i) => `20${String(24 + (i % 8)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`);
let i = 0;
const next = () => (i = (i + 1) & 255);

export default async () => {
  await compare('archive contents', { name: 'Set of the documents', fn: () => consume(new Set(archives[next()]).size === 11) }, [
    { name: 'checkArchive', fn: () => consume(checkArchive(archives[next()]).ok) },
  ]);
  await compare('dates', { name: "Date.parse + comparison", fn: () => consume(Date.parse(dates[next()]) > Date.parse('2027-02-28')) }, [
    { name: 'mayDispose', fn: () => consume(mayDispose({ medium: 'paper', closedOn: '2024-02-29' }, dates[next()])) },
    { name: 'isEvaluationOverdue', fn: () => consume(isEvaluationOverdue('2023-06-15', dates[next()])) },
  ]);
  await compare('violations', { name: 'Array.includes', fn: () => consume(['false_advertising'].includes('false_advertising')) }, [
    { name: 'checkSupervision', fn: () => consume(checkSupervision(['false_advertising']).resultsRecognised) },
  ]);
};
