// 学习核数组课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
import type { Text } from "./text.en.ts";

export const zh: Text = {
  title: "通过数据学习核数组",
  summary: "用梯度下降从图像和它的边缘中学出边缘检测核 [1, −1]——或者发散。",
  optPreset: "seed：笔记本的设置（第 4 列为暗，学习率 0.016，偏差保持为 0）；d2l：书中的设置（第 2–5 列为暗，学习率 0.03，无偏差）",
  optLr: "学习率（默认取预设值：0.016 或 0.03）",
  optEpochs: "迭代次数",
  optSeed: "初始权重的随机种子",
  optInitWeight: "初始权重 W = [a, b]，代替随机生成的权重",
  dark: { seed: "第 4 列", d2l: "第 2 到 5 列" },
  imageTitle: "X（图像）",
  kernelTitle: "K（真实的核）",
  targetTitle: "Y = corr2d(X, K)",
  yhatTitle: "Ŷ = conv2d(X)",
  initialTitle: "W（初始）",
  weightTitle: "W",
  gradTitle: "∂l/∂W",
  updatedTitle: "W − lr·∂l/∂W",
  learnedTitle: "W（学到的）",
  hessianTitle: "海森矩阵 2·AᵀA",
  iterationLabel: "迭代",
  lossLabel: "损失",
  lrLabel: "学习率",
  biasLabel: "偏差",
  smallLabel: "海森矩阵的 λ_min",
  largeLabel: "海森矩阵的 λ_max",
  lossSeries: "损失",
  lossEquation: "损失",
  limitEquation: "学习率上限",
  factorEquation: "每步放大倍数",
  setupHeading: "数据和卷积层",
  setup: (p) => [
    `X 是 6×8 的全 1 图像，其中${p.dark}为暗（0）；用 K = [1, −1] 计算的 Y = corr2d(X, K) 记录了它的边缘。卷积层能只凭 X 和 Y 找出 K 吗？`,
    `一个 1×2 核的 nn.Conv2D 从 W = ${p.initial} 开始（${p.custom ? "你给定的权重" : `用种子 ${p.seed} 随机生成`}）；${p.bias ? "它的偏差初始为 0 且从不更新，只更新权重" : "它没有偏差"}。每次迭代计算 Ŷ、损失 l = Σ(Ŷ − Y)²、梯度 ∂l/∂W，再更新 W ← W − lr·∂l/∂W。`,
    `损失是 W 的二次函数，其曲率（海森矩阵 2·AᵀA）的特征值为 ${p.small} 和 ${p.large}，所以只有 lr < 2/${p.large} = ${p.limit} 时梯度下降才稳定。lr = ${p.lr} 时，沿 ${p.direction} 方向的误差每步乘以 |1 − lr·${p.large}| = ${p.factor}：${p.stable ? "误差缩小，训练收敛。" : "误差会增长。它起初很小，所以前几次迭代看起来还不错。"}`,
  ],
  iterationHeading: (p) => `第 ${p.epoch} 次迭代（共 ${p.epochs} 次）`,
  iteration: (p) => [
    `用当前的 W 计算 Ŷ = conv2d(X)；损失 Σ(Ŷ − Y)² 为 ${p.loss}${p.trend === "down" ? "，比上次低" : p.trend === "up" ? "，比上次高" : ""}。`,
    `l.backward() 写出 ∂l/∂W = ${p.grad}；sgdStep 让 W 沿其反方向移动：W ← W − ${p.lr}·∂l/∂W = ${p.weight}。`,
  ],
  divergedNow: (p) =>
    p.nonfinite
      ? "损失已不再是有限的数：训练发散，在此停止。"
      : `损失已连续 ${p.rises} 次迭代上升，且已超过最低值（第 ${p.lowestAt} 次迭代）的 ${p.growth} 倍：训练发散，在此停止。`,
  resultHeading: "卷积层学到了什么",
  result: (p) => [
    `${p.n} 次迭代后 W = ${p.weight}；生成 Y 的核是 [1, −1]。最后一次的损失为 ${p.loss}。`,
    p.stable
      ? `lr = ${p.lr} 低于上限 ${p.limit}，继续迭代会让 W 更接近真实的核。`
      : `但 lr = ${p.lr} 高于上限 ${p.limit}：沿 (1, 1) 方向的误差每步放大 ${p.factor} 倍。多迭代几次（例如 60 次），损失会先下降，再无限增长。`,
  ],
  divergedHeading: "训练发散了",
  diverged: (p) => [
    p.nonfinite
      ? `第 ${p.at} 次迭代时损失变成了 ${p.last}：训练在此停止。`
      : `损失在第 ${p.lowestAt} 次迭代降到 ${p.lowest}，之后每次都在增长，第 ${p.at} 次迭代时达到 ${p.last}：训练在此停止。`,
    p.stable
      ? `lr = ${p.lr} 低于 2/λ_max = ${p.limit}，所以原因不在学习率：数值增长超出了 32 位浮点数的范围。请从更小的权重开始。`
      : `lr = ${p.lr} 高于 2/λ_max = ${p.limit}：沿最陡方向的误差每步放大 ${p.factor} 倍。把学习率设为低于 ${p.limit} 的值即可收敛，例如 ${p.suggest}。`,
  ],
  doneMessage: (p) => `学到的 W = ${p.weight}，真实的核为 [1, −1]（最后的损失 ${p.loss}）。`,
  divergedMessage: (p) =>
    `在第 ${p.at} 次迭代发散：损失${p.nonfinite ? "变成了" : "增长到"} ${p.loss}（${p.stable ? `学习率 ${p.lr} 低于稳定上限 ${p.limit}：原因是 float32 舍入，而非学习率` : `学习率 ${p.lr} 高于稳定上限 ${p.limit}`}）。`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑初始权重 W。`,
  weightShape: (p) => `W 的形状是 1×2：请给出一行两个数（收到的是 ${p.shape}）。`,
  badSeed: (p) => `种子必须是整数，而不是 ${p.seed}`,
};
