/**
 * The numbers of the 100-point scale of 四1. They are part of {@link ZAOZHUANG_2023}; like
 * the code layout (codeLayout.ts), they stand apart so that a score function's bundle (decimal.js already
 * takes most of its budget) does not carry the whole policy. A score function reads
 * `options.policy ?? SCORE_SCALE`, which gives the same numbers as `ZAOZHUANG_2023`.
 * @internal
 */
export const SCORE_SCALE = {
  /** score.scale: 「考核成绩实行百分制」 */
  fullMark: 100,
  /** score.pass: 「60分（含）以上为考核合格」 */
  passMark: 60,
} as const;
