import { ZAOZHUANG_2023 } from '../core/policy.js';

/**
 * The full mark of the 100-point scale, read from {@link ZAOZHUANG_2023} (`fullMark`).
 *
 * Policy, 四1: 「考核成绩实行百分制」.
 *
 * @example
 * FULL_MARK // 100
 */
export const FULL_MARK = ZAOZHUANG_2023.fullMark as 100;

/**
 * The pass mark, included, read from {@link ZAOZHUANG_2023} (`passMark`).
 *
 * Policy, 四1: 「60分（含）以上为考核合格」.
 *
 * @example
 * PASS_MARK // 60
 */
export const PASS_MARK = ZAOZHUANG_2023.passMark as 60;
