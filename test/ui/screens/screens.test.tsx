// Screen snapshots of the real lessons. Each test's name says what its snapshot must show;
// the assertions beside each snapshot check the point of it, so a careless `-u` cannot
// bless a wrong screen.
import { afterEach, describe, expect, test } from "vitest";
import type { Lang } from "../../../src/i18n.ts";
import { exercises } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import { App } from "../../../src/ui/App.tsx";
import { MIN_COLUMNS, MIN_ROWS } from "../../../src/draw/plan.ts";
import { uiStrings } from "../../../src/ui/strings.ts";
import { KEY, press, pressAll, pressUntil, resize, waitForFrame } from "../../helpers/keys.ts";
import { cleanupRendered, renderScreen, renderTerminal, SCREEN_COLUMNS, type Rendered, type Screen } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

/**
 * Snapshots show the notebook's three lessons (issue 4 §1), so adding a lesson to the registry
 * does not change them; every registered lesson is still drawn and checked without a snapshot.
 */
const NOTEBOOK = ["cross-correlation", "conv2d-layer", "learn-kernel"];
const notebook = lessons.filter((l) => NOTEBOOK.includes(l.id));

/** Snapshots at ink-testing-library's 100 columns (renderScreen); other sizes through renderTerminal. */
const WIDE = { columns: SCREEN_COLUMNS, rows: 36 };
const NARROW = { columns: 80, rows: 24 };

interface OpenOptions {
  lesson?: string;
  lang?: Lang;
  size?: { columns: number; rows: number };
  /** Follow the fake terminal's size (and its resizes) instead of pinning it. */
  follow?: boolean;
  all?: boolean;
}

async function open(options: OpenOptions = {}): Promise<Rendered | Screen> {
  const size = options.size ?? WIDE;
  const app = <App lessons={options.all ? lessons : notebook} exercises={exercises} lang={options.lang ?? "en"} lesson={options.lesson} size={options.follow ? undefined : size} />;
  const r = size.columns === SCREEN_COLUMNS && !options.follow ? renderScreen(app) : renderTerminal(app, size);
  await waitForFrame(r, (f) => f !== "", "the first frame");
  return r;
}

/** The live area must stay shorter than the terminal (else Ink clears the screen each frame). */
function expectFits(frame: string, rows: number): void {
  expect(frame.split("\n").length).toBeLessThanOrEqual(rows - 1);
}

/** Wrapped text read as one line. */
const oneLine = (f: string): string => f.replace(/\s+/g, " ").trim();

const stepsOf = (id: string): number => {
  const lesson = lessons.find((l) => l.id === id)!;
  return lesson.frame(lesson.init(), "en").steps;
};

test("the menu lists every registered lesson", async () => {
  const f = oneLine((await open({ all: true })).frame());
  for (const l of lessons) expect(f).toContain(`${l.number}. ${l.title.en}`);
});

test("menu: every lesson with number, title, summary; progress count; keys", async () => {
  expect(notebook).toHaveLength(NOTEBOOK.length);
  const f = (await open()).frame();
  for (const l of notebook) {
    expect(f).toContain(`${l.number}. ${l.title.en}`);
    expect(oneLine(f)).toContain(l.summary.en);
  }
  expect(f).toContain(`0 of ${notebook.length} lessons done`);
  expect(f).toContain("› 1.");
  expectFits(f, WIDE.rows);
  expect(f).toMatchSnapshot();
});

test("menu in Chinese, with a done mark from the progress store", async () => {
  const r = renderTerminal(<App lessons={notebook} lang="zh" size={WIDE} progress={{ done: [notebook[0]!.id] }} />, WIDE);
  const f = await waitForFrame(r, (f) => f.includes("convlab"));
  expect(f).toContain(`${notebook[0]!.title.zh} ✓`);
  expect(f).toContain(`课程已完成 1/${notebook.length}`);
  expect(f).toMatchSnapshot();
});

