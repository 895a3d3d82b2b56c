import { expect, test } from "vitest";
import { codeWidth, isTooSmall, isWide, MIN_COLUMNS, MIN_ROWS, numbersWidth, wideColumns, WIDE_COLUMNS } from "../../src/ui/layout.ts";
import { gridLesson } from "./fixtures/lessons.ts";

const frame = gridLesson.frame(gridLesson.init(), "en");

test("wide from WIDE_COLUMNS, too small below the minimum", () => {
  expect(isWide({ columns: WIDE_COLUMNS, rows: 30 })).toBe(true);
  expect(isWide({ columns: WIDE_COLUMNS - 1, rows: 30 })).toBe(false);
  expect(isTooSmall({ columns: MIN_COLUMNS - 1, rows: 40 })).toBe(true);
  expect(isTooSmall({ columns: 200, rows: MIN_ROWS - 1 })).toBe(true);
  expect(isTooSmall({ columns: MIN_COLUMNS, rows: MIN_ROWS })).toBe(false);
});

test("the two columns fill the width; short code leaves the numbers their natural width", () => {
  const { left, right } = wideColumns(frame, 120, 30);
  expect(left + right + 3).toBe(120);
  expect(left).toBe(numbersWidth(frame));
});

test("long code lines make the numbers wrap narrower when they still fit the height", () => {
  const long = { ...frame, code: { lines: ["x".repeat(70)], current: [0] } };
  // Two 1×10 matrices side by side: about 70 columns unwrapped, 35 each.
  const row = Array.from({ length: 10 }, (_, i) => 100 + i);
  const wide = { ...long, equations: [], matrices: ["A", "B"].map((id) => ({ id, title: id, values: [row], group: "all" })) };
  const natural = numbersWidth(wide);
  const { left, right } = wideColumns(wide, 110, 40);
  expect(left).toBeLessThan(natural);
  expect(right).toBeGreaterThanOrEqual(Math.min(codeWidth(wide), 110 - 3 - left));
  // No room in height: keep the natural width.
  expect(wideColumns(wide, 110, 3).left).toBe(Math.min(natural, Math.floor(110 * 0.6)));
});
