import { describe, expect, it } from "vitest";
import {
  countProgress,
  emptyProgress,
  exerciseProgress,
  lessonProgress,
  markExerciseSeen,
  markLessonDone,
  markLessonSeen,
  mergeProgress,
  parseProgress,
  recordAttempt,
} from "../../src/store/index.ts";

describe("pure progress functions", () => {
  it("unknown ids read as not seen, not done, no attempts", () => {
    const p = emptyProgress();
    expect(lessonProgress(p, "x")).toEqual({ seen: false, done: false });
    expect(exerciseProgress(p, "y")).toEqual({ seen: false, done: false, attempts: 0 });
  });

  it("marks lessons seen then done without touching the input", () => {
    const p0 = emptyProgress();
    const p1 = markLessonSeen(p0, "cross-correlation");
    const p2 = markLessonDone(p1, "cross-correlation");
    expect(p0.lessons).toEqual({});
    expect(lessonProgress(p1, "cross-correlation")).toEqual({ seen: true, done: false });
    expect(lessonProgress(p2, "cross-correlation")).toEqual({ seen: true, done: true });
    // seeing a done lesson again keeps it done, and returns the same object (nothing to save)
    expect(markLessonSeen(p2, "cross-correlation")).toBe(p2);
  });

  it("counts attempts; a pass marks done for good", () => {
    let p = markExerciseSeen(emptyProgress(), "horizontal-edge");
    expect(exerciseProgress(p, "horizontal-edge")).toEqual({ seen: true, done: false, attempts: 0 });
    p = recordAttempt(p, "horizontal-edge", false);
    p = recordAttempt(p, "horizontal-edge", true);
    p = recordAttempt(p, "horizontal-edge", false);
    expect(exerciseProgress(p, "horizontal-edge")).toEqual({ seen: true, done: true, attempts: 3 });
  });

  it("merges two copies without losing anything (OR of flags, max of attempts)", () => {
    let a = recordAttempt(emptyProgress(), "e1", false);
    a = markLessonSeen(a, "l1");
    let b = recordAttempt(recordAttempt(emptyProgress(), "e1", true), "e1", false);
    b = markLessonDone(b, "l2");
    const m = mergeProgress(a, b);
    expect(m.exercises.e1).toEqual({ seen: true, done: true, attempts: 2 });
    expect(m.lessons).toEqual({ l1: { seen: true, done: false }, l2: { seen: true, done: true } });
    expect(mergeProgress(b, a)).toEqual(m);
  });

  it("counts done lessons and exercises among those that exist", () => {
    let p = markLessonDone(emptyProgress(), "a");
    p = markLessonDone(p, "removed-lesson");
    p = recordAttempt(p, "e1", true);
    p = recordAttempt(p, "e2", false);
    expect(countProgress(p, { lessons: ["a", "b"], exercises: ["e1", "e2", "e3"] })).toEqual({
      lessonsDone: 1,
      lessonsTotal: 2,
      exercisesDone: 1,
      exercisesTotal: 3,
    });
  });
});

describe("schema", () => {
  it("accepts what it writes", () => {
    const p = recordAttempt(markLessonDone(emptyProgress(), "a"), "e", true);
    expect(parseProgress(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, progress: p });
  });

  it("drops unknown fields instead of carrying them", () => {
    const parsed = parseProgress({ version: 1, extra: 1, lessons: { a: { seen: true, done: false, x: 2 } }, exercises: {} });
    expect(parsed).toEqual({ ok: true, progress: { version: 1, lessons: { a: { seen: true, done: false } }, exercises: {} } });
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["an array", []],
    ["no version", { lessons: {}, exercises: {} }],
    ["no lessons", { version: 1, exercises: {} }],
    ["lessons as an array", { version: 1, lessons: [], exercises: {} }],
    ["a lesson flag that is a string", { version: 1, lessons: { a: { seen: "yes", done: false } }, exercises: {} }],
    ["negative attempts", { version: 1, lessons: {}, exercises: { e: { seen: true, done: false, attempts: -1 } } }],
    ["fractional attempts", { version: 1, lessons: {}, exercises: { e: { seen: true, done: false, attempts: 1.5 } } }],
    ["attempts missing", { version: 1, lessons: {}, exercises: { e: { seen: true, done: false } } }],
  ])("refuses %s as a wrong shape", (_name, data) => {
    const parsed = parseProgress(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.kind).toBe("shape");
  });

  it.each([2, 0, "1"])("refuses version %j as another version", (version) => {
    expect(parseProgress({ version, lessons: {}, exercises: {} })).toEqual({
      ok: false,
      problem: { kind: "version", version },
    });
  });
});
