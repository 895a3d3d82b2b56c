// 值检查器（values.ts）的中文措辞；键与 values.en.ts 相同（类型检查保证）。
import type { ValuesText } from "./values.en.ts";

export const zh: ValuesText = {
  notNumber: (p) => `${p.field} 必须是一个数，而不是 ${p.got}。`,
  notFinite: (p) => `${p.field} 必须是有限的数，而不是 ${p.got}。`,
  notInteger: (p) => `${p.field} 必须是整数，而不是 ${p.got}。`,
  notPositive: (p) => `${p.field} 必须大于 0，而不是 ${p.got}。`,
  outOfRange: (p) => `${p.field} 必须在 ${p.min} 到 ${p.max} 之间，而不是 ${p.got}。`,
  atMost: (p) => `${p.field} 最大为 ${p.max}，而不是 ${p.got}。`,
  atLeast: (p) => `${p.field} 最小为 ${p.min}，而不是 ${p.got}。`,
  tooLarge: (p) => `${p.field}：数值请保持在 −${p.limit} 到 ${p.limit} 之间（${p.got} 超出了）。`,
  notVector: (p) => `${p.field} 必须是由 ${p.n}组成的列表，例如 ${p.example}。`,
  count: (p) => `${p.n} 个数`,
  countRange: (p) => `${p.min} 到 ${p.max} 个数`,
  someNumbers: "若干个数",
  wrongLength: (p) => `${p.field} 必须有 ${p.n}，而不是 ${p.got} 个。`,
  notJson: (p) => `${p.field} 不是 JSON；请写成 ${p.example} 这样的矩阵。`,
  tooDeep: (p) => `${p.field} 嵌套超过 ${p.depth} 层；矩阵是若干行组成的列表，例如 ${p.example}。`,
  notMatrix: (p) => `${p.field} 必须是矩阵：由若干行数字组成的列表，例如 ${p.example}。`,
  emptyMatrix: (p) => `${p.field} 为空；至少要有一个数。`,
  ragged: (p) => `${p.field}：每行长度必须相同（第 1 行有 ${p.want} 个数，第 ${p.row} 行有 ${p.got} 个）。`,
  tooBig: (p) => `${p.field} 的形状是 ${p.shape}；这里最大 ${p.max}。`,
  notChoice: (p) => `${p.field} 必须是 ${p.choices} 之一，而不是 ${p.got}。`,
  entry: (p) => `${p.field}${p.where}`,
  where: (p) => `（第 ${p.row} 行，第 ${p.col} 列）`,
  whereItem: (p) => `（第 ${p.index} 个数）`,
  listSep: "、",
};