test.each(lessons.map((l) => l.id))("every registered lesson (%s) draws its first and last step within the terminal, wide and narrow", async (id) => {
  for (const size of [WIDE, NARROW]) {
    const r = await open({ lesson: id, size, all: true });
    expectFits(r.frame(), size.rows);
    const last = await pressAll(r, Array(stepsOf(id) - 1).fill("n"));
    expect(last).toContain(`step ${stepsOf(id)} of ${stepsOf(id)}`);
    expectFits(last, size.rows);
    r.unmount();
  }
});

describe.each(NOTEBOOK)("%s", (id) => {
  const steps = stepsOf(id);
  const middle = Math.floor((steps - 1) / 2);

  test("first step", async () => {
    const f = (await open({ lesson: id })).frame();
    expect(f).toContain(`step 1 of ${steps}`);
    expectFits(f, WIDE.rows);
    expect(f).toMatchSnapshot();
  });

  test(`middle step (${middle + 1})`, async () => {
    const r = await open({ lesson: id });
    const f = await pressAll(r, Array(middle).fill("n"));
    expect(f).toContain(`step ${middle + 1} of ${steps}`);
    expect(f).toContain("▶"); // the current code line is marked
    expectFits(f, WIDE.rows);
    expect(f).toMatchSnapshot();
  });

  test("last step, with the outcome", async () => {
    const r = await open({ lesson: id });
    const f = await pressAll(r, Array(steps - 1).fill("n"));
    expect(f).toContain(`step ${steps} of ${steps}`);
    // the notebook's own ten steps end ⚠: the loss fell, but W₀ + W₁ is growing
    expect(f).toContain(id === "learn-kernel" ? "⚠ Looks converged" : "✔");
    expectFits(f, WIDE.rows);
    expect(f).toMatchSnapshot();
  });
});

test("cross-correlation step by step fills Y with 19, 25, 37, 43", async () => {
  const r = await open({ lesson: "cross-correlation" });
  const f = await pressAll(r, Array(stepsOf("cross-correlation") - 1).fill("n"));
  expect(f).toMatch(/19\s+25/);
  expect(f).toMatch(/37\s+43/);
});

test("learn-kernel after divergence (lr doubled three times): the outcome names the iterations, the sparkline shows the climb", async () => {
  const r = await open({ lesson: "learn-kernel" });
  await pressAll(r, ["}", "}", "}"]);
  // A diverged run stops early: step until the outcome appears.
  const f = await pressUntil(r, "n", (f) => f.includes("✘"));
  expect(f).toContain("learning rate 0.128");
  expect(f).toMatch(/✘ The loss started to rise at iteration \d+; the run was stopped at iteration \d+/);
  expect(f).toMatch(/loss +[▁▂▃▄▅▆▇█×↑↓]+/);
  expectFits(f, WIDE.rows);
  expect(f).toMatchSnapshot();
});

test("learn-kernel in Chinese (middle step): wide characters keep the columns aligned", async () => {
  const r = await open({ lesson: "learn-kernel", lang: "zh" });
  const f = await pressAll(r, ["n", "n", "n"]);
  expect(f).toContain("第 4/");
  expectFits(f, WIDE.rows);
  expect(f).toMatchSnapshot();
});

test("editor with a refused entry: the reason inline, the old value kept", async () => {
  const r = await open({ lesson: "cross-correlation" });
  await pressAll(r, ["e", "a", "b", "c"]);
  const f = await press(r, KEY.enter);
  expect(f).toContain("Refused: “abc” is not a number; the old value stays.");
  expect(f).toMatch(/Editing .*3×3/);
  expect(f).toMatchSnapshot();
});

test("help overlay: every key from the key map that the open lesson acts on", async () => {
  const r = await open({ lesson: "cross-correlation" });
  const f = await press(r, "?");
  expect(f).toContain("Keys — Press ? or Esc to close.");
  expect(f).toContain("edit this lesson's matrix");
  expect(f).not.toContain("halve the learning rate"); // cross-correlation has no learning rate
  const k = await press(await open({ lesson: "learn-kernel" }), "?");
  expect(k).toContain("halve the learning rate");
  expect(k).toContain("run more iterations");
  expectFits(f, WIDE.rows);
  expect(f).toMatchSnapshot();
});

