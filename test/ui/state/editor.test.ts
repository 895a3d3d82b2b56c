import { describe, expect, test } from "vitest";
import { commitBuffer, editorReducer, parseEntry, startEditor } from "../../../src/ui/state/editor.ts";

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
  const start = startEditor(["K"], "K", [
    [0, 1],
    [2, 3],
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
    expect(s.draft).toEqual([
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
    expect(out.state.draft[0]![0]).toBe(0);
    expect(out.state.cursor).toEqual([0, 0]);
    expect(out.state.buffer).toBe("");
  });

  test("the draft is a copy: the frame's values are never changed", () => {
    const values = [[1, 2]];
    const s = startEditor(["K"], "K", values);
    commitBuffer({ ...s, buffer: "5" });
    expect(values).toEqual([[1, 2]]);
  });
});
