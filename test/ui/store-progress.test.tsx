// The lab's progress, through the real store in a temporary directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { App } from "../../src/ui/App.tsx";
import { progressFromStore } from "../../src/ui/store-progress.ts";
import { KEY, pressAll, waitForFrame, waitForText } from "../helpers/keys.ts";
import { cleanupRendered, renderTerminal } from "../helpers/render.tsx";
import { fixtureExercises, fixtureLessons } from "./fixtures/lessons.ts";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "convlab-ui-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  cleanupRendered();
  for (const d of dirs.splice(0)) {
    rmSync(d, { recursive: true, force: true });
  }
});

const SIZE = { columns: 100, rows: 30 };

test("finishing a lesson in the lab is saved, and the next lab shows its done mark", async () => {
  const dir = tempDir();
  const first = renderTerminal(<App lessons={fixtureLessons} lang="en" size={SIZE} progress={await progressFromStore(openStore({ dir }))} />, SIZE);
  await waitForText(first, "0 of 2 lessons done");
  await pressAll(first, [KEY.enter, "n", "n", "n"]);
  const saved = (): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).lessons?.grid;
    } catch {
      return undefined;
    }
  };
  // The store is told from an effect just after the last step is drawn.
  await waitForFrame(first, () => (saved() as { done?: boolean } | undefined)?.done === true, "the save");
  expect(saved()).toEqual({ seen: true, done: true });
  first.unmount();

  const second = renderTerminal(
    <App lessons={fixtureLessons} exercises={fixtureExercises} lang="en" size={SIZE} progress={await progressFromStore(openStore({ dir }))} />,
    SIZE,
  );
  const f = await waitForText(second, "1 of 2 lessons done");
  expect(f).toContain("1. Fixture grid ✓");
  expect(f).toContain("0 of 2 exercises solved");
});

test("a corrupt progress file: a one-line warning on the menu, in the current language, and the lab goes on", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "progress.json"), "{ half a file");
  const r = renderTerminal(<App lessons={fixtureLessons} lang="en" size={SIZE} progress={await progressFromStore(openStore({ dir }))} />, SIZE);
  const f = await waitForText(r, "0 of 2 lessons done");
  expect(f).toMatch(/progress\.json/);
  const zh = await pressAll(r, ["t"]);
  expect(zh).toMatch(/进度文件/);
  expect(await pressAll(r, [KEY.enter])).toContain("第 1/4 步");
});

test("progress that cannot be saved (the directory is under a file): said once, and the lab still works", async () => {
  const file = join(tempDir(), "not-a-dir");
  writeFileSync(file, "");
  const r = renderTerminal(<App lessons={fixtureLessons} lang="en" size={SIZE} progress={await progressFromStore(openStore({ dir: join(file, "convlab") }))} />, SIZE);
  await waitForText(r, "0 of 2 lessons done");
  await pressAll(r, [KEY.enter, "n", "n", "n", "q"]);
  const f = await waitForText(r, "1 of 2 lessons done");
  expect(f).toMatch(/ENOTDIR|not a directory|progress/);
  expect(f.match(/progress\.json/g)).toHaveLength(1);
});

test("every checked answer is an attempt in the store; a solved exercise is marked done", async () => {
  const dir = tempDir();
  const r = renderTerminal(
    <App lessons={fixtureLessons} exercises={fixtureExercises} lang="en" lesson="grid" size={SIZE} progress={await progressFromStore(openStore({ dir }))} />,
    SIZE,
  );
  await waitForText(r, "step 1 of 4");
  await pressAll(r, ["x", KEY.enter]);
  await pressAll(r, ["1", "0", KEY.tab, "3", KEY.enter]);
  const read = (): { done?: boolean; attempts?: number } | undefined => {
    try {
      return JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).exercises?.["grid-sum"];
    } catch {
      return undefined;
    }
  };
  await waitForFrame(r, () => read()?.attempts === 2, "two attempts saved");
  expect(read()).toEqual({ seen: true, done: true, attempts: 2 });
});

test("settings for the lab: the language and the step reached are remembered for the next lab", async () => {
  const dir = tempDir();
  const first = await progressFromStore(openStore({ dir }));
  expect(first.lang).toBeUndefined();
  expect(await first.onLang?.("zh")).toBeUndefined(); // saved: nothing to say
  expect(await first.onStep?.("grid", 2)).toBeUndefined();
  const next = await progressFromStore(openStore({ dir }));
  expect(next.lang).toBe("zh");
  expect(next.steps).toEqual({ grid: 2 });
});

test("the language chosen with t and the step reached are saved, and the next lab starts in them", async () => {
  const dir = tempDir();
  const first = renderTerminal(<App lessons={fixtureLessons} lang="en" size={SIZE} progress={await progressFromStore(openStore({ dir }))} />, SIZE);
  await waitForText(first, "0 of 2 lessons done");
  await pressAll(first, ["t", KEY.enter, "n", "n"]);
  const settings = (): { lang?: string; steps?: Record<string, number> } => {
    try {
      return JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).settings ?? {};
    } catch {
      return {};
    }
  };
  await waitForFrame(first, () => settings().steps?.grid === 2 && settings().lang === "zh", "the settings saved");
  first.unmount();

  const progress = await progressFromStore(openStore({ dir }));
  expect(progress).toMatchObject({ lang: "zh", steps: { grid: 2 } });
  const second = renderTerminal(<App lessons={fixtureLessons} lang={progress.lang ?? "en"} size={SIZE} progress={progress} />, SIZE);
  await waitForText(second, "课程已完成 0/2");
  expect(await pressAll(second, [KEY.enter])).toContain("第 3/4 步");
});

test("a burst of steps is saved as its last step, without a write per key", async () => {
  const dir = tempDir();
  const store = openStore({ dir });
  let updates = 0;
  const counted = { ...store, load: () => store.load(), update: (change: Parameters<typeof store.update>[0]) => (updates++, store.update(change)) };
  const progress = await progressFromStore(counted as typeof store);
  await Promise.all([1, 2, 3, 4, 5, 6].map((step) => progress.onStep!("grid", step)));
  expect(JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).settings.steps).toEqual({ grid: 6 });
  expect(updates).toBe(2);
});
