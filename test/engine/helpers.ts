// Shared by the engine tests: seeded data, a naive conv2d reference, central differences.
import { expect } from "vitest";
import { autograd, nd, NDArray, RNG } from "../../src/engine/index.ts";

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

export interface Geometry {
  N: number; C: number; H: number; W: number; O: number; KH: number; KW: number;
  SH: number; SW: number; PH: number; PW: number;
}

export const outSize = (g: Geometry) => [
  Math.floor((g.H + 2 * g.PH - g.KH) / g.SH) + 1,
  Math.floor((g.W + 2 * g.PW - g.KW) / g.SW) + 1,
] as const;

/** The textbook definition, one loop per index, in doubles: what conv2d must equal. */
export function naiveConv2d(g: Geometry, x: ArrayLike<number>, w: ArrayLike<number>, b: ArrayLike<number> | null) {
  const [OH, OW] = outSize(g);
  const y = new Float64Array(g.N * g.O * OH * OW);
  const bound = new Float64Array(y.length); // Σ|terms|: how much rounding error is possible
  for (let n = 0; n < g.N; n++)
    for (let o = 0; o < g.O; o++)
      for (let oh = 0; oh < OH; oh++)
        for (let ow = 0; ow < OW; ow++) {
          let s = b ? b[o]! : 0;
          let m = Math.abs(s);
          for (let c = 0; c < g.C; c++)
            for (let ki = 0; ki < g.KH; ki++)
              for (let kj = 0; kj < g.KW; kj++) {
                const ih = oh * g.SH + ki - g.PH;
                const iw = ow * g.SW + kj - g.PW;
                if (ih < 0 || ih >= g.H || iw < 0 || iw >= g.W) continue; // zero padding
                const t = w[((o * g.C + c) * g.KH + ki) * g.KW + kj]! * x[((n * g.C + c) * g.H + ih) * g.W + iw]!;
                s += t;
                m += Math.abs(t);
              }
          const at = ((n * g.O + o) * OH + oh) * OW + ow;
          y[at] = s;
          bound[at] = m;
        }
  return { y, bound };
}

/** The three gradients of the naive definition, given the head gradient dy. */
export function naiveConv2dGrads(g: Geometry, x: ArrayLike<number>, w: ArrayLike<number>, dy: ArrayLike<number>) {
  const [OH, OW] = outSize(g);
  const dx = new Float64Array(g.N * g.C * g.H * g.W);
  const dw = new Float64Array(g.O * g.C * g.KH * g.KW);
  const db = new Float64Array(g.O);
  for (let n = 0; n < g.N; n++)
    for (let o = 0; o < g.O; o++)
      for (let oh = 0; oh < OH; oh++)
        for (let ow = 0; ow < OW; ow++) {
          const d = dy[((n * g.O + o) * OH + oh) * OW + ow]!;
          db[o]! += d;
          for (let c = 0; c < g.C; c++)
            for (let ki = 0; ki < g.KH; ki++)
              for (let kj = 0; kj < g.KW; kj++) {
                const ih = oh * g.SH + ki - g.PH;
                const iw = ow * g.SW + kj - g.PW;
                if (ih < 0 || ih >= g.H || iw < 0 || iw >= g.W) continue;
                const xi = ((n * g.C + c) * g.H + ih) * g.W + iw;
                const wi = ((o * g.C + c) * g.KH + ki) * g.KW + kj;
                dx[xi]! += w[wi]! * d;
                dw[wi]! += x[xi]! * d;
              }
        }
  return { dx, dw, db };
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
