// Properties over random inputs: the lessons' numbers agree with plain arithmetic, and the
// divergence verdict agrees with the stability limit the lesson itself states.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossCorrelation } from "../../lessons/01-cross-correlation/index.ts";
import { learnKernel } from "../../lessons/03-learn-kernel/index.ts";
import { readMatrix } from "../../lessons/kit/values.ts";
import { walk } from "./helpers.ts";

const small = fc.integer({ min: -9, max: 9 });
const matrixOf = (rows: number, cols: number) => fc.array(fc.array(small, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const inputAndKernel = fc
  .record({ H: fc.integer({ min: 1, max: 6 }), W: fc.integer({ min: 1, max: 6 }) })
  .chain(({ H, W }) =>
    fc.record({ h: fc.integer({ min: 1, max: H }), w: fc.integer({ min: 1, max: W }) }).chain(({ h, w }) =>
      fc.record({ x: matrixOf(H, W), k: matrixOf(h, w) }),
    ),
  );

describe("cross-correlation on random inputs", () => {
  it("each cell step's value is the sum of products of its window and K, and the last step's Y agrees", () => {
    fc.assert(
      fc.property(inputAndKernel, ({ x, k }) => {
        const frames = walk(crossCorrelation, { x: JSON.stringify(x), k: JSON.stringify(k) });
        const cells = frames.filter((f) => f.record.kind === "cell");
        const y = frames.at(-1)!.record.y as number[][];
        expect(cells).toHaveLength((x.length - k.length + 1) * (x[0]!.length - k[0]!.length + 1));
        for (const f of cells) {
          const { i, j, value } = f.record as { i: number; j: number; value: number };
          let sum = 0;
          k.forEach((row, a) => row.forEach((kv, b) => (sum += x[i + a]![j + b]! * kv)));
          expect(value).toBe(sum); // small integers: exact in 32-bit floats
          expect(y[i]![j]).toBe(sum);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("readMatrix on random matrices", () => {
  it("accepts any rectangular finite matrix, as JSON text or as arrays, unchanged", () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true }); // entries are kept within ±1e6
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (r, c) => {
        fc.assert(
          fc.property(fc.array(fc.array(finite, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }), (m) => {
            const clean = m.map((row) => row.map((v) => (Object.is(v, -0) ? 0 : v))); // JSON has no -0
            expect(readMatrix(clean, {}, "X")).toEqual({ ok: true, value: clean });
            expect(readMatrix(JSON.stringify(clean), {}, "X")).toEqual({ ok: true, value: clean });
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 20 },
    );
  });
});

describe("learn-kernel: the divergence verdict follows the stated stability limit", () => {
  it("below 2/λ_max (by 5% or more) the seed preset never diverges in 300 iterations", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.95 * (2 / 132), noNaN: true }), fc.integer({ min: 0, max: 1000 }), (lr, seed) => {
        const summary = learnKernel.summarize(learnKernel.init({ lr, seed, epochs: 300 }));
        expect(summary.diverged).toBe(false);
        expect(summary.epochsRun).toBe(300);
      }),
      { numRuns: 15 },
    );
  });

  it("above it (by 5% or more) every start diverges within 1000 iterations", () => {
    fc.assert(
      fc.property(fc.double({ min: 1.05 * (2 / 132), max: 0.5, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (lr, seed) => {
        const summary = learnKernel.summarize(learnKernel.init({ lr, seed, epochs: 1000 }));
        expect(summary.diverged).toBe(true);
        expect(summary.lrLimit).toBeCloseTo(2 / 132, 6);
      }),
      { numRuns: 15 },
    );
  });
});
