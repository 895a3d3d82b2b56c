// THE editor, for a lesson's editable matrices and an exercise's answer fields alike: a draft
// of every matrix (Tab moves between them and keeps each one), a cursor, and what is being
// typed into the cell. Moving keeps a valid entry in the draft; a bad entry is refused and the
// old value stays. What the drafts become is the screen's business (session.ts applies them
// to the lesson, exercise.ts checks them as an answer).
//
// Typing follows a spreadsheet: typing on a cell replaces its value (also right after Enter, so
// an exercise's next guess is typed as it is); Backspace edits the value, starting from its text
// minus its last character, and typing then goes on from there. The value's text is written in
// full (0.015, not the 3 decimals a cell shows).
import { readNumber } from "../../../lessons/kit/values.ts";
import { shortestFloat32 } from "../../../lessons/format.ts";
import type { Notice } from "./notice.ts";

/** Longest text a cell takes: every double fits ("-2.2250738585072014e-308" is 24 characters). */
export const MAX_ENTRY_LENGTH = 24;

export interface EditorState {
  /** The editable matrices' ids, in order (Tab cycles them). */
  matrices: readonly string[];
  /** A draft of every one of them, kept until the editor closes. */
  drafts: Readonly<Record<string, number[][]>>;
  /** The matrix being edited, and its cursor. */
  matrix: string;
  cursor: readonly [number, number];
  /** Text typed into the cursor's cell, not yet in the draft; undefined while the cell shows its value. */
  buffer?: string;
}

export type EditorAction =
  | { type: "move"; dr: number; dc: number }
  /** Typed or pasted text (a paste arrives whole, as one action). */
  | { type: "type"; text: string }
  | { type: "delete" }
  /** Tab: the next matrix, every draft kept (with one matrix: the next cell). */
  | { type: "switch" };

export interface EditorResult {
  state: EditorState;
  notice?: Notice;
}

/** A typed entry as a finite number, or why not. Typed text is read as the CLI reads it (lessons/kit/values.ts). */
export function parseEntry(text: string): { ok: true; value: number } | { ok: false; notice: Notice } {
  const t = text.trim();
  if (t === "") return { ok: false, notice: { kind: "empty" } };
  if ([...t].length > MAX_ENTRY_LENGTH) return { ok: false, notice: { kind: "tooLong", length: [...t].length } };
  const value = readNumber(t);
  if (typeof value !== "number") return { ok: false, notice: { kind: "notANumber", text: t } };
  if (!Number.isFinite(value)) return { ok: false, notice: { kind: "notFinite", text: t } };
  return { ok: true, value };
}

/** A value as the learner edits it: every digit it has, the fewest that read back the same (0.015, never 0.014999999). */
export const entryText = (value: number): string => String(shortestFloat32(value));

/** An editor over `grids` (copied), on the first one or on `at`. */
export function startEditor(grids: readonly { id: string; values: readonly (readonly number[])[] }[], at?: string): EditorState {
  const matrices = grids.map((g) => g.id);
  const drafts = Object.fromEntries(grids.map((g) => [g.id, g.values.map((r) => [...r])]));
  return { matrices, drafts, matrix: at ?? matrices[0] ?? "", cursor: [0, 0] };
}

/** The draft of the matrix being edited. */
export const currentDraft = (state: EditorState): number[][] => state.drafts[state.matrix] ?? [];

/** The editor on matrix `id` (kept drafts), cursor at its top-left. */
export const showMatrix = (state: EditorState, id: string): EditorState => ({ ...state, matrix: id, cursor: [0, 0], buffer: undefined });

function setCells(state: EditorState, values: readonly number[]): EditorState {
  const draft = currentDraft(state).map((row) => [...row]);
  const cols = draft[0]?.length ?? 1;
  const [r0, c0] = state.cursor;
  values.forEach((v, k) => {
    const at = r0 * cols + c0 + k;
    draft[Math.floor(at / cols)]![at % cols] = v;
  });
  const last = r0 * cols + c0 + values.length - 1;
  return { ...state, drafts: { ...state.drafts, [state.matrix]: draft }, cursor: [Math.floor(last / cols), last % cols], buffer: undefined };
}

/** Puts the typed text into the draft; refuses (old value kept) when it is not a finite number. */
export function commitBuffer(state: EditorState): EditorResult {
  if (state.buffer === undefined) return { state };
  const parsed = parseEntry(state.buffer);
  if (!parsed.ok) return { state: { ...state, buffer: undefined }, notice: parsed.notice };
  return { state: setCells(state, [parsed.value]) };
}

const SEPARATORS = /[\s,;[\]]+/u;

/**
 * A paste of several numbers ("1 2 3", "[[1, 2], [3, 4]]", a NumPy print) fills consecutive
 * cells from the cursor, row after row; all or nothing.
 */
function pasteNumbers(state: EditorState, text: string): EditorResult | undefined {
  const parts = text.split(SEPARATORS).filter((p) => p !== "");
  if (parts.length < 2) return undefined;
  const draft = currentDraft(state);
  const cols = draft[0]?.length ?? 1;
  const room = draft.length * cols - (state.cursor[0] * cols + state.cursor[1]);
  if (parts.length > room) return { state, notice: { kind: "tooManyNumbers", count: parts.length, room } };
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseEntry(part);
    if (!parsed.ok) return { state, notice: parsed.notice };
    values.push(parsed.value);
  }
  return { state: setCells(state, values) };
}

/** The text of the cursor's cell before any typing: the learner's own, or the value written in full. */
const cellText = (state: EditorState): string => state.buffer ?? entryText(currentDraft(state)[state.cursor[0]]?.[state.cursor[1]] ?? 0);

export function editorReducer(state: EditorState, action: EditorAction): EditorResult {
  switch (action.type) {
    case "type": {
      const pasted = [...action.text].length > 1 ? pasteNumbers(state, action.text.trim()) : undefined;
      if (pasted) return pasted;
      const text = (state.buffer ?? "") + action.text.replace(/[\r\n]+/gu, "");
      // Refused before it reaches the cell: a cell never grows past what any number needs.
      if ([...text].length > MAX_ENTRY_LENGTH) return { state, notice: { kind: "tooLong", length: [...text].length } };
      return { state: { ...state, buffer: text } };
    }
    case "delete":
      return { state: { ...state, buffer: [...cellText(state)].slice(0, -1).join("") } };
    case "move": {
      const committed = commitBuffer(state);
      // A refused entry keeps the cursor on its cell, so the learner retypes it there.
      if (committed.notice) return committed;
      const draft = currentDraft(state);
      const r = Math.max(0, Math.min(draft.length - 1, state.cursor[0] + action.dr));
      const c = Math.max(0, Math.min((draft[0]?.length ?? 1) - 1, state.cursor[1] + action.dc));
      return { state: { ...committed.state, cursor: [r, c] } };
    }
    case "switch": {
      const committed = commitBuffer(state);
      if (committed.notice) return committed;
      // one matrix: Tab goes on to the next cell, as in a spreadsheet (and wraps to the first)
      if (state.matrices.length <= 1) {
        const draft = currentDraft(state);
        const cols = draft[0]?.length ?? 1;
        const next = (state.cursor[0] * cols + state.cursor[1] + 1) % Math.max(1, draft.length * cols);
        return { state: { ...committed.state, cursor: [Math.floor(next / cols), next % cols] } };
      }
      const at = state.matrices.indexOf(state.matrix);
      return { state: showMatrix(committed.state, state.matrices[(at + 1) % state.matrices.length] ?? state.matrix) };
    }
  }
}
