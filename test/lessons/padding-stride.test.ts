// Lesson 5 (padding and stride) as a state machine: every step, the shape rule against the
// engine, edits of [n, k, p, s], refusals, and the shown code against the code that runs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n.ts";
import { OptionError } from "../../lessons/lesson.ts";
import { paddingStride as lesson, LIMITS } from "../../lessons/05-padding-stride/index.ts";
import { CODE } from "../../lessons/05-padding-stride/code.ts";
import { outSize, engineShape } from "../../lessons/05-padding-stride/run.ts";
import { en } from "../../lessons/05-padding-stride/text.en.ts";
import { zh } from "../../lessons/05-padding-stride/text.zh.ts";
import { matrix, walk } from "./helpers.ts";
import { BOOK, bookShape } from "../../lessons/05-padding-stride/run.ts";

describe("default 5×5, k 3, p 1, s 2", () => {
  const all = walk(lesson);

  it("has 11 steps: setup, 9 cells, the whole conv2d", () => {
    expect(all).toHaveLength(11);
    expect(all.map((f) => f.step)).toEqual([...Array(11).keys()]);
    expect(all.every((f) => f.steps === 11)).toBe(true);
    expect(all.map((f) => f.done)).toEqual([...Array(10).fill(false), true]);
  });

  it("step 0: the padded 7×7 input has a border of zeros around 1..25 and the rule gives 3", () => {
    const f = all[0]!;
    const xp = matrix(f, "Xp").values;
    expect(xp).toHaveLength(7);
    expect(xp[0]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(xp[1]).toEqual([0, 1, 2, 3, 4, 5, 0]);
    expect(f.equations[0]!.tokens.map((t) => t.text).join("")).toBe("⌊(n − k + 2p + s) / s⌋ = ⌊(5 − 3 + 2×1 + 2) / 2⌋ = ⌊6 / 2⌋ = 3");
    expect(matrix(f, "Y").pending).toHaveLength(9);
    expect(matrix(f, "params")).toMatchObject({ values: [[5, 3, 1, 2]], editable: true });
  });

  it("each cell step puts the window at (2i, 2j) of the padded input and sums it", () => {
    const cellsSeen = all.slice(1, 10).map((f) => f.record);
    expect(cellsSeen.map((r) => [r.top, r.left])).toEqual([[0, 0], [0, 2], [0, 4], [2, 0], [2, 2], [2, 4], [4, 0], [4, 2], [4, 4]]);
    expect(cellsSeen.map((r) => r.value)).toEqual([16, 33, 28, 69, 117, 87, 76, 123, 88]);
    const f = all[1]!;
    expect(matrix(f, "Xp").window).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]]);
    expect(f.equations[1]!.tokens.map((t) => t.text).join("")).toBe("0×1 + 0×1 + 0×1 + 0×1 + 1×1 + 2×1 + 0×1 + 6×1 + 7×1 = 16");
    expect(f.narrative.join(" ")).toContain("5 of its cells are padding zeros");
    expect(matrix(all[5]!, "Y").current).toEqual([[1, 1]]);
    expect(matrix(all[5]!, "Y").pending).toHaveLength(4);
  });

  it("the last step is nd.conv2d in one call, equal to the cell-by-cell Y, with the book's shapes", () => {
    const f = all[10]!;
    expect(matrix(f, "Y").values).toEqual([[16, 33, 28], [69, 117, 87], [76, 123, 88]]);
    expect(f.outcome?.kind).toBe("done");
    expect(f.equations.slice(1).map((e) => e.tokens[e.tokens.length - 1]!.text)).toEqual(["8×8", "8×8", "4×4", "2×2"]);
    expect(lesson.summarize(lesson.init())).toMatchObject({ n: 5, k: 3, p: 1, s: 2, shape: [3, 3] });
  });

  it("next on the last step and back on the first change nothing", () => {
    const first = lesson.init();
    expect(lesson.back(first)).toBe(first);
    let s = first;
    for (let i = 0; i < 20; i++) s = lesson.next(s);
    expect(lesson.next(s)).toBe(s);
    expect(lesson.frame(lesson.back(s), "en").step).toBe(9);
  });

  it("the same options give the same frames, in both languages", () => {
    for (const lang of LANGS) expect(walk(lesson, {}, lang)).toEqual(walk(lesson, {}, lang));
    expect(walk(lesson, {}, "zh")[0]!.heading).toBe(zh.setupHeading);
  });
});

describe("the shape rule agrees with the engine", () => {
  it("for every n, k, p, s within the limits where the kernel fits", () => {
    let checked = 0;
    for (let n = LIMITS.n[0]; n <= LIMITS.n[1]; n++)
      for (let k = LIMITS.k[0]; k <= LIMITS.k[1]; k++)
        for (let p = LIMITS.p[0]; p <= LIMITS.p[1]; p++)
          for (let s = LIMITS.s[0]; s <= LIMITS.s[1]; s++) {
            if (k > n + 2 * p) continue;
            expect(outSize({ n, k, p, s }), `n ${n} k ${k} p ${p} s ${s}`).toBe(engineShape({ n, k, p, s }));
            checked++;
          }
    expect(checked).toBeGreaterThan(500);
  });

  it("the book's 8×8 with k 3, p 1, s 2 has 4×4 = 16 cell steps", () => {
    const all = walk(lesson, { n: "8", k: "3", p: "1", s: "2" });
    expect(all).toHaveLength(18);
    expect(all[17]!.record.shape).toEqual([4, 4]);
  });

  it("k 1, p 0, s 1 copies X (n 3)", () => {
    const all = walk(lesson, { n: 3, k: 1, p: 0, s: 1 });
    expect(matrix(all[all.length - 1]!, "Y").values).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });
});

