// The judge: a plain six-loop conv2d in Float64, forward and backward. Every peer is
// compared with it before anything is timed, so a disagreement names who is wrong.
import { outShape, type ConvCase } from "./cases.ts";
import type { CaseData, TrainData } from "./data.ts";

export interface Grads {
  y: Float64Array;
  dx: Float64Array;
  dw: Float64Array;
  db: Float64Array;
}

/** y = x ⊛ w + bias, and (when dy is given) ∂x, ∂w, ∂bias for the head gradient dy. */
export function referenceConv(c: ConvCase, d: CaseData, dy?: ArrayLike<number>): Grads {
  const [n, ci, h, wd] = c.x;
  const [co, , kh, kw] = c.w;
  const [, , oh, ow] = outShape(c);
  const [sh, sw] = c.stride;
  const [ph, pw] = c.pad;
  const y = new Float64Array(n * co * oh * ow);
  const dx = new Float64Array(d.x.length);
  const dw = new Float64Array(d.w.length);
  const db = new Float64Array(co);
  for (let b = 0; b < n; b++)
    for (let o = 0; o < co; o++)
      for (let i = 0; i < oh; i++)
        for (let j = 0; j < ow; j++) {
          const yi = ((b * co + o) * oh + i) * ow + j;
          const g = dy ? dy[yi]! : 0;
          let acc = d.bias[o]!;
          db[o]! += g;
          for (let q = 0; q < ci; q++)
            for (let r = 0; r < kh; r++)
              for (let s = 0; s < kw; s++) {
                const hi = i * sh + r - ph;
                const wi = j * sw + s - pw;
                if (hi < 0 || hi >= h || wi < 0 || wi >= wd) continue;
                const xi = ((b * ci + q) * h + hi) * wd + wi;
                const wj = ((o * ci + q) * kh + r) * kw + s;
                acc += d.x[xi]! * d.w[wj]!;
                dx[xi]! += g * d.w[wj]!;
                dw[wj]! += g * d.x[xi]!;
              }
          y[yi] = acc;
        }
  return { y, dx, dw, db };
}

/** One step of the notebook's loop: l = Σ(x ⊛ w + b − y)², w ← w − lr·∂l/∂w (bias 0, not updated). */
export function referenceTrainStep(t: TrainData): { w: Float64Array; loss: number } {
  let loss = 0;
  const dw = new Float64Array(2);
  for (let i = 0; i < 6; i++)
    for (let j = 0; j < 7; j++) {
      const e = t.x[i * 8 + j]! * t.w0[0]! + t.x[i * 8 + j + 1]! * t.w0[1]! - t.y[i * 7 + j]!;
      loss += e * e;
      dw[0]! += 2 * e * t.x[i * 8 + j]!;
      dw[1]! += 2 * e * t.x[i * 8 + j + 1]!;
    }
  return { w: Float64Array.of(t.w0[0]! - t.lr * dw[0]!, t.w0[1]! - t.lr * dw[1]!), loss };
}
