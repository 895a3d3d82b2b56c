// Solving a lesson's exercises in the lab: one editor per exercise (the lessons' editor, over
// the answer's fields: a number is a 1×1 grid, a vector one row), the verdict of the last
// check, and how many hints are shown. Checking is the exercise's own (the engine computes);
// this stays pure.
import type { Answer, AnswerField, AnswerValue, CheckResult, Exercise } from "../../../lessons/exercises.ts";
import { commitBuffer, editorReducer, startEditor, type EditorAction, type EditorState } from "./editor.ts";
import type { Notice } from "./notice.ts";

export interface ExerciseState {
  /** The lesson's exercises, in order, and the one on screen. */
  list: readonly Exercise[];
  index: number;
  /** Exercise id → the editor over its answer's fields (the drafts, kept while the learner moves between exercises). */
  editors: Readonly<Record<string, EditorState>>;
  /** The last check of the exercise on screen. */
  result?: CheckResult;
  hints: number;
  /** Pages the task and hints are scrolled (negative from the end: a new hint shows it). */
  scroll: number;
  notice?: Notice;
  /** Bumped on every check, with what was checked (the app reports attempts from it). */
  checks: number;
  lastCheck?: { id: string; pass: boolean; malformed: boolean };
}

export type ExerciseAction =
  | { type: "editor"; action: EditorAction }
  | { type: "check" }
  | { type: "hint" }
  | { type: "go"; delta: number }
  | { type: "resetAnswer" }
  | { type: "scroll"; delta: 1 | -1 };

export function toGrid(field: AnswerField, value: AnswerValue | undefined): number[][] {
  if (field.kind === "matrix") return Array.isArray(value) && Array.isArray(value[0]) ? (value as number[][]).map((r) => [...r]) : Array.from({ length: field.rows }, () => Array(field.cols).fill(0));
  if (field.kind === "vector") return [Array.isArray(value) ? [...(value as number[])] : Array(field.length).fill(0)];
  return [[typeof value === "number" ? value : 0]];
}

export function fromGrid(field: AnswerField, grid: number[][]): AnswerValue {
  if (field.kind === "matrix") return grid;
  if (field.kind === "vector") return grid[0] ?? [];
  return grid[0]?.[0] ?? 0;
}

/** The editor over an exercise's start answer, one grid per field. */
const startAnswer = (e: Exercise, field?: string): EditorState => startEditor(e.fields.map((f) => ({ id: f.id, values: toGrid(f, e.start[f.id]) })), field);

export function openExercises(list: readonly Exercise[], index = 0): ExerciseState {
  const editors = Object.fromEntries(list.map((e) => [e.id, startAnswer(e)]));
  return { list, index, editors, hints: 0, scroll: 0, checks: 0 };
}

export const currentExercise = (s: ExerciseState): Exercise => s.list[s.index]!;

/** The editor of the exercise on screen. */
export const currentEditor = (s: ExerciseState): EditorState => s.editors[currentExercise(s).id] ?? startAnswer(currentExercise(s));

const withEditor = (s: ExerciseState, editor: EditorState): ExerciseState => ({ ...s, editors: { ...s.editors, [currentExercise(s).id]: editor } });

export function answerOf(s: ExerciseState): Answer {
  const { drafts } = currentEditor(s);
  return Object.fromEntries(currentExercise(s).fields.map((f) => [f.id, fromGrid(f, drafts[f.id] ?? toGrid(f, undefined))]));
}

function reduce(s: ExerciseState, action: ExerciseAction): ExerciseState {
  switch (action.type) {
    case "editor": {
      const out = editorReducer(currentEditor(s), action.action);
      return { ...withEditor(s, out.state), notice: out.notice };
    }
    case "check": {
      const committed = commitBuffer(currentEditor(s));
      const saved = withEditor(s, committed.state);
      if (committed.notice) return { ...saved, notice: committed.notice };
      const e = currentExercise(s);
      const result = e.check(answerOf(saved));
      return {
        ...saved,
        result,
        notice: undefined,
        checks: s.checks + 1,
        lastCheck: { id: e.id, pass: result.pass, malformed: result.malformed === true },
      };
    }
    case "hint": {
      const hints = currentExercise(s).text("en").hints.length;
      // the newest hint in view: the text's last page
      return { ...s, hints: Math.min(hints, s.hints + 1), scroll: -1 };
    }
    case "scroll": {
      // from the last page (-1) on down starts over at the top, as the lesson's text does
      return { ...s, scroll: s.scroll === -1 && action.delta === 1 ? 0 : s.scroll + action.delta };
    }
    case "go": {
      const index = Math.max(0, Math.min(s.list.length - 1, s.index + action.delta));
      if (index === s.index) return s;
      // What was typed stays in the draft when it is a number (a bad entry is dropped).
      const saved = withEditor(s, commitBuffer(currentEditor(s)).state);
      return { ...saved, index, result: undefined, hints: 0, scroll: 0, notice: undefined };
    }
    case "resetAnswer": {
      const e = currentExercise(s);
      return { ...withEditor(s, startAnswer(e, currentEditor(s).matrix)), result: undefined, notice: undefined };
    }
  }
}

/** Never throws: a failing exercise becomes a notice. */
export function exerciseReducer(s: ExerciseState, action: ExerciseAction): ExerciseState {
  try {
    return reduce(s, action);
  } catch (error) {
    return { ...s, notice: { kind: "error", message: error instanceof Error ? error.message : String(error) } };
  }
}
