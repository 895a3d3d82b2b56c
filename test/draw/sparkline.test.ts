import { describe, expect, test } from "vitest";
import { BARS, MARKS, sparkline } from "../../src/draw/sparkline.ts";

describe("sparkline", () => {
  test("empty series: empty line, no throw", () => {
    expect(sparkline([], 10)).toBe("");
  });
  test("zero width: empty line", () => {
    expect(sparkline([1, 2, 3], 0)).toBe("");
  });
  test("one point sits mid-height", () => {
    expect(sparkline([5], 10)).toBe("▄");
  });
  test("a flat series is drawn mid-height, one cell per point", () => {
    expect(sparkline([2, 2, 2, 2], 10)).toBe("▄▄▄▄");
  });
  test("rising series uses the full range", () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7], 8)).toBe(BARS);
  });
  test("NaN and ±Infinity get their own marks and the length is unchanged", () => {
    const line = sparkline([1, NaN, 2, Infinity, 3, -Infinity], 20);
    expect([...line]).toHaveLength(6);
    expect(line).toBe(`▁${MARKS.nan}▅${MARKS.posInf}█${MARKS.negInf}`);
  });
  test("all non-finite: only marks", () => {
    expect(sparkline([NaN, Infinity], 5)).toBe(`${MARKS.nan}${MARKS.posInf}`);
  });
  test("100 000 points are resampled to the width", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 5000));
    const line = sparkline(values, 40);
    expect([...line]).toHaveLength(40);
    expect([...line].every((c) => BARS.includes(c))).toBe(true);
  });
  test("resampling never averages a divergence away", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i === 5_000 ? NaN : 1));
    expect(sparkline(values, 10)).toContain(MARKS.nan);
  });
  test("log scale separates values a linear scale squashes", () => {
    const values = [1000, 100, 10, 1];
    expect(sparkline(values, 10)).toBe("█▂▁▁");
    expect(sparkline(values, 10, { log: true })).toBe("█▆▃▁");
  });
  test("log scale falls back to linear when a value is not positive", () => {
    expect(sparkline([0, 1, 2], 10, { log: true })).toBe(sparkline([0, 1, 2], 10));
  });
  test("values near the largest double do not overflow the scale", () => {
    expect(sparkline([-1.7e308, 1.7e308], 10)).toBe("▁█");
    expect(sparkline([1.7e308, 1.7e308, 1.7e308, -1.7e308], 2)).toBe("█▁");
  });
  test("the tiniest doubles still draw one cell each", () => {
    expect([...sparkline([5e-324, -0], 2)]).toHaveLength(2);
  });
});
