// defineLesson (lessons/kit/define.ts) on a toy lesson: the state, stepping, clamping, isDone,
// reset, checked edits, reseeding and rate scaling it gives every lesson, and the frame's
// bookkeeping. The registry's lessons are held to the same contract in ../contract.test.ts.
import { describe, expect, it } from "vitest";
import { defineLesson, scaleRate } from "../../../lessons/kit/define.ts";
import { option } from "../../../lessons/kit/options.ts";

interface Config {
  n: number;
  lr: number;
  seed: number;
}

const text = {
  title: "Toy",
  summary: "Counts.",
  notEditable: (p: { id: string }) => `no ${p.id}`,
};
const toy = (afterChange?: "stay" | "restart") =>
  defineLesson({
    id: "toy",
    number: 1,
    texts: { en: text, zh: { ...text, notEditable: (p: { id: string }) => `不能 ${p.id}` } },
    options: { n: option.integer({ describe: { en: "n", zh: "n" }, min: 1, max: 9 }) },
    config: (o): Config => ({ n: o.n ?? 3, lr: 0.5, seed: 0 }),
    run: (c) => Array.from({ length: c.n }, (_, i) => (i + 1) * c.lr),
    steps: (run) => run.length,
    code: { lines: ["a();", "b();"], from: [] },
    frame: ({ run, step, t }) => ({
      heading: t.title,
      narrative: [`${run[step]}`],
      matrices: [{ id: "V", title: "V", values: [run], editable: true }],
      code: [step % 2],
      ...(step === run.length - 1 ? { outcome: { kind: "done" as const, message: "ok" } } : {}),
      record: { v: run[step]! },
    }),
    summarize: (run, c) => ({ n: c.n, last: run.at(-1)! }),
    edit: { matrices: ["V"], maxSize: 4, apply: (c, _id, values) => ({ ok: true, value: { ...c, n: values[0]!.length } }) },
    reseed: (c, seed) => ({ ...c, seed }),
    scaleLr: (c, factor) => {
      const lr = scaleRate(c.lr, factor);
      return lr.ok ? { ok: true, value: { ...c, lr: lr.value } } : lr;
    },
    ...(afterChange ? { afterChange } : {}),
  });

describe("defineLesson", () => {
  const lesson = toy();
  const first = lesson.init({ n: "3" });

  it("fills the frame's bookkeeping: lesson, step, steps, done, code lines, empty arrays", () => {
    expect(lesson.frame(first, "en")).toEqual({
      lesson: "toy", step: 0, steps: 3, heading: "Toy", narrative: ["0.5"],
      matrices: [{ id: "V", title: "V", values: [[0.5, 1, 1.5]], editable: true }],
      equations: [], scalars: [], series: [], code: { lines: ["a();", "b();"], current: [0] }, done: false, record: { v: 0.5 },
    });
    expect(lesson.options).toEqual([{ name: "n", type: "integer", describe: { en: "n", zh: "n" }, min: 1, max: 9 }]);
    expect([lesson.title, lesson.summary]).toEqual([{ en: "Toy", zh: "Toy" }, { en: "Counts.", zh: "Counts." }]);
  });

  it("moves within 0..steps-1, returns the same state at either end, and knows when it is done", () => {
    expect(lesson.back(first)).toBe(first);
    const last = lesson.next(lesson.next(first));
    expect([last.step, lesson.isDone(last), lesson.isDone(first)]).toEqual([2, true, false]);
    expect(lesson.next(last)).toBe(last);
    expect(lesson.frame(last, "zh")).toMatchObject({ done: true, outcome: { kind: "done", message: "ok" } });
  });

  it("resets to init's state, from any step and after any change", () => {
    const changed = lesson.update(lesson.next(first), { type: "scaleLr", factor: 2 });
    const reset = changed.ok && lesson.update(changed.state, { type: "reset" });
    expect(reset && reset.ok && reset.state).toEqual(first);
  });

  it("checks an edit as a matrix before the lesson sees it; other matrices are refused in every language", () => {
    const edited = lesson.update(first, { type: "edit", matrix: "V", values: [[1, 2, 3, 4]] });
    expect(edited.ok && edited.state.run).toEqual([0.5, 1, 1.5, 2]);
    expect(lesson.update(first, { type: "edit", matrix: "W", values: [[1]] })).toEqual({ ok: false, error: { en: "no W", zh: "不能 W" } });
    const big = lesson.update(first, { type: "edit", matrix: "V", values: [[1, 2, 3, 4, 5]] });
    expect(!big.ok && big.error.en).toBe("V is 1×5; at most 4×4 here.");
    const nan = lesson.update(first, { type: "edit", matrix: "V", values: [[Number.NaN]] });
    expect(!nan.ok && nan.error.en).toBe("V (row 1, column 1) must be a finite number, not NaN.");
  });

  it("keeps the step after a change (clamped to the new run), or starts over when the lesson says so", () => {
    const last = lesson.next(lesson.next(first));
    const shorter = lesson.update(last, { type: "edit", matrix: "V", values: [[1, 2]] });
    expect(shorter.ok && shorter.state.step).toBe(1);
    const restarting = toy("restart");
    const again = restarting.update(restarting.next(restarting.init()), { type: "reseed", seed: 4 });
    expect(again.ok && [again.state.step, again.state.config.seed]).toEqual([0, 4]);
  });

  it("reseeds with a whole number and scales the rate while it stays positive, in the one checker's words", () => {
    expect(lesson.update(first, { type: "reseed", seed: 0.5 })).toEqual({
      ok: false,
      error: { en: "seed must be a whole number, not 0.5.", zh: "seed 必须是整数，而不是 0.5。" },
    });
    const scaled = lesson.update(first, { type: "scaleLr", factor: 2 });
    expect(scaled.ok && scaled.state.config.lr).toBe(1);
    const zero = lesson.update(first, { type: "scaleLr", factor: 0 });
    expect(!zero.ok && zero.error.en).toBe("lr must be greater than 0, not 0.");
    expect(lesson.actions).toEqual(["edit", "reseed", "scaleLr"]);
  });
});