describe("editing [n, k, p, s]", () => {
  it("a new geometry recomputes the rule and keeps the step (clamped)", () => {
    let s = lesson.init();
    for (let i = 0; i < 6; i++) s = lesson.next(s);
    const r = lesson.update(s, { type: "edit", matrix: "params", values: [[4, 2, 0, 2]] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const f = lesson.frame(r.state, "en");
    expect(f.steps).toBe(6);
    expect(f.step).toBe(5);
    expect(f.done).toBe(true);
    expect(f.equations[0]!.tokens.at(-1)!.text).toBe("2");
  });

  it("a kernel larger than the padded input is refused naming both shapes; the state stays", () => {
    const s = lesson.init();
    const r = lesson.update(s, { type: "edit", matrix: "params", values: [[2, 7, 1, 1]] });
    expect(r).toEqual({ ok: false, error: { en: expect.stringContaining("kernel 7×7 does not fit in the padded input 4×4 (input 2×2 with padding 1)"), zh: expect.stringContaining("核 7×7") } });
  });

  it("out-of-range, fractional, wrong-shaped and other matrices are refused with a reason", () => {
    const s = lesson.init();
    const bad = (values: number[][], matrix = "params") => lesson.update(s, { type: "edit", matrix, values });
    expect(bad([[11, 3, 1, 1]])).toMatchObject({ ok: false, error: { en: "n must be a whole number from 1 to 10, not 11" } });
    expect(bad([[5, 3, 0.5, 1]])).toMatchObject({ ok: false, error: { en: expect.stringContaining("p must be a whole number") } });
    expect(bad([[5, 3, 1, 0]])).toMatchObject({ ok: false, error: { en: expect.stringContaining("s must be") } });
    expect(bad([[5, 3, 1]])).toMatchObject({ ok: false, error: { en: expect.stringContaining("not 1×3") } });
    expect(bad([[5, 3, 1, 1]], "X")).toMatchObject({ ok: false });
    expect(bad([[NaN, 3, 1, 1]])).toMatchObject({ ok: false });
  });

  it("reset returns to the options given at init; other actions change nothing", () => {
    const s0 = lesson.init({ n: 6 });
    const r = lesson.update(s0, { type: "edit", matrix: "params", values: [[3, 3, 0, 1]] });
    if (!r.ok) throw new Error("edit refused");
    const back = lesson.update(r.state, { type: "reset" });
    expect(back.ok && lesson.frame(back.state, "en").matrices[0]!.values).toEqual([[6, 3, 1, 2]]);
    expect(lesson.update(s0, { type: "scaleLr", factor: 2 })).toEqual({ ok: true, state: s0 });
  });
});

describe("bad options", () => {
  it.each([
    [{ n: "0" }, "n"], [{ n: "11" }, "n"], [{ k: "2.5" }, "k"], [{ p: "-1" }, "p"], [{ s: "abc" }, "s"], [{ s: "5" }, "s"],
  ])("%j is refused naming --%s", (raw, name) => {
    expect(() => lesson.init(raw)).toThrow(OptionError);
    expect(() => lesson.init(raw)).toThrow(`--${name}:`);
  });
  it("k 7 with n 2, p 1 is refused naming --k and both shapes", () => {
    expect(() => lesson.init({ n: "2", k: "7" })).toThrow(/--k: "7" is not allowed; kernel 7×7 does not fit in the padded input 4×4/);
  });
});

describe("texts and code", () => {
  it("English and Chinese have the same keys", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it("every shown code line is in run.ts, verbatim", () => {
    const source = readFileSync(new URL("../../lessons/05-padding-stride/run.ts", import.meta.url), "utf8");
    for (const line of CODE) expect(source).toContain(line);
  });
});

describe("padding-stride: the book's own examples (MXNet edition, 填充和步幅) on 8×8", () => {
  it("lists the book's four geometries with the engine's output shapes", () => {
    expect(BOOK.map((b) => [b.k, b.p, b.s])).toEqual([
      [[3, 3], [1, 1], [1, 1]],
      [[5, 3], [2, 1], [1, 1]],
      [[3, 3], [1, 1], [2, 2]],
      [[3, 5], [0, 1], [3, 4]],
    ]);
    expect(BOOK.map(bookShape)).toEqual([[8, 8], [8, 8], [4, 4], [2, 2]]);
  });

  it("the last frame names them as the book does, height and width apart", () => {
    const f = walk(lesson).at(-1)!;
    const labels = f.equations.slice(1).map((e) => e.label);
    expect(labels).toEqual([
      "8×8, kernel 3, padding 1, stride 1",
      "8×8, kernel (5, 3), padding (2, 1), stride 1",
      "8×8, kernel 3, padding 1, stride 2",
      "8×8, kernel (3, 5), padding (0, 1), stride (3, 4)",
    ]);
    const last = f.equations.at(-1)!.tokens.map((t) => t.text).join("");
    expect(last).toBe("⌊(8 − 3 + 2×0 + 3) / 3⌋ × ⌊(8 − 5 + 2×1 + 4) / 4⌋ = 2×2");
    expect(f.narrative.join(" ")).toContain("MXNet edition");
  });
});
