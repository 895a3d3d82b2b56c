import { expect, test } from "vitest";
import stringWidth from "string-width";
import { wrapCode, wrapText } from "../../src/draw/wrap.ts";

test("breaks between words, never past the width", () => {
  const lines = wrapText("the window moves over X and each output cell is a sum", 16);
  expect(lines).toEqual(["the window moves", "over X and each", "output cell is a", "sum"]);
});

test("Chinese breaks between characters, measured two columns each", () => {
  const lines = wrapText("窗口在输入上滑动，每个输出元素是乘积之和。", 10);
  expect(lines.every((l) => stringWidth(l) <= 10)).toBe(true);
  expect(lines.join("")).toBe("窗口在输入上滑动，每个输出元素是乘积之和。");
});

test("closing punctuation never starts a line", () => {
  const lines = wrapText("写出 ∂l/∂W = [-6.933, 8.287]；然后更新", 30);
  expect(lines.some((l) => l.startsWith("；"))).toBe(false);
});

test("a word longer than the line is split; empty text is one empty line", () => {
  expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  expect(wrapText("", 10)).toEqual([""]);
});

test("closing marks after a word stay with it, even two in a row (）。)", () => {
  for (let width = 6; width < 30; width++) {
    const lines = wrapText("它的前向计算是 corr2d(x, weight) + bias（它与权重形状相同）。偏差初始为 0。", width);
    for (const line of lines) {
      expect(line).not.toMatch(new RegExp("^[，。；：）]"));
      expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  }
});

test("a number keeps its measure word, and = keeps both sides; no line starts with a space", () => {
  expect(wrapText("输出有 4 个元素", 8)).toEqual(["输出有", "4 个元素"]);
  expect(wrapText("so the loss = 0.5 here", 11)).toEqual(["so the", "loss = 0.5", "here"]);
  for (const line of wrapText("a  b   c d e f g h", 3)) expect(line.startsWith(" ")).toBe(false);
});

test("prose keeps a short bracketed formula on one line (issue 11): K[h − 1 − a, w − 1 − b], ⌊(5 − 3 + 2×1 + 2) / 2⌋", () => {
  const text = "on the window turned by 180°: Y[i, j] = Σ X[i + a, j + b] · K[h − 1 − a, w − 1 − b].";
  for (let width = 24; width <= 90; width++) {
    const lines = wrapText(text, width);
    expect(lines.join(" ")).toBe(text);
    for (const formula of ["Y[i, j]", "X[i + a, j + b]", "K[h − 1 − a, w − 1 − b]."]) expect(lines.some((l) => l.includes(formula)), `${width}: ${formula}`).toBe(true);
  }
  expect(wrapText("output side ⌊(5 − 3 + 2×1 + 2) / 2⌋ = 3", 30)).toEqual(["output side", "⌊(5 − 3 + 2×1 + 2) / 2⌋ = 3"]);
  // a long parenthesis of prose still wraps at its spaces
  expect(wrapText("W (the notebook's own start, as in lesson 3) and", 30)).toEqual(["W (the notebook's own start,", "as in lesson 3) and"]);
});

test("code wraps after a comma or space, its rest indented, every character kept", () => {
  const line = "const X4 = nd.fromFlat(Array.from({ length: 16 }, (_, v) => v), [1, 1, 4, 4]);";
  for (let width = 12; width <= 80; width++) {
    const rows = wrapCode(line, width);
    for (const row of rows) expect(stringWidth(row), `${width}: ${row}`).toBeLessThanOrEqual(width);
    expect(rows.map((r, i) => (i > 0 ? r.slice(2) : r)).join(" ").replace(/\s+/g, "")).toBe(line.replace(/\s+/g, ""));
    rows.slice(1).forEach((r) => expect(r).toMatch(/^ {2}\S/));
  }
  expect(wrapCode(line, 40)).toEqual(["const X4 = nd.fromFlat(Array.from({", "  length: 16 }, (_, v) => v), [1, 1, 4,", "  4]);"]);
});
