// corr2d (the notebook's 2-D cross-correlation) and conv2d (batched, multi-channel, with
// stride and padding). Both check shapes in a learner's words, run the loops of
// conv-forward.ts and conv-backward.ts, and record one graph node whose backward is those loops too.
import { NDArray } from "./ndarray.ts";
import { recordOp, isTracked } from "./autograd.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { wholePair, type Pair } from "./pair.ts";
import type { ConvGeometry } from "./conv-forward.ts";
import { convForward } from "./conv-forward.ts";
import { convBackwardInput, convBackwardWeight, convBackwardBias } from "./conv-backward.ts";

export type { Pair } from "./pair.ts";

export interface Conv2dOptions {
  /** One number per output channel (shape [O]). */
  bias?: NDArray | null;
  stride?: Pair;
  pad?: Pair;
}

function geometry(op: string, xs: readonly number[], ws: readonly number[], stride: Pair, pad: Pair): ConvGeometry {
  const [SH, SW] = wholePair(op, "stride", stride, 1);
  const [PH, PW] = wholePair(op, "padding", pad, 0);
  const [N, C, H, W] = xs as [number, number, number, number];
  const [O, , KH, KW] = ws as [number, number, number, number];
  if (KH > H + 2 * PH || KW > W + 2 * PW) {
    const padded = PH || PW ? ` (padded ${H + 2 * PH}×${W + 2 * PW})` : "";
    throw new ShapeError(`${op}: kernel ${KH}×${KW} does not fit in input ${H}×${W}${padded}`);
  }
  const OH = Math.floor((H + 2 * PH - KH) / SH) + 1;
  const OW = Math.floor((W + 2 * PW - KW) / SW) + 1;
  return { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW };
}

/** The notebook's corr2d: slide K over X (both 2-D), no padding, stride 1. */
export function corr2d(X: NDArray, K: NDArray): NDArray {
  if (X.ndim !== 2) throw new ShapeError(`corr2d: X must be 2-D (height×width), got ${fmtShape(X.shape)}`);
  if (K.ndim !== 2) throw new ShapeError(`corr2d: kernel K must be 2-D (height×width), got ${fmtShape(K.shape)}`);
  const g = geometry("corr2d", [1, 1, ...X.shape], [1, 1, ...K.shape], 1, 0);
  const Y = new NDArray(convForward(g, X.data, K.data, null), [g.OH, g.OW]);
  // only the gradients someone needs are computed (the training data x usually needs none)
  return recordOp(Y, "corr2d", [X, K], (dY) => [
    isTracked(X) ? new NDArray(convBackwardInput(g, dY.data, K.data), X.shape) : null,
    isTracked(K) ? new NDArray(convBackwardWeight(g, dY.data, X.data), K.shape) : null,
  ]);
}

/** x: N×C×H×W, w: O×C×KH×KW, bias: [O] → N×O×OH×OW, OH = ⌊(H + 2·pad − KH) / stride⌋ + 1. */
export function conv2d(x: NDArray, w: NDArray, options: Conv2dOptions = {}): NDArray {
  const { bias = null, stride = 1, pad = 0 } = options;
  if (x.ndim !== 4) throw new ShapeError(`conv2d: input x must be 4-D (batch×channels×height×width), got ${fmtShape(x.shape)}`);
  if (w.ndim !== 4) {
    throw new ShapeError(`conv2d: weight w must be 4-D (out channels×in channels×height×width), got ${fmtShape(w.shape)}`);
  }
  if (x.shape[1] !== w.shape[1]) {
    throw new ShapeError(
      `conv2d: input has ${x.shape[1]} channels (x ${fmtShape(x.shape)}) but the weight expects ${w.shape[1]} (w ${fmtShape(w.shape)})`,
    );
  }
  if (bias && (bias.ndim !== 1 || bias.shape[0] !== w.shape[0])) {
    throw new ShapeError(`conv2d: bias ${fmtShape(bias.shape)} must hold one number per output channel (shape ${w.shape[0]})`);
  }
  const g = geometry("conv2d", x.shape, w.shape, stride, pad);
  const y = new NDArray(convForward(g, x.data, w.data, bias ? bias.data : null), [g.N, g.O, g.OH, g.OW]);
  const parents = bias ? [x, w, bias] : [x, w];
  return recordOp(y, "conv2d", parents, (dy) => [
    isTracked(x) ? new NDArray(convBackwardInput(g, dy.data, w.data), x.shape) : null,
    isTracked(w) ? new NDArray(convBackwardWeight(g, dy.data, x.data), w.shape) : null,
    bias && isTracked(bias) ? new NDArray(convBackwardBias(g, dy.data), bias.shape) : null,
  ]);
}
