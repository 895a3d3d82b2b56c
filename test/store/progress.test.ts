import { describe, expect, it } from "vitest";
import {
  countProgress,
  emptyProgress,
  exerciseProgress,
  lessonProgress,
  markExerciseSeen,
  markLessonDone,
  markLessonSeen,
  MAX_COUNT,
  clearedProgress,
  langSetting,
  parseProgress,
  recordAttempt,
  setLang,
  setStep,
  stepReached,
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

  it("attempts stop at 2^53 − 1 instead of growing into a number JSON cannot hold exactly", () => {
    const p = parseProgress({ version: 1, lessons: {}, exercises: { e: { seen: true, done: false, attempts: MAX_COUNT } } });
    if (!p.ok) throw new Error("refused");
    const next = recordAttempt(p.progress, "e", true);
    expect(exerciseProgress(next, "e")).toEqual({ seen: true, done: true, attempts: MAX_COUNT });
    expect(parseProgress(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });

  it("ids that are Object.prototype's names are ids like any other", () => {
    for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(lessonProgress(emptyProgress(), id)).toEqual({ seen: false, done: false });
      expect(exerciseProgress(emptyProgress(), id)).toEqual({ seen: false, done: false, attempts: 0 });
      expect(stepReached(emptyProgress(), id)).toBeUndefined();
      const p = setStep(recordAttempt(markLessonDone(emptyProgress(), id), id, true), id, 3);
      const back = parseProgress(JSON.parse(JSON.stringify(p)));
      if (!back.ok) throw new Error(`refused ${id}`);
      expect(lessonProgress(back.progress, id)).toEqual({ seen: true, done: true });
      expect(exerciseProgress(back.progress, id)).toEqual({ seen: true, done: true, attempts: 1 });
      expect(stepReached(back.progress, id)).toBe(3);
      expect(Object.getPrototypeOf(back.progress.lessons)).toBeNull();
    }
  });
});

describe("settings: the language and the step reached, last write wins", () => {
  it("set, read back, and unchanged when set to the same value", () => {
    const p = setStep(setLang(emptyProgress(), "zh"), "learn-kernel", 4);
    expect(langSetting(p)).toBe("zh");
    expect(stepReached(p, "learn-kernel")).toBe(4);
    expect(stepReached(p, "pooling")).toBeUndefined();
    expect(setLang(p, "zh")).toBe(p);
    expect(setStep(p, "learn-kernel", 4)).toBe(p);
    expect(stepReached(setStep(p, "learn-kernel", 2), "learn-kernel")).toBe(2); // back is allowed: the last write wins
    expect(setStep(p, "x", -1)).toBe(p); // not a step
    expect(setStep(p, "x", 1.5)).toBe(p);
  });

  it("a reset clears progress and steps, keeps the language, and raises the generation", () => {
    const p = setStep(setLang(markLessonDone(emptyProgress(3), "a"), "zh"), "a", 2);
    const cleared = clearedProgress(p);
    expect(cleared).toEqual({ ...emptyProgress(4), settings: { lang: "zh" } });
  });

  it("settings in a file: kept when valid, dropped (not the whole file) when not", () => {
    const parsed = parseProgress({ version: 1, lessons: {}, exercises: {}, settings: { lang: "fr", steps: { a: 2, b: -1, c: "3" } } });
    expect(parsed.ok && parsed.progress.settings).toEqual({ steps: { a: 2 } });
    const old = parseProgress({ version: 1, lessons: {}, exercises: {} }); // written before settings existed
    expect(old.ok && old.progress).toEqual(emptyProgress());
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
    expect(parsed).toEqual({ ok: true, progress: { ...emptyProgress(), lessons: { a: { seen: true, done: false } } } });
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
