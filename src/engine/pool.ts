// Pooling: the book's pool2d (2-D, stride 1, no padding) and maxPool2d / avgPool2d over
// N×C×H×W with padding and stride, each channel on its own (as Gluon's MaxPool2D).
// Conventions (those of MXNet and PyTorch): the stride defaults to the window size;
// max pooling never picks a padding cell; average pooling divides by the whole window,
// padding cells included (count_include_pad); the output size rounds down. Padding may be
// anything below the window size in each axis, as MXNet allows (PyTorch stops at half the
// window): MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)) runs as the MXNet notebook's.
import { NDArray } from "./ndarray.ts";
import { recordOp, isRecording, isTracked } from "./autograd.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { wholePair, type Pair } from "./pair.ts";

export type PoolMode = "max" | "avg";

export interface PoolOptions {
  /** Window size [height, width]. */
  size: Pair;
  /** Default: the window size (windows do not overlap). */
  stride?: Pair;
  /** Default 0; less than the window size in each axis, so every window holds an input cell. */
  pad?: Pair;
}

interface PoolGeometry {
  planes: number; H: number; W: number; KH: number; KW: number;
  SH: number; SW: number; PH: number; PW: number; OH: number; OW: number;
}

function geometry(op: string, x: NDArray, o: PoolOptions): PoolGeometry {
  const [KH, KW] = wholePair(op, "window size", o.size, 1);
  const [SH, SW] = wholePair(op, "stride", o.stride ?? o.size, 1);
  const [PH, PW] = wholePair(op, "padding", o.pad ?? 0, 0);
  const H = x.shape[x.ndim - 2]!;
  const W = x.shape[x.ndim - 1]!;
  if (PH >= KH || PW >= KW) {
    throw new ShapeError(`${op}: padding ${PH}×${PW} is not smaller than the window ${KH}×${KW}; a window could hold only padding`);
  }
  if (KH > H + 2 * PH || KW > W + 2 * PW) {
    const padded = PH || PW ? ` (padded ${H + 2 * PH}×${W + 2 * PW})` : "";
    throw new ShapeError(`${op}: window ${KH}×${KW} does not fit in input ${H}×${W}${padded}`);
  }
  const OH = Math.floor((H + 2 * PH - KH) / SH) + 1;
  const OW = Math.floor((W + 2 * PW - KW) / SW) + 1;
  return { planes: x.size / (H * W), H, W, KH, KW, SH, SW, PH, PW, OH, OW };
}

// A window whose top row is `top` covers input rows max(0, top) … min(H, top + KH) − 1: the
// padding cut away (likewise for columns). None is empty when PH < KH (checked): every top lies
// in −PH … H + PH − KH (as (OH − 1)·SH ≤ H + 2·PH − KH), so each window ends at row ≥ KH − 1 − PH ≥ 0
// and starts at row ≤ H + PH − KH < H. Every window therefore holds at least one input cell.
// Written out in each loop: a helper returning a pair would allocate per window.

/**
 * The largest of every window, and with `from` the input position of each winner (the first
 * largest, as PyTorch): all the backward needs. Padding < window (checked) means every
 * window holds at least one input cell, so the first of them is a real start.
 */
function maxForward(g: PoolGeometry, x: Float32Array, y: Float32Array, from: Int32Array | null): void {
  const { H, W, KH, KW, SH, SW, PH, PW, OH, OW } = g;
  let o = 0;
  for (let p = 0; p < g.planes; p++) {
    const base = p * H * W;
    for (let oh = 0; oh < OH; oh++) {
      const top = oh * SH - PH;
      const r0 = Math.max(0, top);
      const r1 = Math.min(H, top + KH);
      for (let ow = 0; ow < OW; ow++, o++) {
        const left = ow * SW - PW;
        const c0 = Math.max(0, left);
        const c1 = Math.min(W, left + KW);
        let at = base + r0 * W + c0;
        let best = x[at]!;
        for (let r = r0; r < r1; r++) {
          for (let i = base + r * W + c0, end = base + r * W + c1; i < end; i++) {
            const v = x[i]!;
            // NaN wins, so a diverged input shows in the output as IEEE says
            if (v > best || (v !== v && best === best)) {
              best = v;
              at = i;
            }
          }
        }
        y[o] = best;
        if (from) from[o] = at;
      }
    }
  }
}

