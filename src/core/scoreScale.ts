/** score.scale, 四1: 「考核成绩实行百分制」. @internal */
export const SCORE_FULL_MARK = 100;
/** score.pass, 四1: 「60分（含）以上为考核合格」. @internal */
export const SCORE_PASS_MARK = 60;

/**
 * The numbers of the 100-point scale of 四1. They are part of {@link ZAOZHUANG_2023}; like
 * the code layout (codeLayout.ts), they stand apart so that a score function's bundle (decimal.js
 * already takes most of its budget) does not carry the whole policy. A score function reads
 * `readPolicyOr(options, SCORE_POLICY, …, SCORE_SCALE)`: the same numbers as `ZAOZHUANG_2023`
 * when no policy is given. ZAOZHUANG_2023 reads the two constants above (not this object's
 * properties), so that a bundle that imports policy.ts for its checks can leave ZAOZHUANG_2023
 * out.
 * @internal
 */
export const SCORE_SCALE = { fullMark: SCORE_FULL_MARK, passMark: SCORE_PASS_MARK } as const;
