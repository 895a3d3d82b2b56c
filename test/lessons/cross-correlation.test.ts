// Lesson 1 step by step: the window, the products and their sum, Y filling in.
import { describe, expect, it } from "vitest";
import { crossCorrelation as lesson } from "../../lessons/01-cross-correlation/index.ts";
import { equationText, matrix, walk } from "./helpers.ts";

describe("cross-correlation, the notebook's X and K", () => {
  const frames = walk(lesson);

  it("has a setup step, one step per output cell, and the one-call step", () => {
    expect(frames.map((f) => f.step)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(frames.every((f) => f.steps === 6)).toBe(true);
    expect(frames.map((f) => f.done)).toEqual([false, false, false, false, false, true]);
  });

  it("step 0 shows X, K, an empty Y and the output-shape rule with its numbers", () => {
    const f = frames[0]!;
    expect(matrix(f, "X").values).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    expect(matrix(f, "K").values).toEqual([[0, 1], [2, 3]]);
    expect(matrix(f, "Y").pending).toHaveLength(4);
    expect(equationText(f)).toEqual(["(H − h + 1) × (W − w + 1) = (3 − 2 + 1) × (3 − 2 + 1) = 2 × 2"]);
    expect(f.record).toEqual({ kind: "setup", x: [[0, 1, 2], [3, 4, 5], [6, 7, 8]], k: [[0, 1], [2, 3]], shape: [2, 2] });
  });

  it("each cell step writes out the products and their sum", () => {
    expect(frames.slice(1, 5).map((f) => equationText(f)[1])).toEqual([
      "0×0 + 1×1 + 3×2 + 4×3 = 19",
      "1×0 + 2×1 + 4×2 + 5×3 = 25",
      "3×0 + 4×1 + 6×2 + 7×3 = 37",
      "4×0 + 5×1 + 7×2 + 8×3 = 43",
    ]);
    expect(frames[1]!.equations[1]!.label).toBe("Y[0, 0]");
  });

  it("each cell step marks the window on X and the current cell of Y, the rest pending", () => {
    const f = frames[2]!; // Y[0, 1]
    expect(matrix(f, "X").window).toEqual([[0, 1], [0, 2], [1, 1], [1, 2]]);
    expect(matrix(f, "K").window).toHaveLength(4);
    const Y = matrix(f, "Y");
    expect(Y.current).toEqual([[0, 1]]);
    expect(Y.pending).toEqual([[1, 0], [1, 1]]);
    expect(Y.values).toEqual([[19, 25], [0, 0]]);
    expect(f.record).toEqual({ kind: "cell", i: 0, j: 1, window: [[1, 2], [4, 5]], value: 25 });
  });

  it("fills Y in until Y = [[19, 25], [37, 43]], and says so", () => {
    expect(matrix(frames[4]!, "Y").pending).toEqual([]);
    const last = frames[5]!;
    expect(matrix(last, "Y").values).toEqual([[19, 25], [37, 43]]);
    expect(matrix(last, "Y").pending).toBeUndefined();
    expect(last.outcome).toEqual({ kind: "done", message: "Y = corr2d(X, K) = [[19, 25], [37, 43]]" });
    expect(lesson.summarize(lesson.init())).toEqual({ x: [[0, 1, 2], [3, 4, 5], [6, 7, 8]], k: [[0, 1], [2, 3]], y: [[19, 25], [37, 43]], shape: [2, 2] });
  });

  it("marks the code lines each step runs", () => {
    const lines = (i: number) => frames[i]!.code.current.map((n) => frames[i]!.code.lines[n]!.trim());
    expect(lines(0)[1]).toContain("nd.zeros");
    expect(lines(1)).toEqual(["const window = X.get([[i, i + h], [j, j + w]]);", "Y.set([i, j], window.mul(K).sum());"]);
    expect(lines(5)).toEqual(["const whole = corr2d(X, K);"]);
  });
});

describe("cross-correlation with the learner's own X and K", () => {
  it("runs any kernel that fits: a 3×4 input and a 1×2 kernel give 3×3 cells", () => {
    const frames = walk(lesson, { x: "[[1,2,3,4],[5,6,7,8],[9,10,11,12]]", k: "[[1,-1]]" });
    expect(frames).toHaveLength(9 + 2);
    expect(equationText(frames[0]!)).toEqual(["(H − h + 1) × (W − w + 1) = (3 − 1 + 1) × (4 − 2 + 1) = 3 × 3"]);
    expect(equationText(frames[1]!)[1]).toBe("1×1 + 2×(-1) = -1");
    expect(matrix(frames.at(-1)!, "Y").values).toEqual([[-1, -1, -1], [-1, -1, -1], [-1, -1, -1]]);
  });

  it("writes decimals as renderers do", () => {
    const frames = walk(lesson, { x: [[0.5, 0.25]], k: [[2, 0.1]] });
    expect(equationText(frames[1]!)[1]).toBe("0.500×2 + 0.250×0.100 = 1.025");
  });

  it("a kernel as large as the input gives one cell", () => {
    const frames = walk(lesson, { x: "[[1,2],[3,4]]", k: "[[1,1],[1,1]]" });
    expect(frames).toHaveLength(3);
    expect(frames.at(-1)!.outcome?.message).toBe("Y = corr2d(X, K) = [[10]]");
  });
});

describe("cross-correlation actions", () => {
  const start = lesson.next(lesson.next(lesson.init())); // on Y[0, 1]

  it("edit X keeps the step and recomputes everything", () => {
    const u = lesson.update(start, { type: "edit", matrix: "X", values: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] });
    expect(u.ok).toBe(true);
    if (!u.ok) return;
    const f = lesson.frame(u.state, "en");
    expect(f.step).toBe(2);
    expect(equationText(f)[1]).toBe("1×0 + 1×1 + 1×2 + 1×3 = 6");
  });

  it("edit K to a new shape clamps the step into the new run", () => {
    const end = lesson.next(lesson.next(lesson.next(start))); // step 5 of 6
    const u = lesson.update(end, { type: "edit", matrix: "K", values: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
    expect(u.ok && lesson.frame(u.state, "en").step).toBe(2); // 1 cell: steps 0..2
  });

  it.each([
    ["a ragged matrix", "X", [[1, 2], [3]], "every row must have the same length"],
    ["a non-finite entry", "K", [[NaN]], "finite number"],
    ["an empty matrix", "K", [], "empty"],
    ["a kernel larger than X", "K", [[1, 2, 3, 4]], "kernel 1×4 does not fit in input 3×3"],
    ["an X smaller than K", "X", [[1]], "kernel 2×2 does not fit in input 1×1"],
    ["a matrix that is not X or K", "Y", [[1]], "Y cannot be edited here"],
  ])("refuses %s, in both languages, and the old state stays", (_, id, values, words) => {
    const u = lesson.update(start, { type: "edit", matrix: id, values: values as number[][] });
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.error.en).toContain(words);
    expect(u.error.zh.length).toBeGreaterThan(0);
    expect(lesson.frame(start, "en").step).toBe(2);
    expect(matrix(lesson.frame(start, "en"), "X").values).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
  });

  it("reset goes back to step 0 and the options init was given", () => {
    const edited = lesson.update(start, { type: "edit", matrix: "X", values: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] });
    const u = edited.ok ? lesson.update(edited.state, { type: "reset" }) : edited;
    expect(u.ok && lesson.frame(u.state, "en")).toEqual(lesson.frame(lesson.init(), "en"));
  });

  it("ignores actions it does not support", () => {
    expect(lesson.update(start, { type: "scaleLr", factor: 2 })).toEqual({ ok: true, state: start });
  });
});

describe("cross-correlation narrative", () => {
  it("says where the window goes next: right, down to the next row, or nowhere", () => {
    const frames = walk(lesson);
    expect(frames[1]!.narrative[1]).toContain("one column to the right");
    expect(frames[2]!.narrative[1]).toContain("down one row");
    expect(frames[4]!.narrative[1]).toContain("Y is complete");
    expect(walk(lesson, {}, "zh")[2]!.narrative[1]).toContain("下移一行");
  });
});
