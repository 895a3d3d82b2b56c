// 「学习率稳定性」练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  steepTitle: (p) => `W₀ + W₁ 的误差，lr ${p.lr}`,
  verdict: { smooth: "平稳收敛", oscillates: "振荡并收敛", diverges: "发散" },
  edge: "既不增大也不减小",
  "lr-oscillate": {
    title: "振荡却收敛的学习率",
    prompt: (p) => [
      "在 notebook 的数据上（第 4 列为暗，从它自己的起点出发），请找一个学习率，使梯度下降发生振荡——W₀ + W₁ 的误差每一步都变号——但仍然收敛。",
      `引擎根据损失的曲率来判断，所以结论对继续运行多久都成立；同时显示这次运行 ${p.epochs} 次迭代中带符号的 W₀ + W₁ 误差。`,
    ],
    fields: { lr: "学习率" },
    hints: (p) => [
      `每一步都把 W₀ + W₁ 的误差乘以 1 − lr·λ_max，其中 λ_max = ${p.large} 是较大的曲率（本课第一步显示了 H）。`,
      `当 1 − lr·λ_max < 0，即 lr > 1/λ_max = 1/${p.large} ≈ ${p.half} 时，误差变号。`,
      `只要 |1 − lr·λ_max| < 1，即 lr < 2/λ_max ≈ ${p.limit}，误差就仍在减小：${p.half} 和 ${p.limit} 之间的任何学习率都可以。`,
    ],
    pass: (p) =>
      `正确（根据曲率判断）：1 − lr·λ_max = 1 − ${p.lr} × ${p.large} = ${p.r} 为负，所以误差每一步都变号；它的大小 ${p.factor} 小于 1，所以误差会一直减小。在这次运行中，未恰好落在 0 的 ${p.steps} 步里有 ${p.flips} 步变号，${p.epochs} 次迭代中从 ${p.first} 变为 ${p.last}。`,
    smooth: (p) =>
      `根据曲率判断：1 − lr·λ_max = 1 − ${p.lr} × ${p.large} = ${p.r} 不为负，所以误差保持符号、平稳减小，没有来回摆动——未恰好落在 0 的 ${p.steps} 步里有 ${p.flips} 步变号，${p.epochs} 次迭代中从 ${p.first} 变为 ${p.last}。更大的学习率才会振荡。`,
    diverges: (p) =>
      `根据曲率判断：|1 − lr·λ_max| = |1 − ${p.lr} × ${p.large}| = ${p.factor} 大于 1，所以误差每一步都变号并增大——${p.epochs} 次迭代中从 ${p.first} 变为 ${p.last}：发散了。更小的学习率才会收敛。`,
    edge: (p) =>
      `根据曲率判断：1 − lr·λ_max = 1 − ${p.lr} × ${p.large} = ${p.r}，所以误差变号但大小不变——${p.epochs} 次迭代中从 ${p.first} 变为 ${p.last}：永远不会收敛。稍小一点的学习率就可以。`,
  },
  "lr-limit": {
    title: "稳定性极限",
    prompt: (p) => [
      "在 notebook 的数据上，梯度下降仍能收敛的最大学习率——稳定性极限——是多少？",
      `请给出 ${p.digits} 位有效数字：四舍五入到 ${p.digits} 位有效数字后相同的答案都算对。`,
    ],
    fields: { limit: "极限" },
    hints: (p) => [
      `每一步都把最陡方向上的误差乘以 1 − lr·λ_max，其中 λ_max = ${p.large}（本课第一步显示了 H）；只要 |1 − lr·λ_max| < 1，运行就会收敛。`,
      `在 1/λ_max ≈ ${p.half} 处这个因子为 0；极限是它到达 −1 的地方：1 − lr·λ_max = −1，所以 lr = 2/λ_max。`,
      `也就是 2/${p.large} = ${p.limit}…，再保留 ${p.digits} 位有效数字。`,
    ],
    pass: (p) =>
      `正确：极限是 2/λ_max = 2/${p.large} = ${p.limit}，保留 ${p.digits} 位有效数字是 ${p.limitShort}，${p.answer} 也是。低于它时 |1 − lr·λ_max| < 1，运行收敛；高于它时误差每一步都在增大。`,
    wrong: (p) =>
      `${p.answer} 保留 ${p.digits} 位有效数字是 ${p.answerShort}，不是极限。在 lr ${p.answer} 时，|1 − lr·λ_max| = |1 − ${p.answer} × ${p.large}| = ${p.factor}：运行${p.what}。`,
  },
};
