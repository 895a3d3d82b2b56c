// 填充和步幅练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  "output-shape": {
    title: "带填充和步幅的输出形状",
    prompt: (p) => [
      `形状为 ${p.n} 的输入经过一个卷积：核 ${p.k}，每边填充 ${p.pad}，步幅 ${p.stride}。`,
      "输出的形状是多少？请给出 [高, 宽]。",
    ],
    fields: { shape: "[高, 宽]" },
    hints: [
      "填充在每一边加上几行几列零：填充 1 让 6×8 的输入变成 8×10。",
      "没有步幅时，3×3 的窗口能放在 (8 − 3 + 1) × (10 − 3 + 1) 个位置。",
      "步幅 2 从第一个位置开始每隔一个保留一个：每一边是 ⌊(n − k + 2p + s) / s⌋。",
    ],
    pass: (p) => `正确：引擎的 conv2d 输出形状是 ${p.shape}。`,
    wrongBoth: "高和宽都不对。",
    wrongHeight: "宽对了，高不对。",
    wrongWidth: "高对了，宽不对。",
  },
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
