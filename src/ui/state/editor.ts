// Editing one matrix of a lesson: a draft, a cursor and what has been typed into the cell.
// Moving the cursor keeps a valid entry in the draft; a bad entry is refused and the old
// value stays. The draft only reaches the lesson on accept (see session.ts).
import { readNumber } from "../../../lessons/kit/values.ts";
import type { Notice } from "./notice.ts";

export interface EditorState {
  /** Ids of the frame's editable matrices (Tab cycles them). */
  matrices: readonly string[];
  /** The matrix being edited, and its draft values. */
  matrix: string;
  draft: number[][];
  cursor: readonly [number, number];
  /** Text typed into the cell under the cursor, not yet in the draft. */
  buffer: string;
}

export type EditorAction =
  | { type: "move"; dr: number; dc: number }
  | { type: "type"; text: string }
  | { type: "delete" };

/** A typed entry as a finite number, or why not. Typed text is read as the CLI reads it (lessons/kit/values.ts). */
export function parseEntry(text: string): { ok: true; value: number } | { ok: false; notice: Notice } {
  const t = text.trim();
  if (t === "") return { ok: false, notice: { kind: "empty" } };
  const value = readNumber(t);
  if (typeof value !== "number") return { ok: false, notice: { kind: "notANumber", text: t } };
  if (!Number.isFinite(value)) return { ok: false, notice: { kind: "notFinite", text: t } };
  return { ok: true, value };
}

export function startEditor(matrices: readonly string[], matrix: string, values: readonly (readonly number[])[]): EditorState {
  return { matrices, matrix, draft: values.map((r) => [...r]), cursor: [0, 0], buffer: "" };
}

/** Puts a non-empty buffer into the draft; refuses (old value kept) when it is not a finite number. */
export function commitBuffer(state: EditorState): { state: EditorState; notice?: Notice } {
  if (state.buffer === "") return { state };
  const parsed = parseEntry(state.buffer);
  if (!parsed.ok) return { state: { ...state, buffer: "" }, notice: parsed.notice };
  const [r, c] = state.cursor;
  const draft = state.draft.map((row, i) => (i === r ? row.map((v, j) => (j === c ? parsed.value : v)) : row));
  return { state: { ...state, draft, buffer: "" } };
}

export function editorReducer(state: EditorState, action: EditorAction): { state: EditorState; notice?: Notice } {
  switch (action.type) {
    case "type":
      return { state: { ...state, buffer: state.buffer + action.text } };
    case "delete":
      return { state: { ...state, buffer: state.buffer.slice(0, -1) } };
    case "move": {
      const committed = commitBuffer(state);
      // A refused entry keeps the cursor on its cell, so the learner retypes it there.
      if (committed.notice) return committed;
      const rows = state.draft.length;
      const cols = state.draft[0]?.length ?? 0;
      const r = Math.max(0, Math.min(rows - 1, state.cursor[0] + action.dr));
      const c = Math.max(0, Math.min(cols - 1, state.cursor[1] + action.dc));
      return { state: { ...committed.state, cursor: [r, c] }, notice: committed.notice };
    }
  }
}
