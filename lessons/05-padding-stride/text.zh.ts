// 填充和步幅课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
import type { Text } from "./text.en.ts";

export const zh: Text = {
  title: "填充和步幅",
  summary: "在输入四周补零可以保持尺寸；步幅跳过位置，使输出变小。",
  optN: "输入大小 n（n×n 的输入，元素为 1, 2, …, n²）",
  optK: "核大小 k（元素全为 1 的 k×k 核）",
  optP: "填充 p：在每一边加上的零行和零列数",
  optS: "步幅 s：窗口每次移动的格数",
  paramsTitle: "[n, k, p, s]",
  inputTitle: "X（输入）",
  paddedTitle: "填充后的 X",
  kernelTitle: "K（核）",
  outputTitle: "Y（输出）",
  shapeLabel: "输出边长",
  bookLabel: (p) => `${p.n}×${p.n}，核 ${p.k}，填充 ${p.p}，步幅 ${p.s}`,
  setupHeading: "先填充输入，再按步幅滑动",
  setup: (p) => [
    `X 的形状是 ${p.n}×${p.n}，元素为 1 … ${p.n * p.n}；核 K 是 ${p.k}×${p.k} 且全为 1，所以每个输出元素就是它所在窗口的和。`,
    p.p > 0
      ? `填充 ${p.p} 在每一边加上 ${p.p} 行（列）零：窗口在 ${p.padded}×${p.padded} 的网格上滑动，这些零对求和没有贡献。`
      : "填充为 0：窗口直接在 X 上滑动。",
    `步幅 ${p.s}：窗口每次移动 ${p.s} 格。每一边的输出长度是 ⌊(n − k + 2p + s) / s⌋ = ${p.m}：Y 的形状是 ${p.m}×${p.m}，共 ${p.cells} 个和要算。`,
    "编辑 [n, k, p, s] 可以改变几何设置，形状会立刻重新算出。",
  ],
  cellHeading: (p) => `输出元素 Y[${p.cell}]`,
  cell: (p) => [
    `Y[${p.cell}] 的窗口起点是它的行号和列号乘以步幅 ${p.s}，即填充后输入中的 ${p.start}，覆盖行 ${p.rows}、列 ${p.cols}（切片写法）。它的和是 Y[${p.cell}] = ${p.value}。`,
    p.zeros > 0 ? `其中 ${p.zeros} 个元素是填充的零：没有填充，这个位置就不存在。` : "这个窗口里的每个元素都来自 X。",
    p.last ? "这是最后一个位置：Y 已经算完。" : `接着窗口向右跳 ${p.s} 列（或向下跳 ${p.s} 行）。`,
  ],
  wholeHeading: "一次调用带填充和步幅的 nd.conv2d",
  whole: (p) => [
    p.same
      ? `nd.conv2d(X, K, { pad, stride }) 在一次调用里得到同样的 ${p.m}×${p.m} 输出。`
      : `nd.conv2d(X, K, { pad, stride }) 得到的 ${p.m}×${p.m} 输出略有不同（32 位浮点数的舍入）。`,
    "下面列出书中（MXNet 版「填充和步幅」）在 8×8 输入上的例子，每个形状（高 × 宽）都由引擎算出。步幅为 1 时填充 (k − 1) / 2 保持尺寸不变，5×3 的核配填充 (2, 1) 也一样；步幅 2 让尺寸减半；核 (3, 5)、填充 (0, 1)、步幅 (3, 4) 得到 2×2。",
  ],
  done: (p) => `Y 的形状是 ${p.m}×${p.m}：${p.formula}`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑 [n, k, p, s]。`,
  paramsShape: (p) => `[n, k, p, s] 是一行四个整数，不是 ${p.shape}`,
  paramRange: (p) => `${p.name} 必须是 ${p.min} 到 ${p.max} 之间的整数，不能是 ${p.value}`,
  tooLarge: (p) => `核 ${p.k}×${p.k} 放不进填充后的输入 ${p.padded}×${p.padded}（输入 ${p.n}×${p.n}，填充 ${p.p}）；k 最大为 n + 2p`,
};
