import { expect, test } from "vitest";
import stringWidth from "string-width";
import { equationLines, equationText } from "../../src/draw/equation.ts";
import type { Equation } from "../../lessons/frame.ts";

const eq = (label: string, texts: string[]): Equation => ({ label, tokens: texts.map((text) => ({ text })) });
const side = eq("output side", ["⌊(n − k + 2p + s) / s⌋", " = ", "⌊(", "5", " − ", "3", " + 2×", "1", " + ", "2", ") / ", "2", "⌋", " = ⌊", "6 / 2", "⌋ = ", "3"]);

test("an equation that fits is one line, tokens joined as they are", () => {
  expect(equationLines(eq("Y[0, 0]", ["0", "×", "0", " + ", "1", "×", "1", " = ", "1"]), 80)).toEqual(["Y[0, 0]: 0×0 + 1×1 = 1"]);
});

test("a long formula breaks before an operator outside brackets, never inside a number or a bracket", () => {
  for (let width = 24; width <= 70; width++) {
    const lines = equationLines(side, width);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.join(" ")).toBe(equationText(side));
    // where the outer level allows it, every break falls before " = "
    if (width >= 40) for (const line of lines.slice(1)) expect(line.startsWith("= ")).toBe(true);
  }
});

test("with no operator to break at, the text is cut by columns rather than running over", () => {
  const lines = equationLines(eq("x", ["abcdefghijklmnopqrstuvwxyz"]), 10);
  for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(10);
});
