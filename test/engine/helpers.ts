// Shared by the engine tests: seeded data, the plain conv2d reference, central differences.
import { expect } from "vitest";
import { autograd, nd, NDArray, RNG } from "../../src/engine/index.ts";
import { conv2dPlain, conv2dPlainBackward, outputSize, type ConvGeometry } from "../../src/engine/ops/conv-plain.ts";

/** Seeded normal data of a shape (values away from 0 when `awayFromZero`). */
export function randn(shape: readonly number[], seed: number, awayFromZero = false): NDArray {
  const rng = new RNG(seed);
  const a = nd.zeros(shape);
  for (let i = 0; i < a.size; i++) {
    const v = rng.normal();
    a.data[i] = awayFromZero ? Math.sign(v || 1) * (0.5 + Math.abs(v)) : v;
  }
  return a;
}

/** A conv2d's sizes, without the output's (computed from the rest). */
export type Geometry = Omit<ConvGeometry, "OH" | "OW">;

export const outSize = (g: Geometry) => outputSize(g.H, g.W, g.KH, g.KW, g.SH, g.SW, g.PH, g.PW);

const withOutput = (g: Geometry): ConvGeometry => {
  const [OH, OW] = outSize(g);
  return { ...g, OH, OW };
};

const abs = (a: ArrayLike<number>) => Array.from(a, Math.abs);

/**
 * The engine's plain six-loop conv2d (src/engine/ops/conv-plain.ts), in doubles: what the fast
 * loops must equal. `bound` is Σ|terms| of each output (the same loops over |x|, |w|, |bias|):
 * how much float32 rounding error is possible there.
 */
export function plainConv2d(g: Geometry, x: ArrayLike<number>, w: ArrayLike<number>, b: ArrayLike<number> | null) {
  const y = conv2dPlain(withOutput(g), x, w, b);
  const bound = conv2dPlain(withOutput(g), abs(x), abs(w), b && abs(b));
  return { y, bound };
}

/** The plain loops' three gradients, given the head gradient dy. */
export function plainConv2dGrads(g: Geometry, x: ArrayLike<number>, w: ArrayLike<number>, dy: ArrayLike<number>) {
  return conv2dPlainBackward(withOutput(g), x, w, dy);
}

/** |a − b| ≤ atol + rtol·|b| element by element, with the first bad index in the message. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, atol = 1e-5, rtol = 1e-4): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    const [a, b] = [actual[i]!, expected[i]!];
    if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
      expect.fail(`element ${i}: got ${a}, expected ${b} (atol ${atol}, rtol ${rtol})`);
    }
  }
}

/**
 * Central finite differences. L = Σ f(inputs) · G for a fixed random G; the engine's
 * gradients (backward with head G) must match (L(x+ε) − L(x−ε)) / 2ε for every element
 * (or `maxChecks` evenly spread ones). Sums of float32 outputs are taken in doubles.
 */
export function gradcheck(
  f: (...xs: NDArray[]) => NDArray,
  inputs: NDArray[],
  { eps = 1e-2, atol = 2e-3, rtol = 2e-3, maxChecks = 64, seed = 99 } = {},
): void {
  for (const x of inputs) x.attachGrad();
  const y = autograd.record(() => f(...inputs));
  const G = randn(y.shape, seed);
  y.backward(G);
  const L = () => {
    const out = f(...inputs).data;
    let s = 0;
    for (let i = 0; i < out.length; i++) s += out[i]! * G.data[i]!;
    return s;
  };
  inputs.forEach((x, which) => {
    expect(x.grad.shape, `gradient ${which} has its input's shape`).toEqual(x.shape);
    const step = Math.max(1, Math.floor(x.size / maxChecks));
    for (let j = 0; j < x.size; j += step) {
      const orig = x.data[j]!;
      x.data[j] = orig + eps;
      const hi = x.data[j]!;
      const lp = L();
      x.data[j] = orig - eps;
      const lo = x.data[j]!;
      const lm = L();
      x.data[j] = orig;
      const numeric = (lp - lm) / (hi - lo);
      const analytic = x.grad.data[j]!;
      if (!(Math.abs(analytic - numeric) <= atol + rtol * Math.abs(numeric))) {
        expect.fail(`input ${which} element ${j}: backward gives ${analytic}, finite differences ${numeric}`);
      }
    }
  });
}
