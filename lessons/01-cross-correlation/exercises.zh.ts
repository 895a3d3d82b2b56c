// 互相关练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  "corr2d-target": {
    title: "让 corr2d 得到 Y",
    prompt: (p) => [
      `修改 X（3×3）和 K（2×2），使 corr2d(X, K) = ${p.y}。`,
      "它们的初始值是笔记本里的 X 和 K，结果为 [[19, 25], [37, 43]]。正确答案不止一个。",
    ],
    fields: { X: "X（输入）", K: "K（核）" },
    hints: [
      "Y 的每个元素是 X 的一个 2×2 窗口与 K 按元素相乘之和。Y[0, 0] 用的是 X[0:2, 0:2]。",
      "只有一个 1、其余为 0 的核会从每个窗口里取出一个元素：K = [[1, 0], [0, 0]] 取出每个窗口左上角的元素。",
      "K = [[1, 0], [0, 0]] 时，Y 就是 X 左上角的 2×2 块：把 Y 放在那里，例如 X = [[1, 2, 0], [3, 4, 0], [0, 0, 0]]。",
    ],
    yTitle: "Y（目标）",
    gotTitle: "corr2d(X, K)",
    pass: (p) => `正确：corr2d(X, K) = ${p.y}，正好等于 Y。`,
    passRounded: (p) => `正确：corr2d(X, K) = ${p.got}，在 float32 舍入误差内等于 Y（引擎像 PyTorch 和 MXNet 一样用 32 位存储你给的小数）。`,
    noFit: (p) => `K ${p.k} 放不进 X ${p.x}：核最多和输入一样大。`,
    shape: (p) => `X ${p.x} 和 K ${p.k} 得到 ${p.out} 的输出（(H − h + 1) × (W − w + 1)），但 Y 是 ${p.y}。`,
    values: (p) => `corr2d(X, K) = ${p.got}，不是 ${p.y}：${p.total} 个元素中有 ${p.differ} 个不同。`,
  },
};
