import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bandTitleLines, halfBlocks, MARK_CHARS, pictureBandHeight, pictureBox, pictureCells, pictureLayout, pictureTitle, renderPicture, scaleMarks, scalePicture, scaledSize, shadeOf, shadeRows, SHADES } from "../../src/draw/picture.ts";

describe("half blocks", () => {
  test("two pixel rows per text row; an odd last row has no bottom pixel", () => {
    expect(halfBlocks([[0, 1], [0.5, 0.25], [1, 0]])).toEqual([
      [{ top: 0, bottom: 0.5 }, { top: 1, bottom: 0.25 }],
      [{ top: 1, bottom: undefined }, { top: 0, bottom: undefined }],
    ]);
  });
  test("ragged rows are padded with black, so every line is as wide as the widest row", () => {
    expect(halfBlocks([[1], [1, 1]])[0]).toEqual([{ top: 1, bottom: 1 }, { top: 0, bottom: 1 }]);
  });
  test("24-bit: the top pixel in front, the bottom one behind, reset at the end", () => {
    expect(renderPicture([[0], [1]], 3)).toEqual(["\u001b[38;2;0;0;0m\u001b[48;2;255;255;255m▀\u001b[0m"]);
  });
});

describe("shade characters (no colour: NO_COLOR, pipes)", () => {
  test("black is a space, white is @, a pair shows its mean", () => {
    expect(shadeRows([[0, 1, 0], [0, 1, 1]])).toEqual([" @="]);
  });
  test("every level maps into SHADES, darker never lighter", () => {
    const ramp = Array.from({ length: 101 }, (_, i) => i / 100);
    const line = shadeRows([ramp])[0]!;
    expect(line).toHaveLength(101);
    const idx = [...line].map((ch) => SHADES.indexOf(ch));
    expect(idx.every((k, i) => k >= 0 && (i === 0 || k >= idx[i - 1]!))).toBe(true);
    expect(idx[0]).toBe(0);
    expect(idx[100]).toBe(SHADES.length - 1);
  });
  test("level 0 has no escape codes at all", () => {
    expect(renderPicture([[0.3, 0.7], [0.9, 0.1]], 0).join("")).not.toMatch(/\u001b/);
  });
  test("NaN, ±∞ and out-of-range levels are clamped, never thrown", () => {
    expect(shadeRows([[NaN, Infinity, -Infinity, -3, 7]])).toEqual(["    @"]);
    expect(scalePicture([[NaN, 7]], 10, 10)).toEqual([[0, 1]]);
  });
});

describe("scaling to the panel", () => {
  test("never scales up", () => {
    const p = [[0, 1], [1, 0]];
    expect(scalePicture(p, 80, 40)).toEqual(p);
  });
  test("one factor for both sides: 48×32 into 24 columns is 24×16 (8 lines)", () => {
    const big = Array.from({ length: 32 }, (_, r) => Array.from({ length: 48 }, (_, c) => (r + c) % 2));
    const small = scalePicture(big, 24, 40);
    expect(small).toHaveLength(16);
    expect(small.every((row) => row.length === 24)).toBe(true);
    // a 2×2 box of a checkerboard is mid grey
    expect(small[3]![5]).toBeCloseTo(0.5);
  });
  test("the height limit counts text rows (two pixel rows each)", () => {
    expect(scaledSize({ width: 48, height: 32 }, 100, 4)).toEqual({ width: 12, height: 8 });
  });
  test("tiny and empty pictures and silly limits never throw", () => {
    expect(scalePicture([], 10, 10)).toEqual([]);
    expect(scalePicture([[]], 10, 10)).toEqual([]);
    expect(renderPicture([], 2)).toEqual([]);
    expect(shadeRows([[]])).toEqual([]);
    expect(scalePicture([[0.5]], 0, 0)).toEqual([[0.5]]);
    expect(scalePicture([[1, 1, 1]], NaN, -5)).toEqual([[1]]);
  });
  test("any picture, any limits: the result fits and every level is in 0…1", () => {
    const level = fc.oneof(fc.double({ min: -2, max: 2 }), fc.constantFrom(NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(fc.array(level, { maxLength: 30 }), { maxLength: 30 }), fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 20 }), (p, w, h) => {
        const s = scalePicture(p, w, h);
        const lines = shadeRows(s);
        expect(lines.length).toBeLessThanOrEqual(Math.max(1, h));
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.max(1, w));
        for (const v of s.flat()) expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });
});

