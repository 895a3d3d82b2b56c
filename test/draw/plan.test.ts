// The layout planner, called directly: sizes, pages, the narrative's window, and what a frame
// says it means (a gradient step) rather than what its names suggest.
import { describe, expect, test } from "vitest";
import type { Frame } from "../../lessons/frame.ts";
import {
  blocksHeight, isTooSmall, isWide, MIN_COLUMNS, MIN_ROWS, narrativeLines, numbersBlocks, pageBlocks, planLesson, textWindow, windowHeight, WIDE_COLUMNS,
} from "../../src/draw/plan.ts";
import { uiStrings } from "../../src/ui/strings.ts";
import { gridLesson, otherLesson } from "../ui/fixtures/lessons.ts";

const words = uiStrings("en");
const grid = gridLesson.frame(gridLesson.init(), "en");
const other = otherLesson.frame(otherLesson.init(), "en");

test("wide from WIDE_COLUMNS, too small below the minimum", () => {
  expect(isWide({ columns: WIDE_COLUMNS, rows: 30 })).toBe(true);
  expect(isWide({ columns: WIDE_COLUMNS - 1, rows: 30 })).toBe(false);
  expect(isTooSmall({ columns: MIN_COLUMNS - 1, rows: 40 })).toBe(true);
  expect(isTooSmall({ columns: 200, rows: MIN_ROWS - 1 })).toBe(true);
  expect(isTooSmall({ columns: MIN_COLUMNS, rows: MIN_ROWS })).toBe(false);
});

test("wide: the two columns and their gap fill the width; everything fits the body", () => {
  const plan = planLesson(grid, { columns: 120, rows: 40 }, { words, footerLines: 1 });
  expect(plan.wide).toBe(true);
  expect(plan.numbersWidth + 3 + plan.textWidth).toBe(120);
  expect(plan.numbers.pages).toHaveLength(1);
  expect(plan.body).toBe(40 - 1 - 2 - 1);
  expect(windowHeight(plan.narrative) + 1 + plan.codeLines + 1).toBeLessThanOrEqual(plan.body);
});

test("stacked: narrative, numbers and code with their gaps never take more than the body", () => {
  for (const rows of [18, 20, 24, 30]) {
    for (const frame of [grid, other]) {
      const plan = planLesson(frame, { columns: 80, rows }, { words, footerLines: 2 });
      const parts = [windowHeight(plan.narrative), plan.numbers.height, plan.codeLines > 0 ? plan.codeLines + 1 : 0].filter((h) => h > 0);
      expect(parts.reduce((a, b) => a + b, 0) + parts.length - 1).toBeLessThanOrEqual(plan.body);
    }
  }
});

test("numbers that cannot fit are split into pages, each within the room, none dropped", () => {
  const blocks = numbersBlocks(other, 60, words);
  const pages = pageBlocks(blocks, 8);
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.flat()).toHaveLength(blocks.length);
  for (const page of pages) expect(page.length === 1 || blocksHeight(page) <= 8).toBe(true);
  const plan = planLesson(other, { columns: 60, rows: 18 }, { words, footerLines: 2, page: 1 });
  expect(plan.numbers.pages.length).toBeGreaterThan(1);
  expect(plan.numbers.page).toBe(1);
  // Tab past the last page comes back to the first
  expect(planLesson(other, { columns: 60, rows: 18 }, { words, footerLines: 2, page: plan.numbers.pages.length }).numbers.page).toBe(0);
});

test("the narrative scrolls a page at a time, marked above or below, and starts over after its end", () => {
  const lines = narrativeLines(other.heading, other.narrative, 40);
  const first = textWindow(lines, 5, 0);
  expect(first).toMatchObject({ start: 0, shown: 4, above: false, below: true });
  const second = textWindow(lines, 5, 1);
  expect(second.start).toBe(4);
  const pages = Math.ceil(lines.length / 4);
  expect(textWindow(lines, 5, pages - 1).below).toBe(false);
  expect(textWindow(lines, 5, pages).start).toBe(0);
  expect(textWindow(lines, 100, 3)).toMatchObject({ start: 0, shown: lines.length, above: false, below: false });
});

describe("a frame says what it means", () => {
  const step = (gradientOf?: string): Frame => ({
    ...grid,
    matrices: [
      { id: "W", title: "W", values: [[1, 2]], group: "w" },
      { id: "dW", title: "∂l/∂W", values: [[3, 4]], group: "w", ...(gradientOf ? { gradientOf } : {}) },
    ],
    equations: [{ label: "W[0, 0]", tokens: [{ text: "1 − 0.1 × 3 = 0.7" }], updates: "W" }],
  });

  test("a gradient step (gradientOf) has separators and its update equations beneath", () => {
    const blocks = numbersBlocks(step("W"), 80, words);
    expect(blocks[0]).toMatchObject({ kind: "matrices", separators: true });
    expect(blocks[1]).toMatchObject({ kind: "equation", gapBefore: false });
  });

  test("a matrix merely named like a gradient is drawn as any other", () => {
    const blocks = numbersBlocks(step(), 80, words);
    expect(blocks[0]).toMatchObject({ kind: "matrices", separators: false });
  });
});

test("short by a line or two, the blank lines between bands go before the numbers are paged (lesson 5 at 80×24)", async () => {
  const { lessons } = await import("../../lessons/index.ts");
  const lesson = lessons.find((l) => l.id === "padding-stride")!;
  const frame = lesson.frame(lesson.next(lesson.next(lesson.init())), "en");
  const plan = planLesson(frame, { columns: 80, rows: 24 }, { words, footerLines: 1 });
  expect(plan.numbers.pages).toHaveLength(1);
  const blocks = plan.numbers.pages[0]!;
  expect(blocks.filter((b) => b.kind === "equation")).toHaveLength(2);
  expect(blocks.filter((b) => b.kind === "matrices").every((b, i) => i === 0 || !b.gapBefore)).toBe(true);
  // with room, the bands keep their blank lines
  const roomy = planLesson(frame, { columns: 80, rows: 30 }, { words, footerLines: 1 }).numbers.pages[0]!;
  expect(roomy.filter((b) => b.kind === "matrices").slice(1).every((b) => b.gapBefore)).toBe(true);
});

test("the code panel is given the rows its wrapped lines take, when there is room (lesson 1 at 100×30: all nine lines)", async () => {
  const { lessons } = await import("../../lessons/index.ts");
  const { codeRows } = await import("../../src/draw/code.ts");
  const lesson = lessons[0]!;
  const frame = lesson.frame(lesson.next(lesson.next(lesson.init())), "en");
  const plan = planLesson(frame, { columns: 100, rows: 30 }, { words, footerLines: 1 });
  const rows = codeRows(frame.code, plan.textWidth);
  expect(rows.length).toBeGreaterThan(frame.code.lines.length); // some lines wrap at this width
  expect(plan.codeLines).toBe(rows.length);
});
