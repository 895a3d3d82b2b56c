// 所有练习共用的中文文本：答案格式的问题。键与 exercise.en.ts 相同（类型检查保证）。
import type { SharedText } from "./exercise.en.ts";

export const zh: SharedText = {
  expectObject: (p) => `这个答案由几部分组成（${p.fields}）：请给出 JSON 对象，例如 ${p.example}。`,
  missing: (p) => `答案缺少 ${p.field}；例如 ${p.example}。`,
  unknown: (p) => `“${p.field}”不是这个答案的一部分；它的组成部分是 ${p.fields}。`,
  internal: (p) => `检查本身出错了（${p.message}）。这是 convlab 的缺陷，请报告。`,
};
