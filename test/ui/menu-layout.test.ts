// The menu's list plan (src/ui/layout.ts) over the real lessons: every lesson on screen with its
// summary whole wherever the terminal allows, a cut only with "…" and never on the selected
// lesson, nothing wider than the terminal, never more lines than it has.
import { describe, expect, test } from "vitest";
import { LANGS } from "../../src/i18n.ts";
import { lessons } from "../../lessons/index.ts";
import { textWidth } from "../../src/draw/text.ts";
import { listWindow, menuListLines, planMenuList, type MenuLine } from "../../src/ui/layout.ts";

const text = (line: MenuLine): string => line.parts.map((p) => p.text).join("");
const squash = (s: string): string => s.replace(/\s+/g, "");

function plan(lang: "en" | "zh", columns: number, rows: number, selected: number, done: boolean, others = 1) {
  const entries = lessons.map((l) => ({ number: l.number, title: l.title[lang], summary: l.summary[lang], done }));
  return { entries, plan: planMenuList(entries, selected, columns, menuListLines(rows, others), "✓"), budget: menuListLines(rows, others) };
}

describe.each(LANGS)("in %s", (lang) => {
  test.each([
    [80, 24],
    [100, 30],
    [120, 40],
  ])("at %i×%i every lesson is on screen with its whole summary, whatever is selected or done", (columns, rows) => {
    for (const done of [false, true])
      for (let selected = 0; selected < lessons.length; selected++) {
        const { entries, plan: p } = plan(lang, columns, rows, selected, done);
        const all = squash(p.lines.map(text).join(""));
        for (const e of entries) {
          expect(all).toContain(squash(`${e.number}.${e.title}`));
          expect(all).toContain(squash(e.summary));
        }
        expect(p.lines.some((l) => l.parts.some((part) => part.kind === "more"))).toBe(false);
        for (const l of p.lines) expect(textWidth(text(l))).toBeLessThanOrEqual(columns);
      }
  });

  test("short of rows: lessons not selected lose summary lines behind a visible …; the selected one stays whole; a window only when one line each is too much", () => {
    for (const rows of [18, 20, 22]) {
      for (let selected = 0; selected < lessons.length; selected++) {
        const { entries, plan: p, budget } = plan(lang, 80, rows, selected, true, 2);
        expect(p.lines.length).toBeLessThanOrEqual(budget);
        const mine = squash(p.lines.filter((l) => l.lesson === selected).map(text).join(""));
        expect(mine).toContain(squash(entries[selected]!.summary));
        for (let i = 0; i < entries.length; i++) {
          const lines = p.lines.filter((l) => l.lesson === i);
          expect(lines.length, `lesson ${i + 1} at 80×${rows}`).toBeGreaterThan(0);
          const whole = squash(lines.map(text).join("")).includes(squash(entries[i]!.summary));
          const marked = lines.at(-1)!.parts.at(-1)!.kind === "more" && text(lines.at(-1)!).endsWith("…");
          expect(whole || marked, `lesson ${i + 1}: whole or marked`).toBe(true);
        }
      }
    }
    const { plan: tiny } = plan(lang, 80, 12, 8, false);
    expect(text(tiny.lines[0]!)).toMatch(/↑ \d/);
    expect(tiny.lines.some((l) => l.lesson === 8)).toBe(true);
  });
});

test("rows left over are spare (blank lines), never a lesson hidden", () => {
  const { plan: p, budget } = plan("en", 120, 40, 0, false);
  expect(p.lines.length + p.spare).toBe(budget);
  expect(p.spare).toBeGreaterThan(0);
});

test("listWindow keeps the selected item in view", () => {
  expect(listWindow(9, 8, 4)).toEqual([5, 9]);
  expect(listWindow(9, 0, 4)).toEqual([0, 4]);
  expect(listWindow(3, 2, 4)).toEqual([0, 3]);
});
