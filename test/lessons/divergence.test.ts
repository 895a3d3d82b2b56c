// The divergence rule on hand-made loss series.
import { describe, expect, it } from "vitest";
import { divergence, GROWTH, NOISE, RISES } from "../../lessons/notebook/divergence.ts";

describe("divergence", () => {
  it("no verdict for falling losses, or too few points", () => {
    expect(divergence([])).toBeNull();
    expect(divergence([5, 4, 3, 2, 1])).toBeNull();
    expect(divergence([1, 2, 4, 8, 16])).toBeNull(); // only 4 rises
  });

  it(`${RISES} rises in a row to ${GROWTH}× the lowest loss: growing, at that iteration`, () => {
    expect(divergence([1, 2, 4, 8, 16, 32])).toEqual({ kind: "growing", at: 6, lowestAt: 1 });
    expect(divergence([9, 1, 2, 3, 4, 5, 10])).toEqual({ kind: "growing", at: 7, lowestAt: 2 });
  });

  it(`rises that stay below ${GROWTH}× the lowest loss are not (yet) divergence`, () => {
    expect(divergence([9, 1, 2, 3, 4, 5, 6])).toBeNull();
  });

  it("a plateau or a dip breaks the run of rises", () => {
    expect(divergence([1, 2, 4, 4, 8, 16, 32])).toBeNull();
    expect(divergence([1, 2, 4, 3, 8, 16, 32])).toBeNull();
  });

  it(`rounding noise below ${NOISE} is never divergence`, () => {
    expect(divergence([1e-14, 2e-14, 4e-14, 8e-14, 1.6e-13, 3.2e-13])).toBeNull();
  });

  it("a non-finite loss is divergence at once", () => {
    expect(divergence([3, 2, Infinity])).toEqual({ kind: "nonfinite", at: 3, lowestAt: 2 });
    expect(divergence([NaN])).toEqual({ kind: "nonfinite", at: 1, lowestAt: 1 });
  });
});
