// Lesson 7 (pooling) as a state machine: the book's numbers at every step, the gradients the
// engine routes, the MaxPool2D cases, edits, refusals, texts and the shown code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OptionError } from "../../lessons/lesson.ts";
import { pooling as lesson } from "../../lessons/07-pooling/index.ts";
import { CODE } from "../../lessons/07-pooling/code.ts";
import { en } from "../../lessons/07-pooling/text.en.ts";
import { zh } from "../../lessons/07-pooling/text.zh.ts";
import { equationText, matrix, walk } from "./helpers.ts";
import { runPooling } from "../../lessons/07-pooling/run.ts";

describe("the book's examples, step by step", () => {
  const all = walk(lesson);

  it("has 11 steps (setup, 4 windows, avg, gradients, 3 MaxPool2D cases, channels)", () => {
    expect(all.map((f) => f.step)).toEqual([...Array(11).keys()]);
    expect(all.map((f) => f.done)).toEqual([...Array(10).fill(false), true]);
  });

  it("steps 1–4: max pooling window by window → [[4,5],[7,8]]", () => {
    expect(all.slice(1, 5).map((f) => equationText(f)[0])).toEqual(["max(0, 1, 3, 4) = 4", "max(1, 2, 4, 5) = 5", "max(3, 4, 6, 7) = 7", "max(4, 5, 7, 8) = 8"]);
    expect(matrix(all[4]!, "Y").values).toEqual([[4, 5], [7, 8]]);
    expect(matrix(all[2]!, "X").window).toEqual([[0, 1], [0, 2], [1, 1], [1, 2]]);
  });

  it("step 5: average pooling → [[2,3],[5,6]] with each mean written out", () => {
    expect(matrix(all[5]!, "avg").values).toEqual([[2, 3], [5, 6]]);
    expect(equationText(all[5]!)[0]).toBe("(0 + 1 + 3 + 4) / 4 = 2");
  });

  it("step 6: max sends the gradient to the winners, avg spreads a quarter per window", () => {
    expect(matrix(all[6]!, "gradMax").values).toEqual([[0, 0, 0], [0, 1, 1], [0, 1, 1]]);
    expect(matrix(all[6]!, "gradAvg").values).toEqual([[0.25, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 0.25]]);
  });

  it("steps 7–9: MaxPool2D(3) → [[10]]; pad 1 stride 2 → [[5,7],[13,15]]; (2,3) pad (1,2) stride (2,3) → [[0,3],[8,11],[12,15]] (MXNet)", () => {
    expect(matrix(all[7]!, "Y").values).toEqual([[10]]);
    expect(matrix(all[7]!, "X4").current).toEqual([[2, 2]]);
    expect(matrix(all[8]!, "Y").values).toEqual([[5, 7], [13, 15]]);
    expect(matrix(all[9]!, "Y").values).toEqual([[0, 3], [8, 11], [12, 15]]);
    const xp = matrix(all[8]!, "Xp");
    expect(xp.values[0]).toEqual(Array(6).fill(-Infinity));
    expect(xp.current).toEqual([[2, 2], [2, 4], [4, 2], [4, 4]]); // 5, 7, 13, 15 in padded coordinates
    expect(equationText(all[8]!)[0]).toBe("max(-∞, -∞, -∞, -∞, 0, 1, -∞, 4, 5) = 5");
    expect(matrix(all[9]!, "Xp").values).toHaveLength(6);
    expect(matrix(all[9]!, "Xp").values[0]).toHaveLength(8);
    expect(matrix(all[9]!, "Xp").current).toEqual([[1, 2], [1, 5], [3, 2], [3, 5], [4, 2], [4, 5]]); // 0, 3, 8, 11, 12, 15 in padded coordinates
    expect(JSON.parse(JSON.stringify(all[9]!.record)).pad).toEqual([1, 2]);
  });

  it("step 10: two channels pooled separately → [[5,7],[13,15]] and [[6,8],[14,16]]", () => {
    expect(matrix(all[10]!, "Y0").values).toEqual([[5, 7], [13, 15]]);
    expect(matrix(all[10]!, "Y1").values).toEqual([[6, 8], [14, 16]]);
    expect(all[10]!.outcome?.kind).toBe("done");
    expect(lesson.summarize(lesson.init())).toMatchObject({ max: [[4, 5], [7, 8]], avg: [[2, 3], [5, 6]] });
  });

  it("frames serialise to JSON (−∞ becomes null, as the frame contract says)", () => {
    expect(() => JSON.stringify(all)).not.toThrow();
    expect(JSON.parse(JSON.stringify(all[8]!.record)).pad).toEqual([1, 1]);
  });
});

