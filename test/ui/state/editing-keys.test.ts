// The editor driven by the keys a learner presses, on the real lessons and exercises (issue 11
// §2): the exact sequences from the issue, through the key map and the lab reducer, no rendering.
import { expect, test } from "vitest";
import { exercises } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import { fittingItems } from "../../../src/ui/key-bar.ts";
import { noKey, type KeyPress } from "../../../src/ui/keys.ts";
import { currentDraft } from "../../../src/ui/state/editor.ts";
import { answerOf } from "../../../src/ui/state/exercise.ts";
import { keyedLabReducer } from "../../../src/ui/state/input.ts";
import { currentExercises, currentSession, initLab, labReducer, type LabState } from "../../../src/ui/state/lab.ts";

const NAMED: Record<string, Partial<KeyPress>> = { "→": { rightArrow: true }, "←": { leftArrow: true }, "↓": { downArrow: true }, Tab: { tab: true }, Enter: { return: true }, Backspace: { delete: true } };

/** Presses the keys one by one ("→", "Tab", "Enter", "Backspace" by name; anything else is typed as it arrives). */
function press(state: LabState, keys: readonly string[]): LabState {
  return keys.reduce((s, k) => keyedLabReducer(s, { type: "key", input: k in NAMED ? (k === "Enter" ? "\r" : "") : k, key: { ...noKey, ...NAMED[k] } as never }), state);
}

const lesson1 = (): LabState => initLab(lessons, "en", { open: "1", exercises });
const matrix = (s: LabState, id: string) => currentSession(s)!.lesson.frame(currentSession(s)!.state, "en").matrices.find((m) => m.id === id)!.values;

test("lesson 1: e 9 → Tab 7 → Enter changes both X and K", () => {
  const s = press(lesson1(), ["e", "9", "→", "Tab", "7", "→", "Enter"]);
  expect(currentSession(s)!.editor).toBeUndefined();
  expect(matrix(s, "X")[0]).toEqual([9, 1, 2]);
  expect(matrix(s, "K")).toEqual([[7, 1], [2, 3]]);
});

test("lesson 1: a refused matrix applies nothing and shows that matrix with every draft kept", () => {
  // X shrunk below K is refused by the lesson, after K's draft was made: nothing is applied.
  let s = press(lesson1(), ["e", "5", "Tab", "Tab"]);
  const session = currentSession(s)!;
  const original = session.lesson.frame(session.state, "en");
  const tiny = { ...session.editor!, drafts: { ...session.editor!.drafts, K: Array.from({ length: 4 }, () => [1, 1, 1, 1]) } };
  s = labReducer({ ...s, sessions: { ...s.sessions, [s.current!]: { ...session, editor: tiny } } }, { type: "session", action: { type: "editAccept" } });
  const after = currentSession(s)!;
  expect(after.notice?.kind).toBe("refused");
  expect(after.editor?.matrix).toBe("K");
  expect(after.editor?.drafts.X![0]![0]).toBe(5);
  expect(after.state).toBe(session.state);
  expect(matrix(s, "X")).toEqual(original.matrices[0]!.values);
});

test("lesson 8's lr-limit: 0.015, Enter, Backspace, 6 gives 0.016", () => {
  let s = initLab(lessons, "en", { open: "lr-stability", exercises });
  s = press(s, ["x", "n"]);
  expect(currentExercises(s)!.list[currentExercises(s)!.index]!.id).toBe("lr-limit");
  s = press(s, ["0.015", "Enter", "Backspace", "6", "Enter"]);
  expect(answerOf(currentExercises(s)!)).toEqual({ limit: 0.016 });
});

test("lesson 8's lr-limit: after a wrong check the next guess is typed as it is (typing replaces, right after Enter too)", () => {
  let s = initLab(lessons, "en", { open: "lr-stability", exercises });
  s = press(s, ["x", "n", "0.015", "Enter"]);
  expect(currentExercises(s)!.result?.pass).toBe(false);
  s = press(s, ["0", ".", "0", "1", "5", "2", "Enter"]);
  expect(answerOf(currentExercises(s)!)).toEqual({ limit: 0.0152 });
  expect(currentExercises(s)!.result?.pass).toBe(true);
});

test("lesson 9's picture-blur: the hint's 1/9 is typed as a fraction, not read as 19", () => {
  let s = initLab(lessons, "en", { open: "your-picture", exercises });
  s = press(s, ["x"]);
  expect(currentExercises(s)!.list[currentExercises(s)!.index]!.id).toBe("picture-blur");
  s = press(s, ["1", "/", "9", "→"]);
  expect((answerOf(currentExercises(s)!) as { K: number[][] }).K[0]![0]).toBe(1 / 9);
});

test("a pasted chunk longer than a cell is one short refusal, in a lesson and in an exercise", () => {
  const paste = "0.123456789".repeat(300);
  const lesson = currentSession(press(lesson1(), ["e", paste]))!;
  expect(lesson.notice).toEqual({ kind: "tooLong", length: paste.length });
  expect(lesson.editor?.buffer).toBeUndefined();
  const work = currentExercises(press(lesson1(), ["x", paste]))!;
  expect(work.notice).toEqual({ kind: "tooLong", length: paste.length });
});

test("a pasted matrix fills the cells; a line break at the end of a chunk is still Enter", () => {
  const s = press(lesson1(), ["e", "Tab", "[[1, -1],\r [0, 2]]\r"]);
  expect(currentSession(s)!.editor).toBeUndefined();
  expect(matrix(s, "K")).toEqual([[1, -1], [0, 2]]);
});

test("outside the editor a chunk still acts key by key", () => {
  const s = press(lesson1(), ["nn"]);
  expect(currentSession(s)!.lesson.frame(currentSession(s)!.state, "en").step).toBe(2);
  const typed = press(lesson1(), ["e12\r"]);
  expect(matrix(typed, "X")[0]![0]).toBe(12);
  expect(currentDraft(currentSession(press(lesson1(), ["e", "3"]))!.editor!)[0]![0]).toBe(0);
});

test("at 80 columns the editor's key bar (no `? more` there: ? is typed) still names Tab and Backspace", () => {
  for (const lang of ["en", "zh"] as const) {
    const keys = fittingItems("editor", lang, 80).map((i) => i.keys);
    expect(keys).toEqual(expect.arrayContaining(["Tab", "Backspace"]));
  }
});
