import { describe, expect, test } from "vitest";
import { drawMatrix, heatLevel } from "../../src/draw/matrix.ts";

describe("drawMatrix", () => {
  test("aligned columns; window in brackets, current in angles, pending as ·", () => {
    const rows = drawMatrix({
      id: "Y",
      title: "Y",
      values: [
        [19, 25.5],
        [-3, 43],
      ],
      window: [[0, 0]],
      current: [[0, 1]],
      pending: [[1, 1]],
    });
    expect(rows.map((r) => r.map((c) => c.text).join(""))).toEqual(["[19]<25.500>", " -3       · "]);
    expect(rows[0]!.map((c) => c.kind)).toEqual(["window", "current"]);
  });
  test("integers have no decimals; non-finite values are spelled out", () => {
    const rows = drawMatrix({ id: "A", title: "A", values: [[1, 0.25, NaN, -Infinity]] });
    expect(rows[0]!.map((c) => c.text.trim())).toEqual(["1", "0.250", "NaN", "-∞"]);
  });
  test("an empty matrix draws nothing", () => {
    expect(drawMatrix({ id: "E", title: "E", values: [] })).toEqual([]);
  });
});

describe("heatLevel", () => {
  const values = [
    [0, 5],
    [10, NaN],
  ];
  test("spreads finite values over the levels", () => {
    expect([0, 5, 10].map((v) => heatLevel(v, values, 5))).toEqual([0, 2, 4]);
  });
  test("no level for non-finite values or a flat matrix", () => {
    expect(heatLevel(NaN, values, 5)).toBeUndefined();
    expect(heatLevel(1, [[1, 1]], 5)).toBeUndefined();
  });
});
