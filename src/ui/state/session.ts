// One open lesson: its state, play mode, the matrix editor and the last notice. Pure: the
// lesson's own functions are pure, so this reducer is tested by calling it, no rendering.
import type { Frame } from "../../../lessons/frame.ts";
import type { Lesson, LessonAction } from "../../../lessons/lesson.ts";
import { commitBuffer, editorReducer, showMatrix, startEditor, type EditorAction, type EditorState } from "./editor.ts";
import type { LocalText } from "../../i18n.ts";
import type { Notice } from "./notice.ts";
import { DEFAULT_SPEED, SPEEDS } from "./play.ts";



export interface Session<S = unknown> {
  lesson: Lesson<S>;
  state: S;
  playing: boolean;
  speed: number;
  editor?: EditorState;
  notice?: Notice;
  /** How many times `s` was pressed: the next seed is derived from it (deterministic). */
  reseeds: number;
  /**
   * Where the learner is reading this step: pages scrolled down the narrative, and the page of
   * numbers shown (when they do not fit). Both go back to 0 when the step changes; the layout
   * planner clamps them to what the screen has.
   */
  scroll: number;
  page: number;
}

export type SessionAction =
  | { type: "next" }
  | { type: "back" }
  | { type: "tick" }
  | { type: "togglePlay" }
  | { type: "faster" }
  | { type: "slower" }
  | { type: "reset" }
  | { type: "scaleLr"; factor: number }
  | { type: "reseed" }
  | { type: "more" }
  | { type: "otherData" }
  | { type: "choose"; index: number }
  | { type: "editStart" }
  | { type: "editAccept" }
  | { type: "editCancel" }
  | { type: "editor"; action: EditorAction }
  | { type: "scroll"; delta: 1 | -1 }
  | { type: "page" };

/** A lesson opened at its start, or at `step` (where the learner left it) by stepping from the start; past the end is its last step. */
export function openSession<S>(lesson: Lesson<S>, step = 0): Session<S> {
  let state = lesson.init();
  for (let k = 0; k < step && !lesson.isDone(state); k++) state = lesson.next(state);
  return { lesson, state, playing: false, speed: DEFAULT_SPEED, reseeds: 0, scroll: 0, page: 0 };
}

/** The n-th new seed: a fixed, well-spread sequence, so a replay of the same keys is the same run. */
export function seedFor(n: number): number {
  return (Math.imul(n + 1, 2654435761) >>> 0) % 100_000;
}

const frameOf = <S>(s: Session<S>): Frame => s.lesson.frame(s.state, "en");

function apply<S>(s: Session<S>, action: LessonAction): Session<S> {
  const result = s.lesson.update(s.state, action);
  return result.ok ? { ...s, state: result.state, notice: undefined } : { ...s, notice: { kind: "refused", reason: result.error } };
}

function editableMatrices(frame: Frame): Frame["matrices"] {
  return frame.matrices.filter((m) => m.editable);
}

const sameValues = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean =>
  a.length === b.length && a.every((row, i) => row.length === b[i]!.length && row.every((v, j) => Object.is(v, b[i]![j])));

/** The editable matrices of `frame` whose draft differs from the lesson's values, in the lesson's order. */
export function changedDrafts(frame: Frame, editor: EditorState): { id: string; values: number[][] }[] {
  return editableMatrices(frame).flatMap((m) => {
    const draft = editor.drafts[m.id];
    return draft && !sameValues(draft, m.values) ? [{ id: m.id, values: draft }] : [];
  });
}

/**
 * Every changed draft, in the lesson's order, through its `edit` action. All or nothing: each
 * edit builds on the state the previous one returned (the lesson is pure), and only the last
 * is kept; a refusal names the matrix it refused.
 */
function applyDrafts<S>(s: Session<S>, editor: EditorState): { ok: true; state: S } | { ok: false; matrix: string; reason: LocalText } {
  let state = s.state;
  for (const { id, values } of changedDrafts(frameOf(s), editor)) {
    const result = s.lesson.update(state, { type: "edit", matrix: id, values });
    if (!result.ok) return { ok: false, matrix: id, reason: result.error };
    state = result.state;
  }
  return { ok: true, state };
}

function reduce<S>(s: Session<S>, action: SessionAction): Session<S> {
  const quiet = { ...s, notice: undefined };
  switch (action.type) {
    case "next":
      return { ...quiet, state: s.lesson.next(s.state) };
    case "back":
      return { ...quiet, state: s.lesson.back(s.state) };
    case "tick": {
      // Play stops on the last step instead of spinning on it.
      if (s.lesson.isDone(s.state)) return { ...s, playing: false };
      const state = s.lesson.next(s.state);
      return { ...s, state, playing: !s.lesson.isDone(state) };
    }
    case "togglePlay":
      // Play from the last step starts over, like a media player.
      if (!s.playing && s.lesson.isDone(s.state)) return { ...apply(s, { type: "reset" }), playing: true };
      return { ...quiet, playing: !s.playing };
    case "faster":
    case "slower": {
      const speed = Math.max(0, Math.min(SPEEDS.length - 1, s.speed + (action.type === "faster" ? 1 : -1)));
      return { ...s, speed, notice: { kind: "speed", speed: SPEEDS[speed]! } };
    }
    case "reset":
      return { ...apply(s, { type: "reset" }), playing: false };
    case "scaleLr":
      return apply(s, { type: "scaleLr", factor: action.factor });
    case "more":
    case "otherData":
      return apply(s, { type: action.type });
    case "choose":
      return apply(s, { type: "choose", index: action.index });
    case "reseed": {
      const seed = seedFor(s.reseeds);
      const next = apply({ ...s, reseeds: s.reseeds + 1 }, { type: "reseed", seed });
      return next.notice ? next : { ...next, notice: { kind: "seed", seed } };
    }
    case "editStart": {
      const editable = editableMatrices(frameOf(s));
      if (editable.length === 0) return { ...s, notice: { kind: "nothingToEdit" } };
      return { ...quiet, playing: false, editor: startEditor(editable) };
    }
    case "editCancel":
      return { ...quiet, editor: undefined };
    case "editAccept": {
      if (!s.editor) return s;
      const committed = commitBuffer(s.editor);
      if (committed.notice) return { ...s, editor: committed.state, notice: committed.notice };
      const applied = applyDrafts(s, committed.state);
      // The lesson may refuse a matrix (e.g. a kernel larger than the input): nothing is
      // applied, and the editor stays open on that matrix with every draft.
      if (!applied.ok) {
        const editor = applied.matrix === committed.state.matrix ? committed.state : showMatrix(committed.state, applied.matrix);
        return { ...s, editor, notice: { kind: "refused", reason: applied.reason } };
      }
      return { ...s, state: applied.state, editor: undefined, notice: undefined };
    }
    case "editor": {
      if (!s.editor) return s;
      const out = editorReducer(s.editor, action.action);
      return { ...s, editor: out.state, notice: out.notice };
    }
    case "scroll":
      return { ...s, scroll: Math.max(0, s.scroll + action.delta) };
    case "page":
      return { ...s, page: s.page + 1 };
  }
}

/** Never throws: a lesson bug becomes a notice, and the old state stays. */
export function sessionReducer<S>(s: Session<S>, action: SessionAction): Session<S> {
  try {
    const next = reduce(s, action);
    // a new step (or a new run) is read from its top
    return next.state === s.state ? next : { ...next, scroll: 0, page: 0 };
  } catch (error) {
    return { ...s, playing: false, notice: { kind: "error", message: error instanceof Error ? error.message : String(error) } };
  }
}
