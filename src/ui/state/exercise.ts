// Solving a lesson's exercises in the lab: one draft answer per exercise (each field edited
// as a grid: a number is 1×1, a vector one row), the verdict of the last check, and how many
// hints are shown. Checking is the exercise's own (the engine computes); this stays pure.
import type { Answer, AnswerField, AnswerValue, CheckResult, Exercise } from "../../../lessons/exercises.ts";
import { commitBuffer, editorReducer, startEditor, type EditorAction, type EditorState } from "./editor.ts";
import type { Notice } from "./notice.ts";

export interface ExerciseState {
  /** The lesson's exercises, in order, and the one on screen. */
  list: readonly Exercise[];
  index: number;
  /** Exercise id → field id → grid. */
  drafts: Readonly<Record<string, Readonly<Record<string, number[][]>>>>;
  /** Index of the field being edited, and its editor. */
  field: number;
  editor: EditorState;
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
  | { type: "nextField" }
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

const startDraft = (e: Exercise): Record<string, number[][]> => Object.fromEntries(e.fields.map((f) => [f.id, toGrid(f, e.start[f.id])]));

function editorFor(e: Exercise, draft: Readonly<Record<string, number[][]>>, field: number): EditorState {
  const f = e.fields[field]!;
  return startEditor(
    e.fields.map((x) => x.id),
    f.id,
    draft[f.id] ?? toGrid(f, undefined),
  );
}

export function openExercises(list: readonly Exercise[], index = 0): ExerciseState {
  const drafts = Object.fromEntries(list.map((e) => [e.id, startDraft(e)]));
  const e = list[index]!;
  return { list, index, drafts, field: 0, editor: editorFor(e, drafts[e.id]!, 0), hints: 0, scroll: 0, checks: 0 };
}

export const currentExercise = (s: ExerciseState): Exercise => s.list[s.index]!;

/** The drafts with the editor's grid (and a committed buffer) written back. */
function saveEditor(s: ExerciseState): { state: ExerciseState; notice?: Notice } {
  const committed = commitBuffer(s.editor);
  if (committed.notice) return { state: { ...s, editor: committed.state }, notice: committed.notice };
  const e = currentExercise(s);
  const drafts = { ...s.drafts, [e.id]: { ...s.drafts[e.id], [committed.state.matrix]: committed.state.draft } };
  return { state: { ...s, editor: committed.state, drafts } };
}

export function answerOf(s: ExerciseState): Answer {
  const e = currentExercise(s);
  const draft = s.drafts[e.id] ?? {};
  return Object.fromEntries(e.fields.map((f) => [f.id, fromGrid(f, draft[f.id] ?? toGrid(f, undefined))]));
}

function reduce(s: ExerciseState, action: ExerciseAction): ExerciseState {
  switch (action.type) {
    case "editor": {
      const out = editorReducer(s.editor, action.action);
      return { ...s, editor: out.state, notice: out.notice };
    }
    case "nextField": {
      const saved = saveEditor(s);
      if (saved.notice) return { ...saved.state, notice: saved.notice };
      const e = currentExercise(s);
      const field = (s.field + 1) % e.fields.length;
      return { ...saved.state, field, editor: editorFor(e, saved.state.drafts[e.id]!, field), notice: undefined };
    }
    case "check": {
      const saved = saveEditor(s);
      if (saved.notice) return { ...saved.state, notice: saved.notice };
      const e = currentExercise(s);
      const result = e.check(answerOf(saved.state));
      return {
        ...saved.state,
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
      const saved = saveEditor(s).state;
      const e = s.list[index]!;
      return { ...saved, index, field: 0, editor: editorFor(e, saved.drafts[e.id]!, 0), result: undefined, hints: 0, scroll: 0, notice: undefined };
    }
    case "resetAnswer": {
      const e = currentExercise(s);
      const drafts = { ...s.drafts, [e.id]: startDraft(e) };
      return { ...s, drafts, editor: editorFor(e, drafts[e.id]!, s.field), result: undefined, notice: undefined };
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
