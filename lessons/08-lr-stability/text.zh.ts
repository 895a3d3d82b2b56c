// 学习率稳定性课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
import type { Text } from "./text.en.ts";

export const zh: Text = {
  title: "学习率与稳定性",
  summary: "并排比较几个学习率：收敛、振荡还是发散，以及决定这一切的阈值 2/λ_max。",
  optPreset: "notebook：笔记本的数据（第 4 列为暗；旧名为 \"seed\"）；d2l：书中的数据（第 2 到 5 列为暗）",
  optLrs: "要比较的学习率，1 到 6 个正数",
  optEpochs: "每次训练的迭代次数",
  optSeed: "随机共同初始权重的种子（默认：笔记本数据上用笔记本自己的起点；书中数据上用种子 2）",
  dark: { seed: "第 4 列", d2l: "第 2 到 5 列" },
  dataName: { seed: "笔记本的数据", d2l: "书中的数据" },
  imageTitle: "X（图像）",
  targetTitle: "Y = corr2d(X, [1, −1])",
  hessianTitle: "海森矩阵 2·AᵀA",
  lrsTitle: "学习率",
  startTitle: "W（共同的初始值）",
  weightsTitle: "各学习率下的 W",
  lossSeries: (p) => `损失，lr ${p.lr}`,
  steepSeries: (p) => `${p.sum}，lr ${p.lr}`,
  smallLabel: "海森矩阵的 λ_min",
  largeLabel: "海森矩阵的 λ_max",
  limitLabel: "超过即发散",
  smoothLabel: "超过即振荡",
  verdict: { smooth: "平稳收敛", oscillates: "振荡着收敛", diverges: "发散" },
  edge: "永远振荡",
  setupHeading: "同一个起点，几个学习率",
  setup: (p) => [
    `${p.data}：6×8 的图像，${p.dark}为暗，以及它的垂直边缘 Y。每次训练都从同一个 W 出发（${p.start === "printout" ? "笔记本自己的起点，与第 3 课相同" : `用种子 ${p.seed} 随机生成`}），走 ${p.epochs} 步梯度下降；只有学习率不同：${p.lrs}。`,
    `损失是 W 的二次函数。它的曲率——用引擎的梯度测出的海森矩阵（Hessian）——的特征值是 ${p.small} 和 ${p.large}。沿每个特征向量，每一步把误差乘以 (1 − lr·λ)。`,
    `所以学习率低于 1/λ_max = ${p.half} 时，误差缩小且不变号；在 ${p.half} 和 2/λ_max = ${p.limit} 之间，误差每步变号（W 来回摆动）但仍在缩小；高于 ${p.limit} 时 |1 − lr·λ_max| > 1，误差不断增大。在${p.other}上，这两个阈值是 ${p.otherHalf} 和 ${p.otherLimit}：学习率是否稳定，取决于它遇到的数据。`,
  ],
  iterationHeading: (p) => `第 ${p.epoch} 次迭代（共 ${p.epochs} 次）`,
  iteration: (p) => [
    p.first !== undefined
      ? `第一步：每次训练都从同一个 W 出发，所以损失都是 ${p.first}；学习率只决定这一步把 W 移动多远。`
      : p.rising ? `这一步损失下降的学习率：${p.falling || "无"}；上升的：${p.rising}。` : `这一步所有学习率的损失都在下降（${p.falling}）。`,
    "迷你图显示每次训练到目前为止的损失，以及带符号的 W₀ + W₁（答案的是 0），每次迭代一列：它是 W − [1, −1] 中每一步都被乘以 1 − lr·λ_max 的那一部分。始终在一侧并逐渐变短的柱表示平稳收敛，每步换边的柱表示来回摆动，越摆越宽表示发散。",
  ],
  verdictHeading: "哪些训练收敛了",
  verdictText: (p) => [
    ...p.lines,
    `阈值是 2/λ_max = 2/${p.large} = ${p.limit}：略高于它的学习率一开始看起来没问题（不稳定方向上的误差起初很小），之后就会失控。把学习率一小步一小步地调向 ${p.limit}，看看摆动从哪里开始不再衰减。`,
  ],
  runLine: (p) => `lr ${p.lr}：|1 − lr·λ_max| = ${p.factor}，所以${p.verdict}；${p.observed}`,
  observedDiverged: (p) => `损失从第 ${p.at} 次迭代起失控。`,
  observedNonfinite: (p) => `损失在第 ${p.at} 次迭代时不再是有限的数。`,
  observedLast: (p) => `最后的损失是 ${p.loss}。`,
  done: (p) => `只有 lr < 2/λ_max = ${p.limit} 时才稳定。`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑学习率。`,
  lrsShape: (p) => `学习率是一行 1 到 6 个数，不是 ${p.shape}`,
  badSeed: (p) => `种子必须是整数，不能是 ${p.seed}`,
};
