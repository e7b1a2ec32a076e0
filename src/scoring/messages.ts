import type { MessagePair } from '../core/issues.js';

/**
 * Issue codes of a single score (四1: `score.scale`, `score.pass`). A Chinese message writes a
 * number received as typed, without quotes (`{receivedZh}`: only a number or a plain decimal
 * string reaches it).
 */
export const SCORE_MESSAGES = ({
  score_not_a_number: [
    '成绩应为数字，如59.5（不含空格、科学计数法或全角数字）',
    'The score must be a finite number or a plain decimal string such as "59.5" (no spaces, exponent or full-width digits); received {received}',
  ],
  score_out_of_range: ['成绩实行百分制，应在0至{expected}分之间，实为{receivedZh}', 'Scores are on a 100-point scale: from 0 to {expected}; received {received}'],
  score_below_pass_mark: ['成绩{received}分，低于合格线{expected}分', 'The score {received} is below the pass mark {expected}'],
} as const satisfies Record<string, MessagePair>);

/**
 * Issue codes of a score sheet (`computeScore`, `score.scale`). `{part}` is the 1-based number
 * of a part; its index in the array is in the issue's `path`.
 */
export const SCORE_SHEET_MESSAGES = ({
  part_not_an_object: ['第{part}部分应为对象', 'Part {part} must be an object; received {received}'],
  part_value_not_a_number: [
    '第{part}部分的{fieldZh}应为数字',
    'Part {part}: the {fieldEn} must be a finite number or a plain decimal string; received {received}',
  ],
  part_value_not_positive: ['第{part}部分的{fieldZh}应大于0，实为{receivedZh}', 'Part {part}: the {fieldEn} must be above 0; received {received}'],
  part_score_out_of_range: ['第{part}部分的得分应在0分至{maxZh}之间，实为{receivedZh}', 'Part {part}: the score must be from 0 to {expected}; received {received}'],
  part_weight_missing: ['第{part}部分缺少权重（权重须每部分都给出或都不给出）', 'Part {part}: the weight is missing (give weights on every part or on none)'],
  max_sum_not_full_mark: ['各部分满分之和应为{expected}分，实为{received}分', 'The maximums add up to {received}, not {expected}'],
  weight_sum_not_full_mark: ['各部分权重之和应为{expected}，实为{received}', 'The weights add up to {received}, not {expected}'],
} as const satisfies Record<string, MessagePair>);

