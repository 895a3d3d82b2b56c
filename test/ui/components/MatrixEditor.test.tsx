// The editing block is drawn whole (issue 11 §2): the title line, then whole cells; a draft
// larger than its room shows a window that holds the cursor.
import { afterEach, expect, test } from "vitest";
import { MatrixEditor, editorCells, editorWindow } from "../../../src/ui/components/MatrixEditor.tsx";
import { editorReducer, startEditor, type EditorState } from "../../../src/ui/state/editor.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";
import { waitForFrame } from "../../helpers/keys.ts";

afterEach(cleanupRendered);

const image = (rows: number, cols: number): number[][] => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i * 10 + j));
const at = (s: EditorState, r: number, c: number): EditorState => editorReducer(s, { type: "move", dr: r, dc: c }).state;

test("a draft that fits is shown whole", () => {
  const s = startEditor([{ id: "X", values: image(6, 8) }]);
  expect(editorWindow(editorCells(s), s.cursor, 7, 80)).toEqual({ top: 0, bottom: 6, left: 0, right: 8 });
});

test("a draft taller than its room scrolls to the cursor's row", () => {
  const s = at(startEditor([{ id: "X", values: image(6, 8) }]), 5, 0);
  expect(editorWindow(editorCells(s), s.cursor, 4, 80)).toEqual({ top: 3, bottom: 6, left: 0, right: 8 });
  const top = startEditor([{ id: "X", values: image(6, 8) }]);
  expect(editorWindow(editorCells(top), top.cursor, 4, 80)).toMatchObject({ top: 0, bottom: 3 });
});

test("a draft wider than its room keeps whole cells around the cursor's column, a column left for each mark", () => {
  const s = at(startEditor([{ id: "X", values: image(2, 8) }]), 0, 7);
  const cells = editorCells(s);
  const w = editorWindow(cells, s.cursor, 3, 14);
  expect(w.right).toBe(8);
  const used = cells[0]!.slice(w.left, w.right).join("").length + (w.left > 0 ? 1 : 0);
  expect(used).toBeLessThanOrEqual(14);
});

test("the text being typed shows in the cursor's cell with _ where typing goes on", () => {
  const s = editorReducer(startEditor([{ id: "K", values: [[0, 1]] }]), { type: "type", text: "0.015" }).state;
  expect(editorCells(s)[0]).toEqual(["<0.015_>", " 1 "]);
});

test("drawn at its room: the title whole, then the rows around the cursor, none over the title", async () => {
  const s = at(startEditor([{ id: "X", values: image(6, 8) }]), 5, 0);
  const r = renderTerminal(<MatrixEditor editor={s} title="X (image)" lang="en" width={60} height={4} pending={["K"]} />, { columns: 80, rows: 24 });
  const f = await waitForFrame(r, (f) => f.includes("Editing"));
  const lines = f.split("\n");
  expect(lines[0]).toBe("Editing X (image) 6×8 · rows 4–6 of 6 · K changed too");
  expect(lines.slice(1)).toHaveLength(3);
  expect(lines[3]).toMatch(/^<50> 51  52/);
});
