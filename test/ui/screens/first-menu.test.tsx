// The lab's first frame (FirstMenu, from the catalog) must be exactly the menu App then shows,
// so swapping App in after the lessons load changes nothing on screen.
import { afterEach, expect, test } from "vitest";
import { lessons as catalog } from "../../../lessons/index.ts";
import { exercises } from "../../../lessons/exercises.ts";
import type { Lang } from "../../../lessons/frame.ts";
import { lessons } from "../../../lessons/index.ts";
import { App } from "../../../src/ui/App.tsx";
import { FirstMenu } from "../../../src/ui/FirstMenu.tsx";
import type { LabProgress } from "../../../src/ui/progress.ts";
import { darkTheme } from "../../../src/ui/theme.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const cases: { name: string; lang: Lang; size: { columns: number; rows: number }; progress?: LabProgress }[] = [
  { name: "a fresh start", lang: "en", size: { columns: 120, rows: 40 } },
  {
    name: "progress, a warning, Chinese, a short terminal",
    lang: "zh",
    size: { columns: 80, rows: 20 },
    progress: { done: ["learn-kernel", "pooling"], exercisesDone: ["flip-kernel", "lr-diverge", "gone"], warning: { en: "Progress will not be saved.", zh: "进度无法保存。" } },
  },
  // Odd widths cut Chinese summaries inside a wide character (cli-truncate then runs one over).
  { name: "Chinese, odd widths", lang: "zh", size: { columns: 61, rows: 24 } },
  { name: "Chinese, 99 columns", lang: "zh", size: { columns: 99, rows: 30 } },
  { name: "a terminal too small", lang: "en", size: { columns: 30, rows: 8 } },
];

for (const c of cases) {
  test(`first frame equals App's menu: ${c.name}`, () => {
    const first = renderTerminal(<FirstMenu catalog={catalog} lang={c.lang} theme={darkTheme} progress={c.progress} size={c.size} />, c.size);
    const app = renderTerminal(<App lessons={lessons} exercises={exercises} lang={c.lang} theme={darkTheme} progress={c.progress} size={c.size} />, c.size);
    expect(first.frame().length).toBeGreaterThan(0);
    expect(first.rawFrame()).toBe(app.rawFrame());
  });
}
