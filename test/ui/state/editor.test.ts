import { describe, expect, test } from "vitest";
import { MAX_ENTRY_LENGTH, commitBuffer, currentDraft, editorReducer, entryText, parseEntry, startEditor, type EditorAction, type EditorState } from "../../../src/ui/state/editor.ts";

describe("parseEntry", () => {
  test.each([
    ["3", 3],
    ["-0.5", -0.5],
    ["+2", 2],
    [".25", 0.25],
    ["1e-3", 0.001],
    [" 7 ", 7],
    ["−1", -1], // U+2212 minus sign
    ["１２", 12], // full-width digits from a Chinese input method
  ])("%j reads as %d", (text, value) => {
    expect(parseEntry(text)).toEqual({ ok: true, value });
  });
  test.each(["abc", "1,5", "0x10", "1..2", "--1", "[1]"])("%j is not a number", (text) => {
    expect(parseEntry(text)).toMatchObject({ ok: false, notice: { kind: "notANumber" } });
  });
  test.each(["NaN", "Infinity", "-inf", "∞", "1e999"])("%j is not finite", (text) => {
    expect(parseEntry(text)).toMatchObject({ ok: false, notice: { kind: "notFinite" } });
  });
  test("empty asks for a number", () => {
    expect(parseEntry("  ")).toMatchObject({ ok: false, notice: { kind: "empty" } });
  });
});

describe("editorReducer", () => {
  const start = startEditor([
    {
      id: "K",
      values: [
        [0, 1],
        [2, 3],
      ],
    },
  ]);

  test("typing and backspace build the cell's text; pasted text arrives whole", () => {
    let s = editorReducer(start, { type: "type", text: "12" }).state;
    s = editorReducer(s, { type: "type", text: "5" }).state;
    s = editorReducer(s, { type: "delete" }).state;
    expect(s.buffer).toBe("12");
  });

  test("moving puts a valid entry into the draft and clamps at the edges", () => {
    let s = editorReducer(start, { type: "type", text: "9" }).state;
    s = editorReducer(s, { type: "move", dr: 0, dc: 1 }).state;
    expect(currentDraft(s)).toEqual([
      [9, 1],
      [2, 3],
    ]);
    expect(s.cursor).toEqual([0, 1]);
    s = editorReducer(s, { type: "move", dr: 5, dc: 5 }).state;
    expect(s.cursor).toEqual([1, 1]);
  });

  test("a refused entry keeps the old value and the cursor on its cell", () => {
    const typed = editorReducer(start, { type: "type", text: "x" }).state;
    const out = editorReducer(typed, { type: "move", dr: 0, dc: 1 });
    expect(out.notice).toEqual({ kind: "notANumber", text: "x" });
    expect(currentDraft(out.state)[0]![0]).toBe(0);
    expect(out.state.cursor).toEqual([0, 0]);
    expect(out.state.buffer).toBeUndefined();
  });

  test("the draft is a copy: the frame's values are never changed", () => {
    const values = [[1, 2]];
    const s = startEditor([{ id: "K", values }]);
    commitBuffer({ ...s, buffer: "5" });
    expect(values).toEqual([[1, 2]]);
  });
});

describe("one editor over several matrices (issue 11 §2)", () => {
  const two = startEditor([
    { id: "X", values: [[0, 1], [2, 3]] },
    { id: "K", values: [[5]] },
  ]);
  const run = (s: EditorState, actions: EditorAction[]): EditorState => actions.reduce((acc, a) => editorReducer(acc, a).state, s);

  test("Tab moves to the next matrix and keeps every draft, the one left included", () => {
    const s = run(two, [{ type: "type", text: "9" }, { type: "switch" }, { type: "type", text: "7" }, { type: "switch" }]);
    expect(s.drafts).toEqual({ X: [[9, 1], [2, 3]], K: [[7]] });
    expect(s.matrix).toBe("X");
  });

  test("with a single matrix, Tab keeps its draft and goes on to the next cell, as in a spreadsheet", () => {
    const one = startEditor([{ id: "K", values: [[0, 1]] }]);
    const s = run(one, [{ type: "move", dr: 0, dc: 1 }, { type: "type", text: "4" }, { type: "switch" }]);
    expect(currentDraft(s)).toEqual([[0, 4]]);
    expect(s.cursor).toEqual([0, 0]); // past the last cell: the first
    // output-shape's [height, width]: 3 Tab 4 fills both
    const shape = run(one, [{ type: "type", text: "3" }, { type: "switch" }, { type: "type", text: "4" }, { type: "switch" }]);
    expect(currentDraft(shape)).toEqual([[3, 4]]);
    const grid = run(startEditor([{ id: "W", values: [[0, 0], [0, 0]] }]), [{ type: "move", dr: 0, dc: 1 }, { type: "switch" }]);
    expect(grid.cursor).toEqual([1, 0]);
  });

  test("a bad entry keeps Tab on its matrix", () => {
    const out = editorReducer(run(two, [{ type: "type", text: "x" }]), { type: "switch" });
    expect(out.notice).toEqual({ kind: "notANumber", text: "x" });
    expect(out.state.matrix).toBe("X");
  });
});

