// 学习核数组练习的中文文本；键与 exercises.en.ts 相同（类型检查保证）。
import type { ExercisesText } from "./exercises.en.ts";

export const zh: ExercisesText = {
  lossTitle: "每次迭代的损失",
  curvature: (p) =>
    `损失是 W 的二次函数，曲率（海森矩阵（Hessian）的特征值）为 ${p.small} 和 ${p.large}；学习率为 ${p.lr} 时，每一步把最陡方向上的误差乘以 |1 − lr·${p.large}| = ${p.factor}，所以最大的稳定步长是 2/${p.large} ≈ ${p.limit}。`,
  "lr-diverge": {
    title: "让训练发散的学习率",
    prompt: (p) => [
      `笔记本在第 4 列为暗（0）的 ones(6, 8) 上训练 nn.Conv2D，学习率为 ${p.lr}。请找一个让这次训练发散的学习率：在 ${p.epochs} 次迭代内损失必须失控（变为无穷大，或一直上升到最低值的 10 倍）。`,
    ],
    fields: { lr: "学习率" },
    hints: (p) => [
      "在“通过数据学习核数组”一课中按 } 把学习率加倍（按 ] 只提高 5%），观察损失的迷你曲线。",
      "损失是 W 的二次函数；在二次函数上，梯度下降只有在 lr < 2 /（最大曲率）时才稳定。",
      `这里的最大曲率是 ${p.large}：明显大于 2/${p.large} ≈ ${p.limit} 的学习率都会发散——只要迭代足够多，连笔记本自己的 0.016 也会。`,
    ],
    pass: (p) => `发散了：${p.how}（第 ${p.at} 次迭代）。`,
    howNonfinite: (p) => `损失变成了 ${p.loss}`,
    howGrowing: (p) => `损失在第 ${p.lowestAt} 次迭代降到 ${p.lowest}，之后每一步都在上升，升到 ${p.last}`,
    slow: (p) =>
      `学习率高于上限，所以确实会发散——但很慢：${p.epochs} 次迭代后损失从 ${p.first} 变为 ${p.last}，还没有失控。请取一个明显更大的学习率。`,
    converges: (p) => `在这个学习率下训练是收敛的：${p.epochs} 次迭代中损失从 ${p.first} 降到 ${p.last}。`,
  },
  "lr-converge": {
    title: "10 次迭代内收敛的学习率",
    prompt: (p) => [
      `现在在书中的图像上训练（ones(6, 8)，第 2 到 5 列为暗，没有偏差；预设 d2l）。请找一个学习率，使 10 次迭代后损失低于 ${p.target}，并且之后保持收敛。`,
      `（在笔记本的图像上任何学习率都做不到：那里稳定的步长小于 ${p.notebookLimit}，而用这样的步长迭代 10 次后，平缓方向上的误差仍然太大。）`,
    ],
    fields: { lr: "学习率" },
    hints: (p) => [
      "学习率太小也会收敛，但太慢：多试几个，看 10 次迭代后的损失。",
      `平缓方向（曲率 ${p.small}）上的误差每一步乘以 |1 − ${p.small}·lr|：lr 越大，缩小得越快。`,
      `陡峭方向（曲率 ${p.large}）给出上限 2/${p.large} ≈ ${p.limit}；比它稍小一点的学习率就可以。`,
    ],
    pass: (p) => `收敛了：10 次迭代后损失为 ${p.loss} < ${p.target}，且学习率低于稳定上限，所以会一直收敛。`,
    diverged: (p) => `在这个学习率下训练发散了（第 ${p.at} 次迭代）。`,
    slow: (p) => `太慢了：10 次迭代后损失为 ${p.loss}，没有低于 ${p.target}。在平缓方向上误差每一步只缩小为 ${p.factor} 倍。`,
    unstable: (p) =>
      `10 次迭代后损失为 ${p.loss}，但学习率高于稳定上限：继续训练损失会重新上升（${p.later}）。收敛意味着一直保持在低处。`,
    laterAt: (p) => `在第 ${p.at} 次迭代发散`,
    laterSlow: "很慢，超过 1000 次迭代",
  },
  "handwritten-conv2d": {
    title: "让笔记本里手写的 Conv2d 学起来",
    prompt: [
      "在 MXNet 里，笔记本自己写的 Conv2d 块无法学习：它的 corr2d 逐个元素写入 Y[i, j]，自动求导无法对此求梯度。我们的版本用引擎的 corr2d 构造 Y，所以可以求导。",
      "在笔记本的图像上训练它（权重和偏差都更新），并与从同一起点出发的 nn.Conv2D 并排训练。请选择学习率和迭代次数，使它学到 K = [1, −1]（每个权重与目标相差不超过 0.05，偏差与 0 相差不超过 0.05）。",
    ],
    fields: { lr: "学习率", epochs: "迭代次数" },
    hints: (p) => [
      "即使偏差固定为 0，笔记本的学习率 0.016 也已经超过上限；让偏差也参与学习，损失会更陡。",
      `偏差也学习时，最大曲率是 ${p.large}：学习率要低于 2/${p.large} ≈ ${p.limit}。`,
      `最平缓的方向曲率只有 ${p.small}，误差缩小得很慢：学习率略低于上限时，几十次迭代就够了；学习率减半，迭代次数大约要翻倍。`,
    ],
    handTitle: "Conv2d（手写）W",
    convTitle: "nn.Conv2D W",
    pass: (p) =>
      `两者都学到了核：手写块 W = ${p.weight}，偏差 ${p.bias}；nn.Conv2D W = ${p.conv}（${p.diff === null ? "两者的数完全相同" : `两者最多相差 ${p.diff}`}）。它的梯度来自引擎的 corr2d——这是 MXNet 中逐元素写入的版本给不出的。`,
    unstable: (p) =>
      `${p.epochs} 次迭代后 W = ${p.weight}，偏差 ${p.bias}，看起来已经学到了，但学习率 ${p.lr} 超过了稳定上限 2/${p.large} ≈ ${p.limit}（由曲率判断）：每一步都把最陡方向上的误差乘以 ${p.factor}，误差会重新变大。${p.at > 0 ? `继续训练，会在第 ${p.at} 次迭代发散。` : `继续训练 ${p.runOn} 次迭代，损失尚未爆炸，但无法稳定下来。`}`,
    diverged: (p) => `训练在第 ${p.at} 次迭代发散了。`,
    notYet: (p) =>
      `${p.epochs} 次迭代后 W = ${p.weight}，偏差 ${p.bias}：还没有达到与 [1, −1] 和 0 相差 0.05 以内。请增加迭代次数，或使用更大（但仍稳定）的学习率。`,
    disagree: (p) =>
      `手写块（W = ${p.weight}）和 nn.Conv2D（W = ${p.conv}）从同一起点学到了不同的核。这是 convlab 的缺陷，请报告。`,
  },
};
