// Lesson 9's pictures in the lab: drawn with half blocks (or shade characters without colour),
// input and output side by side when wide, stacked when narrow, scaled to the numbers panel.
import { afterEach, describe, expect, test } from "vitest";
import { exercises } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import { App } from "../../../src/ui/App.tsx";
import { plainTheme } from "../../../src/ui/theme.ts";
import { SHADES } from "../../../src/draw/picture.ts";
import { pressAll, waitForFrame } from "../../helpers/keys.ts";
import { cleanupRendered, renderScreen, renderTerminal, SCREEN_COLUMNS, type Rendered, type Screen } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

async function open(size: { columns: number; rows: number }, plain = false, lang: "en" | "zh" = "en"): Promise<Screen> {
  const app = <App lessons={lessons} exercises={exercises} lang={lang} lesson="your-picture" size={size} {...(plain ? { theme: plainTheme } : {})} />;
  const r = size.columns === SCREEN_COLUMNS ? renderScreen(app) : renderTerminal(app, size);
  await waitForFrame(r, (f) => f.includes(lang === "en" ? "step 1 of" : "第 1/"), "your-picture opened");
  return r;
}

/** Snapshots at ink-testing-library's 100 columns (renderScreen); other sizes through renderTerminal. */
const WIDE = { columns: SCREEN_COLUMNS, rows: 36 };
const fits = (f: string, rows: number) => expect(f.split("\n").length).toBeLessThanOrEqual(rows - 1);
/** Six or more shade characters in a row (the space, black, left out: it also separates words). */
const shadeRun = new RegExp(`[${SHADES.trim().replace(/[-\\^\]]/g, "\\$&")}]{6,}`, "g");
const hasShades = (line: string) => (line.match(shadeRun) ?? []).length > 0;
const BOTH_TITLES = /picture 32×48\s+conv2d\(picture, edge\)/;

test("your-picture, last step without colour: input and output side by side in shade characters, scaled into the numbers panel", async () => {
  const f = await pressAll(await open(WIDE, true), ["n", "n", "n"]);
  expect(f).toContain("step 4 of 4");
  const lines = f.split("\n");
  const title = lines.findIndex((l) => BOTH_TITLES.test(l));
  expect(title).toBeGreaterThan(0);
  // below the titles, each line holds two runs of shade characters (input │ output), ≤ 16 rows for 32 pixel rows
  const rows = lines.slice(title + 1).filter((l) => (l.match(shadeRun) ?? []).length >= 2);
  expect(rows.length).toBeGreaterThanOrEqual(8);
  expect(rows.length).toBeLessThanOrEqual(16);
  // the grey levels are drawn, not printed as a cut-off grid of numbers
  expect(f).not.toMatch(/0\.45|0\.08/);
  expect(f).toContain("K (edge) 3×3");
  fits(f, WIDE.rows);
  expect(f).toMatchSnapshot();
});

