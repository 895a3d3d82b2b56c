import { expect, test } from "vitest";
import stringWidth from "string-width";
import { wrapText } from "../../../src/ui/draw/wrap.ts";

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
