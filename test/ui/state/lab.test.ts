import { expect, test } from "vitest";
import { initLab, labReducer, nextOffer } from "../../../src/ui/state/lab.ts";
import { fixtureExercises, fixtureLessons } from "../fixtures/lessons.ts";

test("starts at the menu, or in the lesson named by id or number", () => {
  expect(initLab(fixtureLessons, "en").screen).toBe("menu");
  expect(initLab(fixtureLessons, "en", { open: "grid" })).toMatchObject({ screen: "lesson", current: "grid" });
  expect(initLab(fixtureLessons, "en", { open: "2" })).toMatchObject({ screen: "lesson", current: "other", menu: { selected: 1 } });
  expect(initLab(fixtureLessons, "en", { open: "nope" }).screen).toBe("menu");
});

test("going back to the menu and in again resumes the lesson where it was", () => {
  let s = initLab(fixtureLessons, "en", { open: "grid" });
  s = labReducer(s, { type: "session", action: { type: "next" } });
  s = labReducer(s, { type: "toMenu" });
  expect(s.screen).toBe("menu");
  s = labReducer(s, { type: "open", index: 0 });
  expect((s.sessions.grid!.state as { step: number }).step).toBe(1);
});

test("leaving a lesson stops play and drops an unfinished edit", () => {
  let s = initLab(fixtureLessons, "en", { open: "grid" });
  s = labReducer(s, { type: "session", action: { type: "togglePlay" } });
  s = labReducer(s, { type: "toMenu" });
  expect(s.sessions.grid!.playing).toBe(false);
});

test("a lesson reaching its last step is marked done once", () => {
  let s = initLab(fixtureLessons, "en", { open: "grid", done: ["other"] });
  for (let i = 0; i < 5; i++) s = labReducer(s, { type: "session", action: { type: "next" } });
  expect(s.done).toEqual(["other", "grid"]);
});

test("a lesson that fails to start leaves the menu with a message", () => {
  const broken = { ...fixtureLessons[0], init: () => { throw new Error("bad option"); } };
  const s = labReducer(initLab([broken], "en"), { type: "open", index: 0 });
  expect(s.screen).toBe("menu");
  expect(s.notice).toEqual({ kind: "error", message: "bad option" });
});

test("help and language toggle", () => {
  let s = initLab(fixtureLessons, "en");
  s = labReducer(s, { type: "toggleHelp" });
  expect(s.help).toBe(true);
  s = labReducer(s, { type: "toggleLang" });
  expect(s.lang).toBe("zh");
});

test("the menu opens on the first lesson not done yet (the first when all are)", () => {
  expect(initLab(fixtureLessons, "en").menu.selected).toBe(0);
  expect(initLab(fixtureLessons, "en", { done: ["grid"] }).menu.selected).toBe(1);
  expect(initLab(fixtureLessons, "en", { done: ["other"] }).menu.selected).toBe(0);
  expect(initLab(fixtureLessons, "en", { done: ["grid", "other"] }).menu.selected).toBe(0);
});

test("a lesson opened for the first time this run starts on the step an earlier lab left it on", () => {
  let s = initLab(fixtureLessons, "en", { steps: { grid: 2 } });
  s = labReducer(s, { type: "open", index: 0 });
  expect((s.sessions.grid!.state as { step: number }).step).toBe(2);
  // past the end (the lesson got shorter): its last step, and so done
  s = labReducer(initLab(fixtureLessons, "en", { steps: { grid: 40 } }), { type: "open", index: 0 });
  expect((s.sessions.grid!.state as { step: number }).step).toBe(3);
  expect(s.done).toContain("grid");
});

test("next on a lesson's last step opens the next lesson; before the last step there is no offer", () => {
  let s = initLab(fixtureLessons, "en", { open: "grid" });
  expect(nextOffer(s)).toBeUndefined();
  for (let i = 0; i < 3; i++) s = labReducer(s, { type: "session", action: { type: "next" } });
  expect(nextOffer(s)).toEqual({ kind: "lesson", index: 1, unfinished: false });
  s = labReducer(s, { type: "session", action: { type: "next" } });
  expect(s).toMatchObject({ screen: "lesson", current: "other", menu: { selected: 1 } });
  // play never leaves the lesson
  let p = initLab(fixtureLessons, "en", { open: "grid", steps: { grid: 3 } });
  p = labReducer(p, { type: "session", action: { type: "tick" } });
  expect(p.current).toBe("grid");
});

test("on the last lesson the offer is the first lesson not done, else the menu", () => {
  let s = initLab(fixtureLessons, "en", { open: "other" });
  expect(nextOffer(s)).toEqual({ kind: "lesson", index: 0, unfinished: true });
  s = labReducer(s, { type: "session", action: { type: "next" } });
  expect(s.current).toBe("grid");
  s = initLab(fixtureLessons, "en", { open: "other", done: ["grid"] });
  expect(nextOffer(s)).toEqual({ kind: "menu" });
  s = labReducer(s, { type: "session", action: { type: "next" } });
  expect(s.screen).toBe("menu");
});

test("once the lesson's last exercise is solved, n on it opens the next lesson; before that n goes to the next exercise", () => {
  const start = (solved: string[]) => {
    let s = initLab(fixtureLessons, "en", { open: "grid", exercises: fixtureExercises, solved });
    s = labReducer(s, { type: "openExercises" });
    return labReducer(s, { type: "exercise", action: { type: "go", delta: 1 } });
  };
  let s = start([]);
  expect(s.exerciseStates.grid!.index).toBe(1);
  expect(nextOffer(s)).toBeUndefined();
  expect(labReducer(s, { type: "exercise", action: { type: "go", delta: 1 } })).toMatchObject({ screen: "exercise", current: "grid" });
  s = start([fixtureExercises[1]!.id]);
  expect(nextOffer(s)).toEqual({ kind: "lesson", index: 1, unfinished: false });
  // `p` still goes back
  expect(labReducer(s, { type: "exercise", action: { type: "go", delta: -1 } }).exerciseStates.grid!.index).toBe(0);
  s = labReducer(s, { type: "exercise", action: { type: "go", delta: 1 } });
  expect(s).toMatchObject({ screen: "lesson", current: "other" });
});
