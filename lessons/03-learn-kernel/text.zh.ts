// 学习核数组课程的中文文本；键与 text.en.ts 相同（类型检查保证）。
// 每句话的数字和走向（下降或上升、放大或缩小）都来自它所描述的那次训练。
import { sub, sup, type Motion, type Text } from "./text.en.ts";

const motionWords: Record<Motion, string> = {
  shrinks: "它缩小，符号不变",
  "flips-shrinks": "它每步变号并缩小",
  "flips-grows": "它每步变号并放大",
  grows: "它放大，符号不变",
  stays: "它大小不变，每步变号",
};

export const zh: Text = {
  title: "通过数据学习核数组",
  summary: "用梯度下降从图像和它的边缘中学出边缘检测核 [1, −1]——或者发散。",
  optPreset: "notebook：笔记本的设置（第 4 列为暗，学习率 0.016，偏差保持为 0；旧名为 \"seed\"）；d2l：书中的设置（第 2–5 列为暗，学习率 0.03，无偏差）",
  optLr: "学习率（默认取预设值：0.016 或 0.03）",
  optEpochs: "迭代次数",
  optSeed: "随机初始权重的种子（默认：笔记本自己的起点，由其打印结果反推得到；d2l 默认种子 2）",
  optInitWeight: "改用给定的初始权重 W = [a, b]",
  dark: { seed: "第 4 列", d2l: "第 2 到 5 列" },
  imageTitle: "X（图像）",
  kernelTitle: "K（真实的核数组）",
  targetTitle: "Y = corr2d(X, K)",
  yhatTitle: "Ŷ = conv2d(X)",
  twoErrTitle: "2(Ŷ − Y)",
  initialTitle: "W（初始）",
  weightTitle: "W",
  gradTitle: "∂l/∂W",
  updatedTitle: "W − lr·∂l/∂W",
  learnedTitle: "W（学到的）",
  lrTitle: "lr",
  hessianTitle: "海森矩阵 2·AᵀA",
  iterationLabel: "迭代",
  lossLabel: "损失",
  lrLabel: "学习率",
  biasLabel: "偏差",
  lossSeries: "损失",
  steepSeries: (p) => `${p.sum}（带符号）`,
  lossEquation: "损失",
  limitEquation: "学习率上限",
  factorEquation: "每步乘以",
  recoveredEquation: "由打印结果得到的 W₀",
  printedEquation: "笔记本打印的损失",
  gradEquation: (p) => (p.j === 0 ? "∂l/∂W₀ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ" : "∂l/∂W₁ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ₊₁"),
  corrEquation: "corr2d(X, 2(Ŷ − Y))",
  backwardEquation: "l.backward() 写出的",
  plotTitle: (p) => `损失 l(W₀, W₁)：沿 ${p.flat} 的一条狭长山谷`,
  plotPath: "W",
  plotAnswer: "K = [1, −1]",
  plotLevels: (p) => `损失 ${p.levels}`,
  setupHeading: "数据和卷积层",
  setup: (p) => [
    `X 是 6×8 的全 1 图像，其中${p.dark}为暗（0）；用 K = [1, −1] 计算的 Y = corr2d(X, K) 记录了它的垂直边缘。卷积层能只凭 X 和 Y 找出 K 吗？`,
    p.origin === "printout"
      ? `一个 1×2 核数组的 nn.Conv2D 从 W = ${p.initial} 开始：这是笔记本随机生成的初始权重。笔记本没有打印它，但打印了 ${p.steps} 个损失（${p.printed}）和最终权重 ${p.final}，这就够了：损失是 W 的二次函数，每一步都是同一个线性变换 W ← M·W + b，所以 ${p.steps} 步之后 W${sub(p.steps)} = M${sup(p.steps)}·W₀ + c，由此解出 W₀。从它出发，这次训练打印的正是笔记本的那张表。`
      : `一个 1×2 核数组的 nn.Conv2D 从 W = ${p.initial} 开始（${p.origin === "given" ? "你给定的权重" : `用种子 ${p.seed} 随机生成`}）。`,
    `${p.bias ? "它的偏差初始为 0 且从不更新，只更新权重。" : "它没有偏差。"}每次迭代计算 Ŷ、损失 l = Σ(Ŷ − Y)²、梯度 ∂l/∂W，再更新 W ← W − lr·∂l/∂W，其中 lr = ${p.lr}。`,
  ],
  iterationHeading: (p) => `第 ${p.epoch} 次迭代（共 ${p.epochs} 次）`,
  iteration: (p) => [
    `用当前的 W 计算 Ŷ = conv2d(X)；损失 Σ(Ŷ − Y)² 为 ${p.loss}${p.trend === "down" ? "，比上次低" : p.trend === "up" ? "，比上次高" : ""}。`,
    `l.backward() 写出 ∂l/∂W = ${p.grad}；sgdStep 让 W 沿其反方向移动：W ← W − ${p.lr}·∂l/∂W = ${p.weight}。现在 ${p.sum} 为 ${p.error}（答案的是 0）。`,
  ],
  gradientOpened: (p) =>
    `先别急着相信自动求梯度，把梯度写出来：l = Σ (W₀·Xᵢ,ⱼ + W₁·Xᵢ,ⱼ₊₁ − Yᵢ,ⱼ)²，所以 ∂l/∂W₀ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ = ${p.g0}，∂l/∂W₁ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ₊₁ = ${p.g1}，各是 ${p.rows} 项之和。这本身就是一次互相关运算：∂l/∂W = corr2d(X, 2(Ŷ − Y)) = ${p.corr}，与 l.backward() 写出的 ${p.grad} ${p.same ? "完全相同" : "只差舍入误差"}。`,
  divergedNow: (p) =>
    p.nonfinite
      ? "损失已不再是有限的数：训练判定为发散，在此停止。"
      : `损失已连续 ${p.rises} 次迭代上升，且超过最低值（第 ${p.lowestAt} 次迭代）的 ${p.growth} 倍：训练判定为发散，在此停止。`,
  resultHeading: "卷积层学到了什么",
  divergedHeading: "训练发散了",
  lossStory: (p) =>
    `${p.n} 次迭代后 W = ${p.weight}，而生成 Y 的核数组是 [1, −1]。` +
    (p.trend === "fell"
      ? `损失从 ${p.first} 降到 ${p.last}。`
      : p.trend === "rose"
        ? `损失从第一次迭代起就在上升，从 ${p.first} 升到 ${p.last}。`
        : `损失先降到最低值 ${p.lowest}（第 ${p.lowestAt} 次迭代），从第 ${p.lowestAt + 1} 次迭代起回升，升到 ${p.last}。`),
  stoppedStory: (p) =>
    p.nonfinite
      ? `第 ${p.at} 次迭代时损失不再是有限的数：训练在此停止。`
      : `到第 ${p.at} 次迭代，损失已连续上升 ${p.rises} 次，超过最低值的 ${p.growth} 倍：训练在此停止。`,
  sumStory: (p) =>
    p.kind === "zero"
      ? `再看 ${p.sum}（答案的是 0）：它始终恰好为 0。这个起点在这个和上没有误差，步长没有东西可放大，所以训练沿着山谷收敛——不管学习率对这个和做什么。`
      : `再看 ${p.sum}（答案的是 0）：${p.values}。${p.kind === "growing" ? `它在增长，每步乘以 ${p.factor}${p.lossFell ? "，尽管损失看起来还不错" : ""}。` : `它在缩小，每步乘以 ${p.factor}。`}`,
  reason: (p) =>
    (p.windows
      ? `原因：${p.windows.bright} 个窗口里两个像素都是亮的，所以它们只看到 W₀ + W₁；${p.windows.edges} 个边缘窗口各只看到一个权重。合起来，W₀ + W₁ 这个和就是最陡的方向：亮窗口贡献曲率 ${p.windows.fromBright}，边缘窗口贡献 ${p.windows.fromEdges}，共 ${p.large}。`
      : `原因：损失沿某一个方向最陡，曲率为 ${p.large}。`) +
    `每一步把这个方向上的误差乘以 1 − lr·${p.large} = 1 − ${p.lr}·${p.large} = ${p.factor}：${motionWords[p.motion]}。`,
  named: (p) =>
    `它的名字：损失的海森矩阵（Hessian，二阶导数组成的矩阵）是 2·AᵀA，其中 A 的每一行对应一个输出像素，放着它的两个输入像素 [Xᵢ,ⱼ, Xᵢ,ⱼ₊₁]（这里共 ${p.rows} 行）：${p.hessian}。它的特征值是 ${p.small}（沿 ${p.flat}）和 ${p.large}（沿 ${p.steep}），所以只有 lr < 2/λ_max = 2/${p.large} = ${p.limit} 时梯度下降才稳定。`,
  keepGoing: "继续迭代，看看损失接下来会怎样。",
  floatCause: (p) => `lr = ${p.lr} 低于 2/λ_max = ${p.limit}，所以原因不在学习率：数值增长超出了 32 位浮点数的范围。请从更小的权重开始。`,
  suggestion: (p) => `低于 ${p.limit} 的学习率从任何起点都会收敛，例如 ${p.suggest}。`,
  doneMessage: (p) => `学到的 W = ${p.weight}，真实的核数组为 [1, −1]（最后的损失 ${p.loss}）；${p.sum} 没有在增长。`,
  warningMessage: (p) =>
    p.fell
      ? `看起来收敛了（损失 ${p.loss}）——但 ${p.sum} 在增长，每步乘以 ${p.factor}。`
      : `损失从第 ${p.risingFrom} 次迭代起一直在上升，${p.sum} 也在增长，每步乘以 ${p.factor}：这次训练正在发散。`,
  divergedMessage: (p) =>
    `${p.risingFrom === null ? "损失从未低于起点" : `损失从第 ${p.risingFrom} 次迭代开始上升`}；训练在第 ${p.at} 次迭代时停止，${p.nonfinite ? "那时损失已不是有限的数" : `那时损失为 ${p.loss}`}（学习率 ${p.lr} ${p.stable ? `低于稳定上限 ${p.limit}：原因是 float32 舍入，而非学习率` : `高于稳定上限 ${p.limit}`}）。`,
  notEditable: (p) => `这里不能编辑 ${p.id}；请编辑初始权重 W 或学习率 lr。`,
  weightShape: (p) => `W 的形状是 1×2：请给出一行两个数（收到的是 ${p.shape}）。`,
  lrShape: (p) => `lr 是一个数（收到的是 ${p.shape}）。`,
  badSeed: (p) => `种子必须是整数，而不是 ${p.seed}`,
  noMore: (p) => `训练已经停止（已发散或已达 ${p.max} 次迭代）：不能再继续`,
};
