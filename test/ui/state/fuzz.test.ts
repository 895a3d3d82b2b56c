// Any keys, in any order, on the real lessons and exercises: the lab never throws and never
// reaches the "something went wrong" state. Pure (the reducer), so it runs thousands of keys fast.
import fc from "fast-check";
import { expect, test } from "vitest";
import { exercises } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import { noKey, type KeyPress } from "../../../src/ui/keys.ts";
import { keyedLabReducer } from "../../../src/ui/state/input.ts";
import { currentExercises, currentSession, initLab, type LabState } from "../../../src/ui/state/lab.ts";

const named = (k: keyof KeyPress): [string, KeyPress] => ["", { ...noKey, [k]: true }];
const KEYS: [string, KeyPress][] = [
  named("upArrow"),
  named("downArrow"),
  named("leftArrow"),
  named("rightArrow"),
  ["\r", { ...noKey, return: true }],
  named("escape"),
  named("tab"),
  named("delete"),
  ...[..."nnnnnlhpqrsxe[]+-t?12345678 9.0-e".split("")].map((c): [string, KeyPress] => [c, noKey]),
  ["1e999", noKey],
  ["abc", noKey],
  ["－１２", noKey],
  ["\u0003", noKey],
  // More weight on the keys that reach the exercises and check answers.
  ["x", noKey],
  ["x", noKey],
  ["x", noKey],
  ["\r", { ...noKey, return: true }],
  ["\r", { ...noKey, return: true }],
];

/** A key from the list, or any short text (pasted, odd Unicode, control characters). */
const anyKey = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: "binary" }).map((text): [string, KeyPress] => [text, noKey]) },
);

function draw(state: LabState): void {
  const s = currentSession(state);
  if (s) s.lesson.frame(s.state, state.lang);
  const work = currentExercises(state);
  if (work) work.list[work.index]!.text(state.lang);
}

test("random key sequences never throw and never end in an error notice", () => {
  fc.assert(
    fc.property(fc.constantFrom(...lessons.map((l) => l.id), undefined), fc.array(anyKey, { maxLength: 80 }), (open, keys) => {
      // Quitting is a flag the app acts on; the reducer goes on, so the whole sequence is explored.
      let state = initLab(lessons, "en", { open, exercises });
      for (const [input, key] of keys) {
        state = keyedLabReducer(state, { type: "key", input, key: { ...key, shift: false, pageUp: false, pageDown: false, home: false, end: false, super: false, hyper: false, capsLock: false, numLock: false } });
        draw(state);
      }
      const notices = [state.notice, ...Object.values(state.sessions).map((s) => s.notice), ...Object.values(state.exerciseStates).map((e) => e.notice)];
      expect(notices.filter((n) => n?.kind === "error")).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test("random keys inside a lesson's exercises never throw; checks and hints keep working", () => {
  const withExercises = lessons.filter((l) => exercises.some((e) => e.lesson === l.id)).map((l) => l.id);
  fc.assert(
    fc.property(fc.constantFrom(...withExercises), fc.array(anyKey, { maxLength: 60 }), (open, keys) => {
      let state = keyedLabReducer(initLab(lessons, "en", { open, exercises }), { type: "key", input: "x", key: { ...noKey } as never });
      expect(state.screen).toBe("exercise");
      for (const [input, key] of keys) {
        state = keyedLabReducer(state, { type: "key", input, key: key as never });
        draw(state);
      }
      const work = Object.values(state.exerciseStates);
      expect(work.map((w) => w.notice).filter((n) => n?.kind === "error")).toEqual([]);
      // Whatever was typed, a check still gives a verdict (or a refusal of the typed text) —
      // unless Ctrl+C, alone or inside a chunk, has already quit the lab.
      if (state.screen === "exercise" && !state.help && !state.quitting) {
        const checked = keyedLabReducer(state, { type: "key", input: "\r", key: { ...noKey, return: true } as never });
        const w = currentExercises(checked)!;
        expect(w.result !== undefined || w.notice !== undefined).toBe(true);
      }
    }),
    { numRuns: 150 },
  );
});
