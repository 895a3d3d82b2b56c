// 池化练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  "pool-puzzle": {
    title: "最大与平均",
    prompt: (p) => [`请找一个 3×3 的输入 X，使 2×2 最大池化得到 ${p.max}，而 2×2 平均池化得到 ${p.avg}。`],
    fields: { X: "X（输入）" },
    hints: [
      "3×3 输入的每个 2×2 窗口都包含中心元素。",
      "如果中心是 4 且没有更大的元素，每个窗口的最大值就是 4；如果每个窗口之和为 4，平均值就是 1。",
      "例如 X = [[0, 0, 0], [0, 4, 0], [0, 0, 0]]。",
    ],
    maxTitle: 'pool2d(X, [2, 2], "max")',
    avgTitle: 'pool2d(X, [2, 2], "avg")',
    pass: "正确：引擎的 pool2d 同时得到两个目标——最大值保留了峰值，平均值把它摊到整个窗口。",
    shape: (p) => `X 的形状是 ${p.got}；目标是针对 3×3 输入的。`,
    wrongMax: (p) => `最大池化得到 ${p.got}，而不是 ${p.want}。`,
    wrongAvg: (p) => `平均池化得到 ${p.got}，而不是 ${p.want}。`,
  },
};