/** The mean of every window, padding cells counted as zeros (count_include_pad). */
function avgForward(g: PoolGeometry, x: Float32Array, y: Float32Array): void {
  const { H, W, KH, KW, SH, SW, PH, PW, OH, OW } = g;
  const area = KH * KW;
  let o = 0;
  for (let p = 0; p < g.planes; p++) {
    const base = p * H * W;
    for (let oh = 0; oh < OH; oh++) {
      const top = oh * SH - PH;
      const r0 = Math.max(0, top);
      const r1 = Math.min(H, top + KH);
      for (let ow = 0; ow < OW; ow++, o++) {
        const left = ow * SW - PW;
        const c0 = Math.max(0, left);
        const c1 = Math.min(W, left + KW);
        let sum = 0;
        for (let r = r0; r < r1; r++) for (let i = base + r * W + c0, end = base + r * W + c1; i < end; i++) sum += x[i]!;
        y[o] = sum / area;
      }
    }
  }
}

/** Max: the gradient goes to each window's winner. Avg: spread evenly over the window's input cells. */
function backward(g: PoolGeometry, dy: Float32Array, from: Int32Array | null, mode: PoolMode): Float32Array {
  const dx = new Float32Array(g.planes * g.H * g.W);
  if (from) {
    for (let o = 0; o < dy.length; o++) dx[from[o]!]! += dy[o]!;
    return dx;
  }
  const area = g.KH * g.KW;
  let o = 0;
  for (let p = 0; p < g.planes; p++) {
    const base = p * g.H * g.W;
    for (let oh = 0; oh < g.OH; oh++) {
      const top = oh * g.SH - g.PH;
      const r0 = Math.max(0, top);
      const r1 = Math.min(g.H, top + g.KH);
      for (let ow = 0; ow < g.OW; ow++, o++) {
        const left = ow * g.SW - g.PW;
        const c0 = Math.max(0, left);
        const c1 = Math.min(g.W, left + g.KW);
        const share = dy[o]! / area;
        for (let r = r0; r < r1; r++) for (let c = base + r * g.W + c0, end = base + r * g.W + c1; c < end; c++) dx[c]! += share;
      }
    }
  }
  return dx;
}

function pool(op: string, x: NDArray, mode: PoolMode, options: PoolOptions, outLead: readonly number[]): NDArray {
  const g = geometry(op, x, options);
  const y = new Float32Array(g.planes * g.OH * g.OW);
  // the winners are remembered only when a backward pass may need them
  const from = mode === "max" && isRecording() && isTracked(x) ? new Int32Array(y.length) : null;
  if (mode === "max") maxForward(g, x.data, y, from);
  else avgForward(g, x.data, y);
  return recordOp(new NDArray(y, [...outLead, g.OH, g.OW]), op, [x], (dy) => [
    new NDArray(backward(g, dy.data, from, mode), x.shape),
  ]);
}

/** The book's pool2d: a poolSize window slid over the 2-D X with stride 1, no padding. */
export function pool2d(X: NDArray, poolSize: Pair, mode: PoolMode = "max"): NDArray {
  if (X.ndim !== 2) throw new ShapeError(`pool2d: X must be 2-D (height×width), got ${fmtShape(X.shape)}`);
  if (mode !== "max" && mode !== "avg") throw new ShapeError(`pool2d: mode must be "max" or "avg", got ${JSON.stringify(mode)}`);
  return pool("pool2d", X, mode, { size: poolSize, stride: 1 }, []);
}

function check4d(op: string, x: NDArray): void {
  if (x.ndim !== 4) throw new ShapeError(`${op}: input x must be 4-D (batch×channels×height×width), got ${fmtShape(x.shape)}`);
}

/** x: N×C×H×W → N×C×OH×OW, OH = ⌊(H + 2·pad − size) / stride⌋ + 1; the largest of each window. */
export function maxPool2d(x: NDArray, options: PoolOptions): NDArray {
  check4d("maxPool2d", x);
  return pool("maxPool2d", x, "max", options, x.shape.slice(0, 2));
}

/** x: N×C×H×W → N×C×OH×OW; the mean of each window, padding counted as zeros. */
export function avgPool2d(x: NDArray, options: PoolOptions): NDArray {
  check4d("avgPool2d", x);
  return pool("avgPool2d", x, "avg", options, x.shape.slice(0, 2));
}
