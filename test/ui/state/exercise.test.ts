import { describe, expect, test } from "vitest";
import { answerOf, exerciseReducer, fromGrid, openExercises, toGrid, type ExerciseAction, type ExerciseState } from "../../../src/ui/state/exercise.ts";
import { fixtureExercises, gridExercise } from "../fixtures/lessons.ts";

const run = (actions: ExerciseAction[], s: ExerciseState = openExercises(fixtureExercises)): ExerciseState =>
  actions.reduce((acc, a) => exerciseReducer(acc, a), s);
const type = (text: string): ExerciseAction => ({ type: "editor", action: { type: "type", text } });
const move = (dr: number, dc: number): ExerciseAction => ({ type: "editor", action: { type: "move", dr, dc } });

describe("answer fields as grids", () => {
  test("a number is 1×1, a vector one row, a matrix itself; and back", () => {
    expect(toGrid({ id: "n", kind: "number" }, 3)).toEqual([[3]]);
    expect(toGrid({ id: "v", kind: "vector", length: 2 }, [1, 2])).toEqual([[1, 2]]);
    expect(toGrid({ id: "m", kind: "matrix", rows: 1, cols: 2, maxRows: 2, maxCols: 2 }, undefined)).toEqual([[0, 0]]);
    expect(fromGrid({ id: "n", kind: "number" }, [[3]])).toBe(3);
    expect(fromGrid({ id: "v", kind: "vector", length: 2 }, [[1, 2]])).toEqual([1, 2]);
  });
});

describe("exerciseReducer", () => {
  test("starts from the exercise's start answer", () => {
    expect(answerOf(openExercises(fixtureExercises))).toEqual(gridExercise.start);
  });

  test("a wrong answer is checked by the exercise and counted", () => {
    const s = run([type("4"), { type: "check" }]);
    expect(s.result?.pass).toBe(false);
    expect(s.result?.reason.en).toBe("Not yet: K sums to 4, n is 0.");
    expect(s.checks).toBe(1);
    expect(s.lastCheck).toEqual({ id: "grid-sum", pass: false, malformed: false });
  });

  test("a right answer passes; every part of it was edited", () => {
    const s = run([type("1"), move(0, 1), type("2"), move(1, 0), type("4"), move(0, -1), type("3"), { type: "editor", action: { type: "switch" } }, type("3"), { type: "check" }]);
    expect(answerOf(s)).toEqual({ K: [[1, 2], [3, 4]], n: 3 });
    expect(s.result?.pass).toBe(true);
  });

  test("a bad entry is refused on check and nothing is checked", () => {
    const s = run([type("1e999"), { type: "check" }]);
    expect(s.notice).toEqual({ kind: "notFinite", text: "1e999" });
    expect(s.checks).toBe(0);
    expect(s.result).toBeUndefined();
  });

  test("hints come one at a time and stop at the last", () => {
    expect(run([{ type: "hint" }]).hints).toBe(1);
    expect(run(Array(5).fill({ type: "hint" })).hints).toBe(2);
  });

  test("moving between exercises keeps each draft; the verdict and hints belong to one exercise", () => {
    let s = run([type("7"), { type: "check" }, { type: "hint" }, { type: "go", delta: 1 }]);
    expect(s.index).toBe(1);
    expect(s.result).toBeUndefined();
    expect(s.hints).toBe(0);
    s = run([{ type: "go", delta: -1 }], s);
    expect(answerOf(s).K).toEqual([[7, 0], [0, 0]]);
    expect(run([{ type: "go", delta: -1 }]).index).toBe(0);
  });

  test("reset puts the start answer back", () => {
    const s = run([type("7"), move(0, 1), { type: "resetAnswer" }]);
    expect(answerOf(s)).toEqual(gridExercise.start);
  });

  test("a throwing exercise becomes a notice", () => {
    const broken = { ...gridExercise, check: () => { throw new Error("checker broke"); } };
    const s = run([{ type: "check" }], openExercises([broken]));
    expect(s.notice).toEqual({ kind: "error", message: "checker broke" });
  });
});
