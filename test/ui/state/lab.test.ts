import { expect, test } from "vitest";
import { initLab, labReducer } from "../../../src/ui/state/lab.ts";
import { fixtureLessons } from "../fixtures/lessons.ts";

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
