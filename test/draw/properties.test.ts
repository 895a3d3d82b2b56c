// Drawing is total: any numbers, any text, any width.
import fc from "fast-check";
import stringWidth from "string-width";
import { expect, test } from "vitest";
import { drawMatrix } from "../../src/draw/matrix.ts";
import { BARS, sparkline } from "../../src/draw/sparkline.ts";
import { wrapText } from "../../src/draw/wrap.ts";

const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0));

test("a sparkline has one cell per point up to the width, each a bar or a mark, whatever the values", () => {
  fc.assert(
    fc.property(fc.array(anyNumber, { maxLength: 300 }), fc.integer({ min: 0, max: 120 }), fc.boolean(), (values, width, log) => {
      const cells = [...sparkline(values, width, { log })];
      expect(cells).toHaveLength(Math.min(values.length, width));
      for (const c of cells) expect(BARS + "×↑↓").toContain(c);
    }),
    { numRuns: 1000 },
  );
});

test("wrapped text never exceeds the width and loses no visible character", () => {
  const text = fc.array(fc.oneof(fc.constantFrom(" ", "二维", "互相关", "，", "。", "[1, −1]"), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(text, fc.integer({ min: 2, max: 100 }), (t, width) => {
      const lines = wrapText(t.replace(/[\u0000-\u001f\u007f]/g, ""), width);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(width, 2));
      expect(lines.join("").replace(/\s/g, "")).toBe(t.replace(/[\u0000-\u001f\u007f]/g, "").replace(/\s/g, ""));
    }),
  );
});

test("every row of a drawn matrix has the same width, for any values and marks", () => {
  const matrix = fc.integer({ min: 1, max: 6 }).chain((cols) => fc.array(fc.array(anyNumber, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }));
  fc.assert(
    fc.property(matrix, fc.nat(), (values, seed) => {
      const cell = (k: number): [number, number] => [k % values.length, (k >> 3) % values[0]!.length];
      const rows = drawMatrix({ id: "M", title: "M", values, window: [cell(seed)], current: [cell(seed + 1)], pending: [cell(seed + 2)] });
      const widths = rows.map((r) => r.reduce((w, c) => w + stringWidth(c.text), 0));
      expect(new Set(widths).size).toBe(1);
    }),
  );
});
