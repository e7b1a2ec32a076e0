import type { Label } from '../../core/labels.js';
import { LABELS } from '../../labels.js';
import type { LabelledInput } from '../../labels.js';
import type { RecordType } from './fields.js';

/**
 * The input of `LABELS` that labels each record type's fields, and the prefix of its paths there
 * (`'[].'` for an input that is a list of such records: registrations, assignments).
 */
const LABELLED_AS: Readonly<Record<RecordType, readonly [input: LabelledInput, prefix: '' | '[].']>> = {
  certificate: ['certificate', ''],
  registration: ['registrations', '[].'],
  candidate: ['candidate', ''],
  'institution-application': ['institutionApplication', ''],
  'assessment-batch': ['assessmentBatch', ''],
  assignment: ['assignmentList', '[].'],
  'archive-record': ['archiveRecord', ''],
};

/**
 * The label of a field of a record type, from the library's `LABELS` (the words of 附件1, 附件4
 * and of the steps of 四2): `fieldLabel('certificate', 'idNumber')` is 身份证号 / resident ID
 * number; `items.*.name` is looked up as `items[].name`. `undefined` for a field that `LABELS`
 * does not label (the name of a registration or candidate, which the library's inputs do not
 * carry). Pure.
 */
export function fieldLabel(type: RecordType, field: string): Label | undefined {
  const [input, prefix] = LABELLED_AS[type];
  const fields: Readonly<Record<string, Label>> = LABELS.fields[input];
  const key = prefix + field.replaceAll('.*', '[]');
  return Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
}
