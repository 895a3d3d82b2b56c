// 二维卷积层课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
import type { Text } from "./text.en.ts";

export const zh: Text = {
  title: "二维卷积层",
  summary: "卷积层就是互相关运算加上偏差；核 [1, −1] 能检测垂直边缘。",
  optSeed: "层的初始权重所用的随机种子",
  optX: "图像 X（默认：ones(6, 8)，第 4 列设为 0）",
  optK: "边缘检测核 K",
  weightTitle: "权重",
  biasLabel: "偏差",
  imageTitle: "X（图像）",
  kernelTitle: "K（卷积核）",
  outTitle: "conv(X)",
  edgesTitle: "Y = corr2d(X, K)",
  transposedTitle: "Xᵀ",
  transposedEdgesTitle: "corr2d(Xᵀ, K)",
  blockHeading: "卷积层：互相关运算加偏差",
  block: (p) => [
    `笔记本中手写的 Conv2d 块（不是 Gluon 自带的 nn.Conv2D 层，后者在第 3 课中训练）有两个参数：形状与核相同的权重（${p.kernel}）和形状为 (1,) 的偏差。它的前向计算是 corr2d(x, weight) + bias。`,
    `initialize() 用种子 ${p.seed} 从 uniform(−0.07, 0.07) 中随机生成权重：weight = ${p.weight}。偏差初始为 0。`,
  ],
  forwardHeading: "一次前向计算",
  forward: (p) => [
    `conv.forward(X) 让权重在图像上滑动并加上偏差：${p.shape} 的图像得到 ${p.out} 的输出。`,
    "权重是随机的，所以输出还没有意义。接下来手工选一个核；第 3 课让卷积层自己学出它。",
  ],
  edgesHeading: "检测边缘",
  edges: (p) => [
    p.edgeKernel
      ? "在图像 X 中，1 表示亮，0 表示暗。核 K = [1, −1] 用每个像素减去它右边的像素：两者相等处输出为 0。"
      : `用你的核 K = ${p.k} 计算 Y = corr2d(X, K)。`,
    p.edgeKernel
      ? `因此 Y 在由亮变暗处为 1，由暗变亮处为 −1：这就是 X 的垂直边缘（共 ${p.count} 个元素，已标出）。`
      : `Y 中有 ${p.count} 个元素不为零（已标出）。`,
  ],
  transposedHeading: "转置后的图像",
  transposed: (p) => [
    "把 X 转置：暗条变成横向的，它的边缘变成水平边缘。",
    p.count === 0
      ? p.edgeKernel
        ? "corr2d(Xᵀ, K) 全为零：K = [1, −1] 只比较同一行中相邻的元素，所以只能检测垂直边缘。要检测水平边缘，核也得是垂直的。"
        : "corr2d(Xᵀ, K) 全为零：这个核在转置图像中什么也没找到。"
      : `corr2d(Xᵀ, K) 中有 ${p.count} 个元素不为零（已标出）。`,
  ],
  doneVertical: "K = [1, −1] 找到了 X 的垂直边缘，在 Xᵀ 中却什么也没找到：它只能检测垂直边缘。",
  doneCounts: (p) => `K 在 X 中标出 ${p.x} 个元素，在 Xᵀ 中标出 ${p.xT} 个。`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑 X（图像）或 K（核）。`,
  badSeed: (p) => `种子必须是整数，而不是 ${p.seed}`,
  tooLarge: (p) => `核 ${p.k} 放不进图像 ${p.x}`,
  tooLargeT: (p) => `核 ${p.k} 放不进转置后的图像 ${p.x}`,
};
