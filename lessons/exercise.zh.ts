// 所有练习共用的中文文本：答案格式的问题。键与 exercise.en.ts 相同（类型检查保证）。
import type { SharedText } from "./exercise.en.ts";

export const zh: SharedText = {
  expectObject: (p) => `这个答案由几部分组成（${p.fields}）：请给出 JSON 对象，例如 ${p.example}。`,
  missing: (p) => `答案缺少 ${p.field}；例如 ${p.example}。`,
  unknown: (p) => `“${p.field}”不是这个答案的一部分；它的组成部分是 ${p.fields}。`,
  notMatrix: (p) => `${p.field} 必须是矩阵：由若干行数字组成的列表，例如 ${p.example}。`,
  emptyMatrix: (p) => `${p.field} 为空；至少要有一个数。`,
  ragged: (p) => `${p.field}：每行长度必须相同（第 1 行有 ${p.want} 个数，第 ${p.row} 行有 ${p.got} 个）。`,
  tooBig: (p) => `${p.field} 的形状是 ${p.shape}；这里最大 ${p.max}。`,
  notNumber: (p) => `${p.field} 必须是一个数，而不是 ${p.got}。`,
  notVector: (p) => `${p.field} 必须是由 ${p.n} 个数组成的列表，例如 ${p.example}。`,
  entry: (p) => `${p.field}${p.where}`,
  where: (p) => `（第 ${p.row} 行，第 ${p.col} 列）`,
  whereItem: (p) => `（第 ${p.index} 个数）`,
  notFinite: (p) => `${p.field} 必须是有限的数，而不是 ${p.got}。`,
  tooLarge: (p) => `${p.field}：数值请保持在 −${p.limit} 到 ${p.limit} 之间（${p.got} 超出了）。`,
  notInteger: (p) => `${p.field} 必须是整数，而不是 ${p.got}。`,
  notPositive: (p) => `${p.field} 必须大于 0，而不是 ${p.got}。`,
  outOfRange: (p) => `${p.field} 必须在 ${p.min} 到 ${p.max} 之间，而不是 ${p.got}。`,
  atMost: (p) => `${p.field} 最大为 ${p.max}，而不是 ${p.got}。`,
  atLeast: (p) => `${p.field} 最小为 ${p.min}，而不是 ${p.got}。`,
  internal: (p) => `检查本身出错了（${p.message}）。这是 convlab 的缺陷，请报告。`,
};