describe("input and output together", () => {
  test("side by side when each keeps 20 columns, halves of the width", () => {
    const sizes = [{ width: 48, height: 32 }, { width: 48, height: 32 }];
    const layout = pictureLayout(sizes, 72, 20);
    expect(layout).toEqual({ side: true, width: 34, lines: 19 });
    // 48×32 into 34 columns: 34×22 pixels, 11 lines, plus the title
    expect(pictureBandHeight(sizes, layout)).toBe(12);
  });
  test("stacked when narrow, each with the whole width and half the lines", () => {
    const sizes = [{ width: 48, height: 32 }, { width: 48, height: 32 }];
    const layout = pictureLayout(sizes, 30, 20);
    expect(layout).toEqual({ side: false, width: 30, lines: 8 });
    // 30 columns: 30×20 pixels, 10 lines each, over the 8 there is room for: 8 lines = 16 pixel rows, 24 wide
    expect(pictureBandHeight(sizes, layout)).toBe(2 * (1 + 8) + 1);
    expect(pictureBandHeight(sizes, layout)).toBeLessThanOrEqual(20);
  });
  test("side by side unless stacking shows them at least 25 % larger (120×40 lab: 72 columns, 27 rows)", () => {
    const sizes = [{ width: 48, height: 32 }, { width: 48, height: 32 }];
    // side by side 34 of 48 columns (0.71); stacked 12 lines = 24 of 32 rows (0.75): not enough to stack
    expect(pictureLayout(sizes, 72, 27).side).toBe(true);
    // 60 columns, 34 rows: side by side 28 of 48 (0.58), stacked 15 lines = 30 of 32 (0.94): stacked
    expect(pictureLayout(sizes, 60, 34).side).toBe(false);
  });
  test("small pictures stay side by side in a narrow panel", () => {
    expect(pictureLayout([{ width: 5, height: 5 }, { width: 5, height: 5 }], 14, 10).side).toBe(true);
  });
  test("no pictures or no room: still a layout, at least one column and line", () => {
    expect(pictureLayout([], 0, 0)).toEqual({ side: true, width: 1, lines: 1 });
  });
});

describe("marks on a picture: the window under the kernel, the output pixel", () => {
  const flat = (h: number, w: number) => Array.from({ length: h }, () => Array<number>(w).fill(0.5));
  test("unscaled, each marked pixel is marked; the output pixel wins over the window", () => {
    const marks = scaleMarks(flat(4, 4), { window: [[0, 0], [0, 1], [1, 1]], current: [[1, 1]] }, { width: 4, height: 4 })!;
    expect(marks[0]).toEqual(["window", "window", undefined, undefined]);
    expect(marks[1]).toEqual([undefined, "current", undefined, undefined]);
    expect(scaleMarks(flat(2, 2), {}, { width: 2, height: 2 })).toBeUndefined();
  });
  test("scaled down, a shown pixel is marked when its box holds a marked one (a 3×3 window never vanishes)", () => {
    const marks = scaleMarks(flat(32, 48), { window: [[14, 22], [16, 24]] }, { width: 12, height: 8 })!;
    // rows 14 and 16 fall in boxes 3 and 4 (4 rows each), columns 22 and 24 in box 5 and 6 (4 columns each)
    expect(marks.flatMap((row, r) => row.flatMap((m, c) => (m ? [[r, c]] : [])))).toEqual([[3, 5], [4, 6]]);
  });
  test("without colour a cell holding a marked pixel shows its mark character; in colour the cell knows which half is marked", () => {
    const cells = pictureCells({ values: flat(4, 3), window: [[0, 0]], current: [[3, 2]] }, 10, 10);
    expect(cells[0]![0]).toMatchObject({ topMark: "window" });
    expect(cells[1]![2]).toMatchObject({ bottomMark: "current" });
    expect(cells.map((row) => row.map(shadeOf).join(""))).toEqual([`${MARK_CHARS.window}++`, `++${MARK_CHARS.current}`]);
  });
});

describe("picture titles are whole", () => {
  test("a title longer than the picture's room wraps at a space, never cut; the band's rows count its lines", () => {
    const view = { title: "conv2d(picture, edge) as grey levels", values: Array.from({ length: 32 }, () => Array<number>(48).fill(0)) };
    expect(pictureTitle(view, 30)).toEqual(["conv2d(picture, edge) as grey", "levels 32×48"]);
    const boxes = [pictureBox({ title: "picture", values: view.values }), pictureBox(view)];
    const layout = pictureLayout(boxes, 63, 12);
    expect(layout).toMatchObject({ side: true, width: 30, lines: 10 });
    expect(bandTitleLines(boxes, layout)).toEqual([2, 2]);
    expect(pictureBandHeight(boxes, layout)).toBe(12);
  });
});
