import { zhQuotes } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/**
 * Issue codes of question banks (四1: `bank.sets`, `bank.rotation`, `bank.approval`). `{set}` is
 * the 1-based number of a set in `bank.sets`; its index is in the issue's `path`.
 */
export const QUESTION_BANK_MESSAGES = /* @__PURE__ */ zhQuotes({
  bank_sets_not_array: ['试题库的试题套应以列表给出', 'The bank\'s sets must be an array of question sets'],
  bank_empty: ['试题库中没有任何一套试题', 'The question bank has no sets'],
  set_not_an_object: ['第{set}套试题应写明编号和试题（对象）', 'Set {set} must be an object { id, tasks }'],
  set_id_invalid: [
    '第{set}套试题的编号不能为空',
    'Set {set} must have a non-empty string id; received {received}',
  ],
  set_id_duplicate: [
    '试题套编号“{received}”重复，第{set}套与第{first}套编号相同',
    'The set id {received} is used twice: sets {first} and {set}',
  ],
  set_tasks_invalid: [
    '第{set}套试题的试题应为试题编号的列表',
    'The tasks of set {set} must be an array of task ids (strings); received {received}',
  ],
  set_empty: ['第{set}套试题（编号“{id}”）没有任何试题', 'Set {set} ({id}) has no tasks'],
  set_task_invalid: [
    '第{set}套试题的第{task}题的编号不能为空',
    'Task {task} of set {set} must be a non-empty string; received {received}',
  ],
  set_same_tasks: [
    '试题套“{id}”与“{other}”的试题相同（不计顺序），只算一套',
    'Set {id} has the same tasks as set {other} (order ignored) and counts once',
  ],
  too_few_sets: [
    '试题库只有{received}套不同的试题，一般应不少于{expected}套',
    'The bank has {received} distinct sets; generally it has at least {expected}',
  ],
  bank_approved_after_use: [
    '试题库于{approved}评估通过，晚于使用日期{used}，应先评估后使用',
    'The bank was approved on {received}, after its use on {expected}: it must be evaluated before use',
  ],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of the rotation of the sets (nextPaperSet, rotationPlan): apart, so that checkQuestionBank's bundle (and checkBatch's) does not carry them. */
export const ROTATION_MESSAGES = /* @__PURE__ */ zhQuotes({
  history_invalid: [
    '试题套使用记录的第{index}项应为试题套编号',
    'The history must be an array of set ids (strings); entry {index} is {received}',
  ],
  sessions_invalid: [
    '场次数应为0至{expected}之间的整数',
    'The number of sessions must be a whole number from 0 to {expected}; received {received}',
  ],
} as const satisfies Record<string, MessagePair>);
