// 填充和步幅练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  "same-shape": {
    title: "保持形状的填充",
    prompt: (p) => [
      `${p.k} 的核会让 ${p.n} 的输入变小。请选择填充 p（每一边补零）和步幅 s，使输出的形状与输入相同，为 ${p.n}。`,
      "请给出 [p, s]。",
    ],
    fields: { ps: "[填充, 步幅]" },
    hints: [
      "步幅为 1 时，k×k 的核沿长度为 n 的一边能放 (n − k + 2p + 1) 次。",
      "当 2p = k − 1 时，输出正好保持 n。",
      "对 5×5 的核：p = 2，s = 1。",
    ],
    outTitle: "用你的 p 和 s 计算 conv2d(X, K)",
    pass: (p) => `正确：用这个填充和步幅，引擎的 conv2d 输出形状为 ${p.shape}，与输入相同。`,
    wrong: (p) => `引擎的 conv2d 输出形状为 ${p.got}，而不是 ${p.want}。`,
    noFit: (p) => `用这个填充，输入变为 ${p.padded}：${p.k} 的核放不进去。`,
    stride: "步幅是窗口每次移动的距离：至少为 1。",
  },
};