describe("Backspace and typing on a value edit that value", () => {
  const lr = startEditor([{ id: "lr", values: [[0.005]] }]);
  const run = (s: EditorState, actions: EditorAction[]): EditorState => actions.reduce((acc, a) => editorReducer(acc, a).state, s);
  const type = (text: string): EditorAction => ({ type: "type", text });
  const del: EditorAction = { type: "delete" };
  /** Enter: the typed text goes into the draft and the cursor stays. */
  const enter = (s: EditorState): EditorState => commitBuffer(s).state;

  test("0.015, Enter, Backspace, 6 gives 0.016", () => {
    const s = enter(run(enter(run(lr, [type("0.015")])), [del, type("6")]));
    expect(currentDraft(s)).toEqual([[0.016]]);
  });

  test("typing replaces the value, right after Enter too (the next guess); after Backspace it goes on from the value's text", () => {
    const entered = enter(run(lr, [type("0.015")]));
    expect(run(entered, [type("0.0152")]).buffer).toBe("0.0152");
    expect(run(entered, [del, type("52")]).buffer).toBe("0.0152");
    // a cell the cursor arrives at is replaced, as in a spreadsheet
    expect(run(lr, [type("3")]).buffer).toBe("3");
  });

  test("Backspace on a value never typed starts from its text in full, not the 3 decimals shown", () => {
    const s = startEditor([{ id: "W", values: [[0.0327154, Math.fround(0.015)]] }]);
    expect(run(s, [del]).buffer).toBe("0.032715");
    expect(run(s, [{ type: "move", dr: 0, dc: 1 }, del]).buffer).toBe("0.01");
  });

  test("Backspace down to nothing leaves an empty cell, refused on Enter with the old value kept", () => {
    const s = run(startEditor([{ id: "n", values: [[7]] }]), [del]);
    expect(s.buffer).toBe("");
    expect(run(s, [del]).buffer).toBe("");
    const out = commitBuffer(s);
    expect(out.notice).toEqual({ kind: "empty" });
    expect(currentDraft(out.state)).toEqual([[7]]);
  });

  test("a value's text reads back to the same number (float32 values written short)", () => {
    for (const v of [0.015, Math.fround(0.015), 0.1 + 0.2, -0.0327, 1e-7, 123456789, -0]) {
      const text = entryText(v);
      expect(Number(text) === v || Math.fround(Number(text)) === v).toBe(true);
    }
    expect(entryText(Math.fround(0.015))).toBe("0.015");
  });
});

describe("pasting into a cell", () => {
  const k = startEditor([{ id: "K", values: [[0, 1], [2, 3]] }]);

  test("a paste longer than a cell is refused in one short notice, the cell unchanged", () => {
    const paste = "1234567890".repeat(100);
    const out = editorReducer(k, { type: "type", text: paste });
    expect(out.notice).toEqual({ kind: "tooLong", length: 1000 });
    expect(out.state).toBe(k);
  });

  test("typing past what any number needs is refused the same way", () => {
    const full = editorReducer(k, { type: "type", text: "1".repeat(MAX_ENTRY_LENGTH) }).state;
    const out = editorReducer(full, { type: "type", text: "1" });
    expect(out.notice).toEqual({ kind: "tooLong", length: MAX_ENTRY_LENGTH + 1 });
    expect(out.state.buffer).toBe(full.buffer);
  });

  test.each(["5 6 7 8", "[[5, 6], [7, 8]]", "[[5. 6.]\n [7. 8.]]", "5,6;7,8"])("%j fills consecutive cells from the cursor", (paste) => {
    const out = editorReducer(k, { type: "type", text: paste });
    expect(out.notice).toBeUndefined();
    expect(currentDraft(out.state)).toEqual([[5, 6], [7, 8]]);
    expect(out.state.cursor).toEqual([1, 1]);
  });

  test("a list is pasted whole or not at all", () => {
    const atSecond = editorReducer(k, { type: "move", dr: 0, dc: 1 }).state;
    expect(editorReducer(atSecond, { type: "type", text: "5 6 7 8" }).notice).toEqual({ kind: "tooManyNumbers", count: 4, room: 3 });
    const bad = editorReducer(k, { type: "type", text: "5 x 7" });
    expect(bad.notice).toEqual({ kind: "notANumber", text: "x" });
    expect(currentDraft(bad.state)).toEqual([[0, 1], [2, 3]]);
  });
});
