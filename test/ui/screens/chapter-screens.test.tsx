// Screen snapshots of the chapter's lessons (4–9), one per lesson at the step that carries its
// idea, through the shared render helper. The assertions beside each snapshot check the point
// of the screen, so an update with `-u` after a deliberate layout change cannot bless a wrong one.
import { afterEach, expect, test } from "vitest";
import { exercises } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import { App } from "../../../src/ui/App.tsx";
import { KEY, press, pressAll, waitForFrame } from "../../helpers/keys.ts";
import { cleanupRendered, renderScreen, renderTerminal, SCREEN_COLUMNS, type Rendered, type Screen } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

/** Snapshots at ink-testing-library's 100 columns (renderScreen); other sizes through renderTerminal. */
const WIDE = { columns: SCREEN_COLUMNS, rows: 36 };

async function open(lesson: string, size = WIDE, lang: "en" | "zh" = "en"): Promise<Screen> {
  const app = <App lessons={lessons} exercises={exercises} lang={lang} lesson={lesson} size={size} />;
  const r = size.columns === SCREEN_COLUMNS ? renderScreen(app) : renderTerminal(app, size);
  await waitForFrame(r, (f) => f.includes(lang === "en" ? "step 1 of" : "第 1/"), `${lesson} opened`);
  return r;
}

const steps = (id: string) => {
  const l = lessons.find((x) => x.id === id)!;
  return l.frame(l.init(), "en").steps;
};
const fits = (f: string, rows = WIDE.rows) => expect(f.split("\n").length).toBeLessThanOrEqual(rows - 1);
const oneLine = (f: string) => f.replace(/\s+/g, " ");

test("convolution-vs-correlation, first cell: the same window with K and with flip(K), 19 and 5", async () => {
  const f = await pressAll(await open("convolution-vs-correlation"), ["n", "n"]);
  expect(f).toContain("step 3 of 9");
  expect(oneLine(f)).toContain("0×0 + 1×1 + 3×2 + 4×3 = 19");
  expect(oneLine(f)).toContain("0×3 + 1×2 + 3×1 + 4×0 = 5");
  fits(f);
  expect(f).toMatchSnapshot();
});

test("padding-stride, second window: the window on the padded input at (0, 2), Y[0, 1] = 33", async () => {
  const f = await pressAll(await open("padding-stride"), ["n", "n"]);
  expect(f).toContain("step 3 of 11");
  expect(f).toMatch(/0\s+0 \[ 0\]\[ 0\]\[ 0\]\s+0\s+0/); // the top padding row, window in brackets
  expect(oneLine(f)).toContain("= 33");
  fits(f);
  expect(f).toMatchSnapshot();
});

test("padding-stride: editing [n, k, p, s] to a kernel larger than the padded input is refused, the reason inline", async () => {
  const r = await open("padding-stride");
  await pressAll(r, ["e", "2", KEY.enter]); // n = 2: the 3×3 kernel still fits 4×4
  await waitForFrame(r, (f) => !f.includes("Editing"), "the edit accepted");
  await pressAll(r, ["e", KEY.right, "7"]);
  const f = await press(r, KEY.enter);
  expect(oneLine(f)).toContain("kernel 7×7 does not fit in the padded input 4×4 (input 2×2 with padding 1)");
  expect(f).toMatch(/\b2\s+3\s+1\s+2\b/); // the geometry stays as it was
  expect(f).toMatchSnapshot();
});

test("channels, the cost: 3 × 2 × 2 × 2 × 2 × 2 = 96 multiplications and the three output channels", async () => {
  const f = await pressAll(await open("channels"), Array(7).fill("n"));
  expect(f).toContain("step 8 of 10");
  expect(f).toContain("c_o × c_i × k_h × k_w × h_o × w_o");
  expect(f).toMatch(/multiplications 96\b/);
  expect(f).toMatch(/96\s+128/);
  fits(f);
  expect(f).toMatchSnapshot();
});

test("channels in Chinese, first cell: both channels' sums and their total, wide characters aligned", async () => {
  const f = await pressAll(await open("channels", WIDE, "zh"), ["n"]);
  expect(f).toContain("多输入通道和多输出通道");
  expect(f).toContain("第 2/10");
  expect(f).toContain("19 + 37 = 56");
  expect(f).toContain("X[0]（输入通道 0）");
  fits(f);
  expect(f).toMatchSnapshot();
});

test("pooling, MaxPool2D(3, padding=1, strides=2): padding drawn as −∞, the winners 5, 7, 13, 15 marked", async () => {
  const f = await pressAll(await open("pooling"), Array(8).fill("n"));
  expect(f).toContain("step 9 of 11");
  expect(f).toMatch(/<\s*5>/);
  expect(f).toMatch(/<15>/);
  expect(f).toContain("-∞");
  fits(f);
  expect(f).toMatchSnapshot();
});

test("lr-stability, the verdicts on a tall terminal: the notebook's 0.016 diverges past 2/λ_max = 0.01515; a loss and a signed W₀ + W₁ sparkline per rate", async () => {
  const TALL = { columns: 120, rows: 60 };
  const r = await open("lr-stability", TALL);
  const f = await pressAll(r, Array(steps("lr-stability") - 1).fill("n"));
  expect(f).toContain(`step ${steps("lr-stability")} of ${steps("lr-stability")}`);
  // (the text column wraps beside the numbers: its words are checked, not one flattened line)
  expect(oneLine(f)).toMatch(/diverges; the loss ran away from iteration[-\d\s.e+]*\b28\./);
  expect(f).toContain("✔ Stable only for lr < 2/λ_max = 0.01515.");
  expect(f).toMatch(/loss, lr 0\.016 +[▁▂▃▄▅▆▇█]+/);
  // one column per iteration, the latest when they do not all fit: the zigzag is never averaged away
  expect(f.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/W₀ \+ W₁, lr 0\.016 …?(▄▅|▅▄)+/);
  fits(f, TALL.rows);
  expect(f).toMatchSnapshot();
});

test("your-picture draws every step within the terminal (the pictures themselves: picture-screens.test.tsx)", async () => {
  const r = await open("your-picture");
  const f = await pressAll(r, ["n", "n", "n"]);
  expect(f).toContain("step 4 of 4");
  expect(f).toContain("The picture through the kernel");
  fits(f);
});