test("narrow terminal (80×24): panels stacked, live area shorter than the terminal", async () => {
  const r = await open({ lesson: "learn-kernel", size: NARROW });
  const f = await pressAll(r, ["n", "n", "n"]);
  expect(f).toContain("step 4 of");
  expectFits(f, NARROW.rows);
  expect(f).toMatchSnapshot();
});

test("too-small terminal: asks to enlarge to the minimum", async () => {
  const f = (await open({ lesson: "learn-kernel", size: { columns: 50, rows: 12 } })).frame();
  expect(oneLine(f)).toBe(`Please enlarge the terminal to at least ${MIN_COLUMNS}×${MIN_ROWS} (now 50×12). Ctrl+C or q quits.`);
  expect(f).toMatchSnapshot();
});

test("resize follows the terminal live and keeps the lesson's state", async () => {
  const r = (await open({ lesson: "cross-correlation", size: { columns: 120, rows: 40 }, follow: true })) as Rendered;
  await pressAll(r, ["n", "n"]);
  expect(await resize(r, 80, 24)).toContain("step 3 of");
  expect(await resize(r, 40, 10)).toContain("Please enlarge");
  const back = await resize(r, 120, 40);
  expect(back).toContain("step 3 of");
  expectFits(back, 40);
});

test.each(["en", "zh"] as const)("menu at 80×24 in %s: all nine lessons with their whole summaries, no ↓ mark, nothing cut, no row wasted", async (lang) => {
  const r = await open({ all: true, size: NARROW, lang });
  const f = r.frame();
  for (const l of lessons) {
    expect(oneLine(f).replace(/\s/g, "")).toContain(`${l.number}.${l.title[lang]}`.replace(/\s/g, ""));
    expect(f.replace(/\s/g, "")).toContain(l.summary[lang].replace(/\s/g, ""));
  }
  expect(f).toContain(uiStrings(lang).tagline);
  expect(f).not.toMatch(/↓ \d|…/);
  expect(f.split("\n")).toHaveLength(NARROW.rows - 1);
  expect(f).toMatchSnapshot();
});

test("the menu celebrates, in one line, once every lesson is done", async () => {
  const r = renderTerminal(<App lessons={lessons} exercises={exercises} lang="en" size={NARROW} progress={{ done: lessons.map((l) => l.id) }} />, NARROW);
  const f = await waitForFrame(r, (f) => f.includes("convlab"));
  expect(f).toContain(`All ${lessons.length} lessons done.`);
  expectFits(f, NARROW.rows);
});

test("a short terminal shows the menu compact, scrolled to keep the selected lesson in view", async () => {
  const size = { columns: 80, rows: MIN_ROWS };
  const r = await open({ all: true, size });
  await waitForFrame(r, (f) => f.includes("› 1."));
  const f = await pressAll(r, Array(lessons.length - 1).fill("j"));
  const last = lessons.at(-1)!;
  expect(f).toContain(`› ${last.number}. ${last.title.en}`);
  expectFits(f, size.rows);
});

test("help overlay on a narrow terminal: the keys of this screen and the global ones, within the height", async () => {
  const r = await open({ lesson: "cross-correlation", size: NARROW });
  const f = await press(r, "?");
  expect(f).toContain("edit this lesson's matrix");
  expect(f).toContain("quit convlab");
  expectFits(f, NARROW.rows);
  expect(f).toMatchSnapshot();
});

test("an exercise after a wrong answer, with a hint: the verdict, what the engine computed, the hint", async () => {
  const first = exercises.find((e) => e.lesson === "cross-correlation")!;
  const r = await open({ lesson: "cross-correlation" });
  expect(await press(r, "x")).toContain(first.text("en").title);
  await press(r, KEY.enter);
  const f = await press(r, "h");
  expect(f).toContain("✘");
  expect(f).toContain(`Hint 1: ${first.text("en").hints[0]!.slice(0, 20)}`);
  expectFits(f, WIDE.rows);
  expect(f).toMatchSnapshot();
});

test("an exercise in Chinese on a narrow terminal", async () => {
  const r = await open({ lesson: "conv2d-layer", lang: "zh", size: NARROW });
  const f = await press(r, "x");
  expect(f).toContain("练习 1/");
  expectFits(f, NARROW.rows);
  expect(f).toMatchSnapshot();
});
