// The judge: the engine's plain six-loop conv2d (src/engine/ops/conv-plain.ts, in Float64),
// forward and backward. Every peer, the engine's fast loops included, is compared with it before
// anything is timed, so a disagreement names who is wrong. The tests hold the same loops to
// hand-computed cases.
import { conv2dPlain, conv2dPlainBackward, type ConvGeometry } from "../src/engine/ops/conv-plain.ts";
import { outShape, type ConvCase } from "./cases.ts";
import type { CaseData, TrainData } from "./data.ts";

export interface Grads {
  y: Float64Array;
  dx: Float64Array;
  dw: Float64Array;
  db: Float64Array;
}

function geometry(c: ConvCase): ConvGeometry {
  const [N, C, H, W] = c.x;
  const [O, , KH, KW] = c.w;
  const [, , OH, OW] = outShape(c);
  const [[SH, SW], [PH, PW]] = [c.stride, c.pad];
  return { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW };
}

/** y = x ⊛ w + bias, and (when dy is given) ∂x, ∂w, ∂bias for the head gradient dy. */
export function referenceConv(c: ConvCase, d: CaseData, dy?: ArrayLike<number>): Grads {
  const g = geometry(c);
  const y = conv2dPlain(g, d.x, d.w, d.bias);
  const zeros = { dx: new Float64Array(d.x.length), dw: new Float64Array(d.w.length), db: new Float64Array(g.O) };
  return { y, ...(dy ? conv2dPlainBackward(g, d.x, d.w, dy) : zeros) };
}

const NOTEBOOK: ConvCase = { name: "notebook", x: [1, 1, 6, 8], w: [1, 1, 1, 2], stride: [1, 1], pad: [0, 0] };

/** One step of the notebook's loop: l = Σ(x ⊛ w − y)², w ← w − lr·∂l/∂w (bias 0, not updated). */
export function referenceTrainStep(t: TrainData): { w: Float64Array; loss: number } {
  const g = geometry(NOTEBOOK);
  const err = conv2dPlain(g, t.x, t.w0, null).map((v, i) => v - t.y[i]);
  const loss = err.reduce((s, e) => s + e * e, 0);
  const { dw } = conv2dPlainBackward(g, t.x, t.w0, err.map((e) => 2 * e));
  return { w: Float64Array.of(t.w0[0] - t.lr * dw[0], t.w0[1] - t.lr * dw[1]), loss };
}
