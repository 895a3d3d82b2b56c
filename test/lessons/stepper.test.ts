// The stepper every lesson is built on (lessons/shared.ts): next/back within the steps, reset to
// init's state, edits of other matrices refused in every language — the same in all nine lessons.
import { describe, expect, it } from "vitest";
import { lessons } from "../../lessons/index.ts";
import { stepper } from "../../lessons/shared.ts";
import { stepTo, walk } from "./helpers.ts";

interface Toy {
  step: number;
  value: number;
}
const toy = stepper<Toy>({
  steps: () => 3,
  reset: (s) => ({ ...s, value: 0 }),
  texts: {
    en: { notEditable: (p) => `no ${p.id}`, badSeed: (p) => `bad seed ${p.seed}` },
    zh: { notEditable: (p) => `不能 ${p.id}`, badSeed: (p) => `种子 ${p.seed}` },
  },
  reseed: (s, seed) => ({ ...s, value: seed }),
  edit: { matrices: ["V"], maxSize: 2, apply: (s, _id, values) => ({ ok: true, state: { ...s, value: values[0]![0]! } }) },
});

describe("stepper", () => {
  const first: Toy = { step: 0, value: 0 };
  it("moves within 0..steps-1 and returns the same state at either end", () => {
    expect(toy.back(first)).toBe(first);
    const last = toy.next(toy.next(first));
    expect(last.step).toBe(2);
    expect(toy.next(last)).toBe(last);
  });
  it("resets, refuses other matrices in both languages, passes the rest to the lesson", () => {
    const edited = toy.update(first, { type: "edit", matrix: "V", values: [[7]] });
    expect(edited).toEqual({ ok: true, state: { step: 0, value: 7 } });
    expect(toy.update({ step: 1, value: 7 }, { type: "reset" })).toEqual({ ok: true, state: { step: 1, value: 0 } });
    expect(toy.update(first, { type: "edit", matrix: "W", values: [[1]] })).toEqual({ ok: false, error: { en: "no W", zh: "不能 W" } });
    const same = toy.update(first, { type: "scaleLr", factor: 2 });
    expect(same.ok && same.state).toBe(first);
  });
  it("checks an edit as a matrix (size, entries) before the lesson sees it", () => {
    const big = toy.update(first, { type: "edit", matrix: "V", values: [[1, 2, 3]] });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error.en).toContain("at most 2×2");
    const nan = toy.update(first, { type: "edit", matrix: "V", values: [[Number.NaN]] });
    expect(nan.ok).toBe(false);
  });
  it("reseeds with a whole number, refuses others in both languages", () => {
    expect(toy.update(first, { type: "reseed", seed: 5 })).toEqual({ ok: true, state: { step: 0, value: 5 } });
    expect(toy.update(first, { type: "reseed", seed: 0.5 })).toEqual({ ok: false, error: { en: "bad seed 0.5", zh: "种子 0.5" } });
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))("%s through the stepper", (_id, lesson) => {
  it("reset from the last step gives init's frames back", () => {
    const s = lesson.init();
    const end = stepTo(lesson, s, 5000);
    const reset = lesson.update(end, { type: "reset" });
    expect(reset.ok).toBe(true);
    if (reset.ok) expect(walk(lesson, {}, "en", reset.state)).toEqual(walk(lesson));
  });
  it("an edit of a matrix no frame offers for editing is refused in both languages", () => {
    const u = lesson.update(lesson.init(), { type: "edit", matrix: "nothing-here", values: [[1]] });
    expect(u.ok).toBe(false);
    if (!u.ok) {
      expect(u.error.en).toContain("nothing-here");
      expect(u.error.zh).toContain("nothing-here");
    }
  });
  it("an action the lesson does not use leaves the state", () => {
    const s = lesson.init();
    const u = lesson.update(s, { type: "reseed", seed: 0.5 });
    // Lessons with a seed refuse a fractional one; the others ignore reseed.
    if (u.ok) expect(u.state).toBe(s);
    else expect(u.error.en).toMatch(/seed must be an integer/);
  });
});

describe("actions", () => {
  it("every registered lesson declares exactly the actions its update acts on", () => {
    for (const lesson of lessons) {
      const state = lesson.init({});
      const reseeded = lesson.update(state, { type: "reseed", seed: 12345 });
      const scaled = lesson.update(state, { type: "scaleLr", factor: 0.5 });
      expect(lesson.actions?.includes("reseed"), `${lesson.id} reseed`).toBe(reseeded.ok && reseeded.state !== state);
      expect(lesson.actions?.includes("scaleLr"), `${lesson.id} scaleLr`).toBe(!scaled.ok || scaled.state !== state);
    }
  });
});
