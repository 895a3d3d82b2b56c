// 多通道练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  "one-by-one": {
    title: "用 1×1 卷积混合通道",
    prompt: [
      "1×1 卷积只在每个像素上混合各通道：它的核是一个 c_o × c_i 的矩阵。",
      "请给出把 3 通道输入变成 2 通道的 2×3 核：通道 0 = 三个输入通道之和，通道 1 = 输入通道 0 减去输入通道 2。",
    ],
    fields: { W: "1×1 核（c_o × c_i）" },
    hints: [
      "矩阵的第 o 行是输出通道 o 给每个输入通道的权重。",
      "求和就是每个输入通道的权重都为 1；求差就是 +1 和 −1。",
      "也就是 [[1, 1, 1], [1, 0, −1]]。",
    ],
    shape: (p) => `这个核的形状是 ${p.got}；它需要每个输出通道一行、每个输入通道一列：2×3。`,
    gotTitle: (p) => `输出通道 ${p.o}`,
    wantTitle: (p) => `期望的通道 ${p.o}`,
    pass: "正确：在测试输入上，用你的 1×1 核做 conv2d，每个像素都得到两个期望的通道。",
    wrong: (p) => `在测试输入上，用你的 1×1 核做 conv2d，输出通道 ${p.channels} 不对。`,
    and: " 和 ",
  },
};
