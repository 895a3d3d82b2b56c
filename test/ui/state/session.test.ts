import { describe, expect, test } from "vitest";
import { DEFAULT_SPEED, MIN_INTERVAL_MS, readingMs, SPEEDS, stepMs } from "../../../src/ui/state/play.ts";
import { openSession, seedFor, sessionReducer, type Session, type SessionAction } from "../../../src/ui/state/session.ts";
import { currentDraft } from "../../../src/ui/state/editor.ts";
import { gridLesson, otherLesson, type GridState } from "../fixtures/lessons.ts";
import { lessons } from "../../../lessons/index.ts";

const run = (actions: SessionAction[], s: Session<GridState> = openSession(gridLesson)): Session<GridState> =>
  actions.reduce((acc, a) => sessionReducer(acc, a), s);

describe("sessionReducer", () => {
  test("next and back walk the steps and stop at both ends", () => {
    expect(run([{ type: "next" }, { type: "next" }]).state.step).toBe(2);
    expect(run([{ type: "back" }]).state.step).toBe(0);
    expect(run(Array(10).fill({ type: "next" })).state.step).toBe(3);
  });

  test("play ticks forward and stops on the last step", () => {
    let s = run([{ type: "togglePlay" }]);
    expect(s.playing).toBe(true);
    s = run([{ type: "tick" }, { type: "tick" }], s);
    expect(s.playing).toBe(true);
    s = run([{ type: "tick" }], s);
    expect(s.state.step).toBe(3);
    expect(s.playing).toBe(false);
  });

  test("play on the last step starts over", () => {
    const s = run([{ type: "next" }, { type: "next" }, { type: "next" }, { type: "togglePlay" }]);
    expect(s.state.step).toBe(0);
    expect(s.playing).toBe(true);
  });

  test("speeds stay within the table, never faster than Ink's frame", () => {
    expect(run(Array(20).fill({ type: "faster" })).speed).toBe(SPEEDS.length - 1);
    expect(run(Array(20).fill({ type: "slower" })).speed).toBe(0);
    expect(run([{ type: "faster" }]).notice).toEqual({ kind: "speed", speed: 2 });
    expect(run([{ type: "slower" }]).notice).toEqual({ kind: "speed", speed: 0.5 });
    const frame = gridLesson.frame(gridLesson.init(), "en");
    expect(stepMs(frame, SPEEDS.length - 1)).toBeGreaterThanOrEqual(MIN_INTERVAL_MS);
  });

  test("play stays on a step for the time to read it: 1.5 s to glance, 250 English words or 400 Chinese characters a minute", () => {
    const frame = { ...gridLesson.frame(gridLesson.init(), "en"), heading: "Sliding the window", narrative: ["K moves one column.", "Then Y[0, 1] = 25."], outcome: undefined };
    // 11 words (numbers count, "=" does not): 1500 + 11 × 240
    expect(readingMs(frame)).toBe(4140);
    expect(stepMs(frame, DEFAULT_SPEED)).toBe(4140);
    expect(stepMs(frame, DEFAULT_SPEED + 1)).toBe(2070);
    expect(stepMs(frame, DEFAULT_SPEED - 1)).toBe(8280);
    // a paragraph the step before showed was read there: 1500 + 7 × 240
    expect(readingMs(frame, { ...frame, heading: "Before", narrative: ["Then Y[0, 1] = 25."] })).toBe(3180);
    // 7 Han characters and one number: 1500 + 7 × 150 + 240
    expect(readingMs({ ...frame, heading: "滑动窗口", narrative: ["移动 1 列"] })).toBe(2790);
  });

  test("the default speed gives time to read each of lesson 1's steps at 250 words a minute, and lesson 8's short iteration steps move faster", () => {
    const steps = (lesson: (typeof lessons)[number]) => {
      const frames = [];
      for (let s = lesson.init(); ; s = lesson.next(s)) {
        frames.push(lesson.frame(s, "en"));
        if (lesson.isDone(s)) break;
      }
      return frames;
    };
    const one = steps(lessons[0]!);
    one.forEach((f, i) => {
      const words = [f.heading, ...f.narrative].join(" ").split(/\s+/).length;
      expect(stepMs(f, DEFAULT_SPEED, one[i - 1])).toBeGreaterThanOrEqual((words / 250) * 60_000 * 0.95);
    });
    const longest = Math.max(...one.map((f, i) => stepMs(f, DEFAULT_SPEED, one[i - 1])));
    const eight = steps(lessons.find((l) => l.id === "lr-stability")!);
    expect(stepMs(eight[5]!, DEFAULT_SPEED, eight[4])).toBeLessThan(longest / 2);
  });

  test("a lesson opens on the step it was left on, clamped to its steps", () => {
    expect(openSession(gridLesson, 2).state.step).toBe(2);
    expect(openSession(gridLesson, 99).state.step).toBe(3);
    expect(openSession(gridLesson, -1).state.step).toBe(0);
    expect(openSession(gridLesson).state.step).toBe(0);
  });

  test("reset, lr scaling and reseeding go through the lesson", () => {
    expect(run([{ type: "next" }, { type: "reset" }]).state.step).toBe(0);
    expect(run([{ type: "scaleLr", factor: 2 }, { type: "scaleLr", factor: 2 }]).state.lr).toBe(2);
    const seeded = run([{ type: "reseed" }]);
    expect(seeded.state.seed).toBe(seedFor(0));
    expect(seeded.notice).toEqual({ kind: "seed", seed: seedFor(0) });
    expect(run([{ type: "reseed" }, { type: "reseed" }]).state.seed).toBe(seedFor(1));
    expect(seedFor(0)).not.toBe(seedFor(1));
  });

  test("editing: accept applies the draft to the lesson", () => {
    const s = run([{ type: "editStart" }, { type: "editor", action: { type: "type", text: "7" } }, { type: "editAccept" }]);
    expect(s.editor).toBeUndefined();
    expect(s.state.x[0]).toEqual([7, 1, 2]);
  });

  test("editing: cancel leaves the lesson as it was", () => {
    const s = run([{ type: "editStart" }, { type: "editor", action: { type: "type", text: "7" } }, { type: "editCancel" }]);
    expect(s.editor).toBeUndefined();
    expect(s.state.x).toEqual(gridLesson.init().x);
  });

  test("editing: a bad entry is refused with the reason, old value kept", () => {
    const s = run([{ type: "editStart" }, { type: "editor", action: { type: "type", text: "1e999" } }, { type: "editAccept" }]);
    expect(s.notice).toEqual({ kind: "notFinite", text: "1e999" });
    expect(currentDraft(s.editor!)[0]![0]).toBe(0);
    expect(s.state.x).toEqual(gridLesson.init().x);
  });

  test("editing: the lesson's own refusal is shown and the editor stays open", () => {
    const s = run([{ type: "editStart" }, { type: "editor", action: { type: "type", text: "500" } }, { type: "editAccept" }]);
    expect(s.notice).toMatchObject({ kind: "refused", reason: { en: expect.stringContaining("at most 100") } });
    expect(s.editor).toBeDefined();
    expect(s.state.x).toEqual(gridLesson.init().x);
  });

  test("editing: Tab switches to the next editable matrix", () => {
    const s = run([{ type: "editStart" }, { type: "editor", action: { type: "switch" } }, { type: "editor", action: { type: "type", text: "-4" } }, { type: "editAccept" }]);
    expect(s.state.k[0]).toEqual([-4, 1]);
    expect(s.state.x).toEqual(gridLesson.init().x);
  });

  test("editing: Enter applies every changed draft in the lesson's order; a refusal applies none and shows its matrix", () => {
    const tab = { type: "editor", action: { type: "switch" } } as const;
    const type = (text: string) => ({ type: "editor", action: { type: "type", text } }) as const;
    const both = run([{ type: "editStart" }, type("9"), tab, type("7"), { type: "editAccept" }]);
    expect(both.state.x[0]).toEqual([9, 1, 2]);
    expect(both.state.k[0]).toEqual([7, 1]);
    const refused = run([{ type: "editStart" }, type("9"), tab, type("500"), tab, { type: "editAccept" }]);
    expect(refused.state).toEqual(gridLesson.init());
    expect(refused.editor?.matrix).toBe("K");
    expect(refused.editor?.drafts.X![0]![0]).toBe(9);
    expect(refused.notice).toMatchObject({ kind: "refused" });
  });

  test("editing a lesson with no editable matrix says so", () => {
    const s = sessionReducer(openSession(otherLesson), { type: "editStart" });
    expect(s.editor).toBeUndefined();
    expect(s.notice).toEqual({ kind: "nothingToEdit" });
  });

  test("a throwing lesson becomes a notice, never a crash", () => {
    const broken = { ...gridLesson, next: () => { throw new Error("boom"); } };
    const s = sessionReducer(openSession(broken), { type: "next" });
    expect(s.notice).toEqual({ kind: "error", message: "boom" });
    expect(s.state.step).toBe(0);
  });
});