describe("the learner's own X", () => {
  it("a 2×4 X gives 3 windows and 10 steps; a tie goes to the first cell", () => {
    const all = walk(lesson, { x: "[[9,0,0,1],[0,0,0,0]]" });
    expect(all).toHaveLength(10);
    expect(matrix(all[3]!, "Y").values).toEqual([[9, 0, 1]]);
    expect(matrix(all[5]!, "gradMax").values).toEqual([[1, 1, 0, 1], [0, 0, 0, 0]]);
  });
  it("a 2×3 X whose 9 wins both windows: its gradient is 2", () => {
    const all = walk(lesson, { x: [[0, 9, 0], [0, 0, 0]] });
    expect(all).toHaveLength(9);
    expect(matrix(all[4]!, "gradMax").values).toEqual([[0, 2, 0], [0, 0, 0]]);
  });
  it("editing X keeps the step (clamped) and recomputes; reset restores", () => {
    let s = lesson.init();
    for (let i = 0; i < 5; i++) s = lesson.next(s);
    const r = lesson.update(s, { type: "edit", matrix: "X", values: [[1, 2], [3, 4]] });
    if (!r.ok) throw new Error("edit refused");
    expect(lesson.frame(r.state, "en").step).toBe(5); // 8 steps now: step 5 is a MaxPool2D case
    const r2 = lesson.update(lesson.next(lesson.next(lesson.init())), { type: "edit", matrix: "X", values: [[1, 2], [3, 4]] });
    if (!r2.ok) throw new Error("edit refused");
    const f = lesson.frame(r2.state, "en");
    expect(f.step).toBe(2);
    expect(matrix(f, "avg").values).toEqual([[2.5]]);
    const back = lesson.update(r.state, { type: "reset" });
    expect(back.ok && lesson.frame(back.state, "en")).toEqual(lesson.frame(lesson.init(), "en"));
  });
  it("an X smaller than the window, a ragged X, another matrix: refused with a reason", () => {
    const s = lesson.init();
    expect(lesson.update(s, { type: "edit", matrix: "X", values: [[1, 2, 3]] })).toMatchObject({ ok: false, error: { en: "a 2×2 window does not fit in X 1×3; give at least 2 rows and 2 columns" } });
    expect(lesson.update(s, { type: "edit", matrix: "X", values: [[1, 2], [3]] })).toMatchObject({ ok: false });
    expect(lesson.update(s, { type: "edit", matrix: "Y", values: [[1]] })).toMatchObject({ ok: false });
  });
  it("--x too small, not JSON, or larger than 8×8 is an OptionError naming --x", () => {
    for (const x of ["[[1,2]]", "nope", JSON.stringify(Array(9).fill(Array(9).fill(0)))]) {
      expect(() => lesson.init({ x })).toThrow(OptionError);
      expect(() => lesson.init({ x })).toThrow(/^--x:/);
    }
  });
});

describe("texts and code", () => {
  it("English and Chinese have the same keys, and Chinese frames are in Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(walk(lesson, {}, "zh").map((f) => f.heading)[0]).toBe(zh.setupHeading);
  });
  it("every shown code line is in run.ts, verbatim and in the order it runs", () => {
    const source = readFileSync(new URL("../../lessons/07-pooling/run.ts", import.meta.url), "utf8").split("\n").map((l) => l.trim());
    let from = 0;
    for (const line of CODE) {
      const at = source.indexOf(line.trim(), from);
      expect(at, `"${line}" is not in run.ts after line ${from}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });
  it("step 9 runs MXNet's MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)) directly, and says the engine takes it", () => {
    const en9 = walk(lesson)[9]!;
    expect(en9.code.current.map((n) => CODE[n])).toEqual([
      "const X4 = nd.fromFlat(Array.from({ length: 16 }, (_, v) => v), [1, 1, 4, 4]);",
      "const Y3 = maxPool2d(X4, { size: [2, 3], pad: [1, 2], stride: [2, 3] });",
    ]);
    expect(CODE.join("\n")).not.toContain("-Infinity");
    const zh9 = walk(lesson, {}, "zh")[9]!;
    expect(en9.narrative.join(" ")).toContain("take any padding smaller than the window");
    expect(en9.narrative.join(" ")).not.toMatch(/refuse/);
    expect(zh9.narrative.join(" ")).toContain("接受任何小于窗口的填充");
    expect(zh9.narrative.join(" ")).not.toContain("pad()");
  });
});

describe("pooling: the MXNet notebook's MaxPool2D examples", () => {
  const run = runPooling([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
  it("MaxPool2D(3) → [[10]]; (3, padding=1, strides=2) → [[5, 7], [13, 15]]", () => {
    expect(run.cases[0]!.y).toEqual([[10]]);
    expect(run.cases[1]!.y).toEqual([[5, 7], [13, 15]]);
  });
  it("MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)) → [[0, 3], [8, 11], [12, 15]], padding more than half the window", () => {
    const c = run.cases[2]!;
    expect(c.y).toEqual([[0, 3], [8, 11], [12, 15]]);
    expect([c.size, c.pad, c.stride]).toEqual([[2, 3], [1, 2], [2, 3]]);
    expect(c.padded).toHaveLength(6);
    expect(c.padded[0]).toEqual(Array(8).fill(-Infinity));
  });
  it("two channels X and X + 1 with MaxPool2D(3, padding=1, strides=2)", () => {
    expect(run.multi).toEqual([[[5, 7], [13, 15]], [[6, 8], [14, 16]]]);
  });
});