test("your-picture in colour: half blocks with a grey in front (top pixel) and behind (bottom pixel), no shade characters", async () => {
  const r = await open(WIDE);
  const f = await pressAll(r, ["n", "n", "n"]);
  expect(f).toMatch(BOTH_TITLES);
  expect(f).toMatch(/▀{20,}\s+▀{20,}/);
  expect(f.match(shadeRun)).toBeNull();
  // FORCE_COLOR=1 in tests: chalk brings the theme's greys down to the 16 colours (30–37/90–97 front, 40–47/100–107 behind)
  expect(r.rawFrame()).toMatch(/\u001b\[(4[0-7]|10[0-7])m/);
  fits(f, WIDE.rows);
});

test("your-picture in a narrow, tall terminal: the pictures stacked, each wider than side by side would allow", async () => {
  const size = { columns: 60, rows: 50 };
  const f = await pressAll(await open(size, true), ["n", "n", "n"]);
  const lines = f.split("\n");
  const input = lines.findIndex((l) => l.startsWith("picture 32×48"));
  const output = lines.findIndex((l) => l.startsWith("conv2d(picture, edge)"));
  expect(input).toBeGreaterThan(0);
  expect(output).toBeGreaterThan(input + 8);
  const widest = Math.max(...lines.slice(input + 1, output).map((l) => (l.match(shadeRun) ?? [""])[0]!.length));
  expect(widest).toBeGreaterThan(28);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(size.columns);
  fits(f, size.rows);
});

test("your-picture: every step fits the smallest allowed terminal, and the first step shows one picture unscaled when there is room", async () => {
  const small = await open({ columns: 60, rows: 18 }, true);
  for (let i = 0; i < 4; i++) {
    const f = small.frame();
    fits(f, 18);
    expect(f.split("\n").some(hasShades)).toBe(true);
    if (i < 3) await pressAll(small, ["n"]);
  }
  const wide = await open({ columns: 120, rows: 40 }, true);
  const rows = wide.frame().split("\n").filter(hasShades);
  expect(rows).toHaveLength(16);
  expect(Math.max(...rows.map((l) => l.trimStart().split(/ {3,}/)[0]!.length))).toBeLessThanOrEqual(48);
});

describe.each(["en", "zh"] as const)("your-picture at 80×24 (%s)", (lang) => {
  const SIZE = { columns: 80, rows: 24 };
  test("the pixel step: the window marked on the picture (X), the pixel on the output (O), the kernel beside them, titles whole", async () => {
    const f = await pressAll(await open(SIZE, true, lang), ["n", "n"]);
    const lines = f.split("\n");
    fits(f, SIZE.rows);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(SIZE.columns);
    expect(f).not.toMatch(/…\s*$/m);
    // the window: one run of X on the input (left), the output pixel one O on the output (right)
    const marked = lines.filter((l) => /X/.test(l.slice(0, 30)));
    expect(marked.length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => /O/.test(l.slice(30, 62)))).toHaveLength(1);
    // pictures at least 9 rows high at 80×24 (7 before), the kernel beside them
    expect(lines.filter((l) => (l.match(shadeRun) ?? []).length >= 2).length).toBeGreaterThanOrEqual(9);
    expect(lines.find((l) => l.includes(lang === "en" ? "K (edge) 3×3" : "K（边缘核） 3×3"))).toMatch(/^\S.*\s{3,}K/);
    expect(f).toMatchSnapshot();
  });
  test("the last step: the output's title whole, its grey scale as numbers", async () => {
    const f = await pressAll(await open(SIZE, true, lang), ["n", "n", "n"]);
    fits(f, SIZE.rows);
    expect(f).not.toMatch(/…\s*$/m);
    expect(f).toContain(lang === "en" ? "mid-grey 0 · black -4.016 · white 4.016" : "中灰 0 · 黑 -4.016 · 白 4.016");
    expect(f).toMatchSnapshot();
  });
});

test("in colour the marks are the theme's window and current colours, not greys", async () => {
  const r = await open({ columns: 80, rows: 24 });
  await pressAll(r, ["n", "n"]);
  // FORCE_COLOR=1: chalk gives yellow (matrix.window) as 33/43 and magentaBright (matrix.current) as 95/105
  expect(r.rawFrame()).toMatch(/\u001b\[(33|43)m▀/);
  expect(r.rawFrame()).toMatch(/\u001b\[(95|105)m/);
});

test("keys 1–5 pick the kernel in the lab, the step stays; `?` lists the five whole at 80 columns; 5 before an edit says how", async () => {
  const r = await open({ columns: 80, rows: 24 }, true);
  let f = await pressAll(r, ["n", "n", "2"]);
  expect(f).toContain("step 3 of 4");
  expect(f).toContain("K (blur) 3×3");
  expect(f).toContain("Y[15, 23] = 0.554");
  f = await pressAll(r, ["5"]);
  expect(f).toContain("press e to edit K");
  f = await pressAll(r, ["?"]);
  expect(f).toContain("1–5        kernel: 1 edge, 2 blur, 3 sharpen, 4 sobel-x, 5 your kernel");
});
