// The menu painted before Ink loads (src/ui/first-paint.ts) must be FirstMenu's frame exactly:
// Ink then draws that frame over the painted lines, and any difference would show as a jump.
// Compared as Ink compares frames: each line as styled characters (@alcalzone/ansi-tokenize).
import { styledCharsFromTokens, tokenize } from "@alcalzone/ansi-tokenize";
import { existsSync } from "node:fs";
import { createElement } from "react";
import stringWidth from "string-width";
import { afterEach, describe, expect, test } from "vitest";
import { lessons as catalog } from "../../lessons/index.ts";
import type { Lang } from "../../lessons/frame.ts";
import { FirstMenu } from "../../src/ui/FirstMenu.tsx";
import { paintMenu } from "../../src/ui/first-paint.ts";
import { erasePainted, returnToPainted } from "../../src/ui/painted.ts";
import type { LabProgress } from "../../src/ui/progress.ts";
import { darkTheme, plainTheme, type Theme } from "../../src/ui/theme.ts";
import { cleanupRendered, renderTerminal } from "../helpers/render.tsx";

afterEach(cleanupRendered);

/** A line as what a terminal shows: each cell's character and its set of styles; trailing blanks dropped. */
function cells(line: string): string[] {
  const chars = styledCharsFromTokens(tokenize(line)).map((c) => `${c.value}${c.styles.map((s) => s.code).sort().join("")}`);
  while (chars.length > 0 && /^ /.test(chars.at(-1)!)) chars.pop();
  return chars;
}

const screen = (lines: string[]): string[][] => lines.map(cells);

function inkFrame(lang: Lang, theme: Theme, progress: LabProgress | undefined, size: { columns: number; rows: number }): string[] {
  const r = renderTerminal(createElement(FirstMenu, { catalog, lang, theme, progress, size }), size);
  return r.rawFrame().replace(/\n$/, "").split("\n");
}

const someDone: LabProgress = { done: ["cross-correlation", "learn-kernel", "your-picture"], exercisesDone: ["corr2d-target", "lr-diverge"] };

describe("the menu painted before Ink equals FirstMenu's frame", () => {
  const sizes = [
    [60, 18],
    [61, 19],
    [61, 24],
    [63, 20],
    [72, 24],
    [81, 24],
    [80, 24],
    [80, 40],
    [99, 30],
    [100, 30],
    [120, 40],
    [160, 50],
    [200, 60],
  ] as const;
  for (const lang of ["en", "zh"] as const) {
    for (const [columns, rows] of sizes) {
      for (const [name, progress] of [
        ["new", undefined],
        ["some done", someDone],
      ] as const) {
        test(`${lang} ${columns}×${rows}, ${name}`, () => {
          const size = { columns, rows };
          const painted = paintMenu({ catalog, lang, theme: darkTheme, progress, size });
          expect(painted).toBeDefined();
          expect(painted).toHaveLength(rows - 1);
          // A line wider than the terminal would wrap and shift everything Ink then draws.
          expect(painted!.filter((line) => stringWidth(line) > columns)).toEqual([]);
          expect(screen(painted!)).toEqual(screen(inkFrame(lang, darkTheme, progress, size)));
        });
      }
    }
  }

  test("without colour (NO_COLOR's theme)", () => {
    const size = { columns: 90, rows: 30 };
    const painted = paintMenu({ catalog, lang: "en", theme: plainTheme, progress: someDone, size });
    expect(screen(painted!)).toEqual(screen(inkFrame("en", plainTheme, someDone, size)));
  });
});

describe("what the paint leaves to Ink", () => {
  test("a terminal below the minimum size", () => {
    expect(paintMenu({ catalog, lang: "en", theme: darkTheme, size: { columns: 59, rows: 30 } })).toBeUndefined();
    expect(paintMenu({ catalog, lang: "en", theme: darkTheme, size: { columns: 100, rows: 17 } })).toBeUndefined();
  });

  test("a progress warning", () => {
    const progress: LabProgress = { done: [], warning: { en: "Progress will not be saved.", zh: "进度无法保存。" } };
    expect(paintMenu({ catalog, lang: "en", theme: darkTheme, progress, size: { columns: 100, rows: 30 } })).toBeUndefined();
  });
});

describe("Ink's first frame over the painted one", () => {
  const painted = { lines: 39, columns: 120, rows: 40 };
  test("the same size: back up to the painted menu's first line", () => {
    expect(returnToPainted(painted, { columns: 120, rows: 40 })).toBe("\u001b[39A\r");
  });
  test("resized in between (the lines may have been rewrapped): a cleared screen", () => {
    expect(returnToPainted(painted, { columns: 100, rows: 40 })).toBe("\u001b[2J\u001b[H");
    expect(returnToPainted(painted, { columns: 120, rows: 30 })).toBe("\u001b[2J\u001b[H");
  });
  test("the lab could not load: the painted lines erased, for the error", () => {
    expect(erasePainted(painted)).toBe("\u001b[39A\r\u001b[J");
  });
});

test("the paint and Ink share one copy of each text tool (else their output could differ)", () => {
  const own = ["chalk", "cli-truncate", "slice-ansi", "string-width", "wrap-ansi"].filter((name) => existsSync(new URL(`../../node_modules/ink/node_modules/${name}`, import.meta.url)));
  expect(own).toEqual([]);
});
