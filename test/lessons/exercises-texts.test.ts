// The exercises the lessons carry, and their texts: every exercise belongs to a lesson, starts
// from a well-formed (and not yet right) answer, speaks English and Chinese, and never throws,
// whatever it is given.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exercises, exercisesFor, findExercise } from "../../lessons/exercises.ts";
import { lessons } from "../../lessons/index.ts";
import { symmetricEigenvalues } from "../../lessons/03-learn-kernel/exercises.ts";

const CJK = /[\u4e00-\u9fff]/;

describe("registry", () => {
  it("ids are unique, kebab-case, and findExercise finds each", () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findExercise(id)?.id).toBe(id);
    }
    expect(findExercise("nope")).toBeUndefined();
  });

  it("every exercise follows a lesson that exists, and every lesson has exercises", () => {
    const lessonIds = lessons.map((l) => l.id);
    for (const e of exercises) expect(lessonIds).toContain(e.lesson);
    for (const id of ["cross-correlation", "conv2d-layer", "learn-kernel"]) expect(exercisesFor(id).length).toBeGreaterThan(0);
  });

  it.each(exercises.map((e) => [e.id, e] as const))("%s: the start fits its fields, is well-formed and not yet right", (_id, e) => {
    expect(Object.keys(e.start).sort()).toEqual(e.fields.map((f) => f.id).sort());
    for (const f of e.fields) {
      const v = e.start[f.id];
      if (f.kind === "matrix") {
        expect([(v as number[][]).length, (v as number[][])[0]!.length]).toEqual([f.rows, f.cols]);
      } else if (f.kind === "vector") {
        expect((v as number[]).length).toBe(f.length);
      } else {
        expect(typeof v).toBe("number");
      }
    }
    const r = e.check(e.start);
    expect(r.malformed).toBeUndefined();
    expect(r.pass).toBe(false);
  });

  it("the start is a copy-safe value: checking does not change it", () => {
    for (const e of exercises) {
      const before = JSON.stringify(e.start);
      e.check(e.start);
      expect(JSON.stringify(e.start)).toBe(before);
    }
  });
});

describe("texts of each exercise", () => {
  it.each(exercises.map((e) => [e.id, e] as const))("%s: title, prompt, a label per field and hints in both languages", (_id, e) => {
    const en = e.text("en");
    const zh = e.text("zh");
    expect(zh.prompt.length).toBe(en.prompt.length);
    expect(zh.hints.length).toBe(en.hints.length);
    expect(en.hints.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(en.fields).sort()).toEqual(e.fields.map((f) => f.id).sort());
    expect(Object.keys(zh.fields).sort()).toEqual(Object.keys(en.fields).sort());
    for (const t of [en, zh]) {
      for (const s of [t.title, ...t.prompt, ...t.hints, ...Object.values(t.fields)]) {
        expect(s.trim().length).toBeGreaterThan(0);
        expect(s).not.toMatch(/undefined|NaN|\[object/);
      }
    }
    expect([zh.title, ...zh.prompt, ...zh.hints].every((s) => CJK.test(s))).toBe(true);
  });

  it("numbers in the learn-kernel texts come from the engine's curvature (12, 132, 60)", () => {
    expect(findExercise("lr-diverge")!.text("en").hints.join(" ")).toContain("2/132 ≈ 0.01515");
    expect(findExercise("lr-converge")!.text("en").hints.join(" ")).toContain("2/60 ≈ 0.03333");
  });

  it("lr-stability's hints lead to 1/λ_max and 2/λ_max of the notebook's data (λ_max = 132)", () => {
    for (const lang of ["en", "zh"] as const) {
      for (const id of ["lr-oscillate", "lr-limit"]) {
        const hints = findExercise(id)!.text(lang).hints.join(" ");
        expect(hints).toContain("0.007576");
        expect(hints).toMatch(/2\/λ_max/);
      }
      expect(findExercise("lr-limit")!.text(lang).prompt.join(" ")).toMatch(/3/);
    }
  });
});

describe("check never throws", () => {
  const anyJson = fc.jsonValue();
  const numbers = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e-300, 1e300, Infinity, -Infinity, Number.NaN));
  const matrices = fc.array(fc.array(numbers, { maxLength: 9 }), { maxLength: 9 });
  const answers = fc.oneof(
    anyJson,
    matrices,
    fc.record({ X: matrices, K: matrices }),
    fc.record({ lr: numbers, epochs: fc.oneof(numbers, fc.integer({ min: 1, max: 30 })) }),
    fc.array(numbers, { maxLength: 3 }),
    numbers,
  );

  it.each(exercises.map((e) => [e.id, e] as const))("%s: any value gets a verdict with a one-line reason in both languages", (_id, e) => {
    fc.assert(
      fc.property(answers, (answer) => {
        const r = e.check(answer);
        expect(typeof r.pass).toBe("boolean");
        for (const text of [r.reason.en, r.reason.zh]) {
          expect(text.length).toBeGreaterThan(0);
          expect(text).not.toContain("\n");
        }
        expect(r.reason.en).not.toMatch(/bug in convlab/);
      }),
      { numRuns: 60 },
    );
  });

  it("reasons and shown values survive JSON (the CLI prints them)", () => {
    for (const e of exercises) {
      const r = e.check(e.start);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });
});

describe("symmetricEigenvalues (the curvature behind the learning-rate hints)", () => {
  it("gives 12 and 132 for the notebook's 2×2 Hessian 2·AᵀA", () => {
    const [a, b] = symmetricEigenvalues([[72, 60], [60, 72]]);
    expect(a).toBeCloseTo(12, 10);
    expect(b).toBeCloseTo(132, 10);
  });
  it("diagonalises a 3×3 with known eigenvalues 1, 3, 4", () => {
    // [[2, 1], [1, 2]] has eigenvalues 1 and 3; the third axis is apart with 4
    const values = symmetricEigenvalues([[2, 1, 0], [1, 2, 0], [0, 0, 4]]).map((v) => Number(v.toFixed(10)));
    expect(values).toEqual([1, 3, 4]);
  });
});
