// 卷积与互相关练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  "flip-kernel": {
    title: "用 corr2d 做卷积",
    prompt: (p) => [
      `真正的卷积 X ∗ K 在滑动之前先翻转核；corr2d 不翻转。请给出核 K′，使 corr2d(X, K′) 等于 K = ${p.k} 时的卷积 X ∗ K。`,
      "检查使用卷积的定义性质：冲激（全零中只有一个 1）与 K 卷积，得到的正是 K。",
    ],
    fields: { K: "K′（给 corr2d 的核）" },
    hints: [
      "让 K′ 在冲激上滑动：每个输出元素都在核的不同位置遇到那个 1，所以 corr2d(δ, K′) 显示的是转了半圈的 K′。",
      "要得到 K 本身，K′ 必须是 K 转半圈：上下翻转再左右翻转。",
      "也就是 K′ = [[3, 2], [1, 0]]。",
    ],
    deltaTitle: "δ（冲激）",
    onDeltaTitle: "corr2d(δ, K′)",
    kTitle: "K",
    shape: (p) => `K′ 的形状是 ${p.got}；它必须与 K 的形状 ${p.want} 相同。`,
    pass: (p) => `正确：corr2d(δ, K′) 得到 K 本身，正如卷积应有的那样；所以在本课的 X 上，corr2d(X, K′) = X ∗ K = ${p.conv}。`,
    wrong: (p) => `corr2d(δ, K′) = ${p.got}；冲激的卷积应当得到 K = ${p.k}。`,
  },
};
