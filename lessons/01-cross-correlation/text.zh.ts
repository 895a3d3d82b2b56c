// 互相关课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
import type { Text } from "./text.en.ts";

export const zh: Text = {
  title: "二维互相关运算",
  summary: "让核在输入上滑动：每个输出元素都是对应元素乘积之和。",
  optX: "输入 X（最大 16×16）",
  optK: "核数组 K，不大于 X",
  inputTitle: "X（输入）",
  kernelTitle: "K（核数组）",
  outputTitle: "Y（输出）",
  shapeLabel: "输出形状",
  setupHeading: "让核在输入上滑动",
  setup: (p) => [
    "互相关运算让核数组 K（又称卷积核）在输入 X 上滑动。在每个位置，把重叠的元素两两相乘再求和：这个和就是输出 Y 的一个元素。",
    `X 的形状是 ${p.x}，K 是 ${p.k}，所以 K 能放下的位置有 (H − h + 1) × (W − w + 1) 个：Y 的形状是 ${p.y}，共 ${p.cells} 个元素要算。`,
  ],
  cellHeading: (p) => `输出元素 Y[${p.cell}]`,
  cell: (p) => [
    `窗口是 X[${p.rows}, ${p.cols}]。把它与 K 按元素相乘再求和：Y[${p.cell}] = ${p.value}。`,
    p.move === "none"
      ? "这是最后一个位置：Y 已经算完。"
      : p.move === "right"
        ? "接下来，窗口向右移动一列。"
        : "这一行算完了：接下来窗口下移一行，回到最左边。",
  ],
  wholeHeading: "一次调用 corr2d(X, K)",
  whole: (p) => [
    p.same
      ? "引擎的 corr2d 在一次调用里执行同样的两层循环，得到同样的 Y。"
      : "引擎的 corr2d 得到的 Y 略有不同（32 位浮点数的舍入）。",
    "深度学习框架把这种运算称为卷积，但并不翻转核：卷积层计算的正是这种互相关运算，再加上偏差。",
  ],
  done: (p) => `Y = corr2d(X, K) = ${p.y}`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑 X 或 K。`,
};
