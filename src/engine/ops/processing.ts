// The processing ops (early tinygrad's name for them): corr2d and conv2d, pooling, padding,
// flipping and the matrix product. Each checks its inputs in a learner's words (the op's name
// and the shapes), runs its forward loop, and records its backward right beside it.
import { NDArray } from "../ndarray.ts";
import { recordOp, isRecording, isTracked } from "../tape.ts";
import { ShapeError, fmtShape } from "../errors.ts";
import { wholePair, type Pair } from "../pair.ts";
import { outputSize, type ConvGeometry } from "./conv-plain.ts";
import { convForward, convBackwardInput, convBackwardWeight, convBackwardBias } from "./conv-fast.ts";

// ────────────────────────────── conv ──────────────────────────────
// corr2d (the notebook's 2-D cross-correlation) and conv2d (batched, multi-channel, with stride
// and padding). Both run the loops of conv-fast.ts, whose plain definition is conv-plain.ts,
// and record one graph node whose backward is those loops too.

export interface Conv2dOptions {
  /** One number per output channel (shape [O]). */
  bias?: NDArray | null;
  stride?: Pair;
  pad?: Pair;
}

function convGeometry(op: string, xs: readonly number[], ws: readonly number[], stride: Pair, pad: Pair): ConvGeometry {
  const [SH, SW] = wholePair(op, "stride", stride, 1);
  const [PH, PW] = wholePair(op, "padding", pad, 0);
  const [N, C, H, W] = xs;
  const [O, , KH, KW] = ws;
  if (KH > H + 2 * PH || KW > W + 2 * PW) {
    const padded = PH || PW ? ` (padded ${H + 2 * PH}×${W + 2 * PW})` : "";
    throw new ShapeError(`${op}: kernel ${KH}×${KW} does not fit in input ${H}×${W}${padded}`);
  }
  const [OH, OW] = outputSize(H, W, KH, KW, SH, SW, PH, PW);
  return { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW };
}

/** The notebook's corr2d: slide K over X (both 2-D), no padding, stride 1. */
export function corr2d(X: NDArray, K: NDArray): NDArray {
  if (X.ndim !== 2) throw new ShapeError(`corr2d: X must be 2-D (height×width), got ${fmtShape(X.shape)}`);
  if (K.ndim !== 2) throw new ShapeError(`corr2d: kernel K must be 2-D (height×width), got ${fmtShape(K.shape)}`);
  const g = convGeometry("corr2d", [1, 1, ...X.shape], [1, 1, ...K.shape], 1, 0);
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
  const g = convGeometry("conv2d", x.shape, w.shape, stride, pad);
  const y = new NDArray(convForward(g, x.data, w.data, bias ? bias.data : null), [g.N, g.O, g.OH, g.OW]);
  const parents = bias ? [x, w, bias] : [x, w];
  return recordOp(y, "conv2d", parents, (dy) => [
    isTracked(x) ? new NDArray(convBackwardInput(g, dy.data, w.data), x.shape) : null,
    isTracked(w) ? new NDArray(convBackwardWeight(g, dy.data, x.data), w.shape) : null,
    bias && isTracked(bias) ? new NDArray(convBackwardBias(g, dy.data), bias.shape) : null,
  ]);
}

// ────────────────────────────── pool ──────────────────────────────
// Pooling: the book's pool2d (2-D, stride 1, no padding) and maxPool2d / avgPool2d over
// N×C×H×W with padding and stride, each channel on its own (as Gluon's MaxPool2D).
// Conventions (those of MXNet and PyTorch): the stride defaults to the window size;
// max pooling never picks a padding cell; average pooling divides by the whole window,
// padding cells included (count_include_pad); the output size rounds down. Padding may be
// anything below the window size in each axis, as MXNet allows (PyTorch stops at half the
// window): MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)) runs as the MXNet notebook's.

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

function poolGeometry(op: string, x: NDArray, o: PoolOptions): PoolGeometry {
  const [KH, KW] = wholePair(op, "window size", o.size, 1);
  const [SH, SW] = wholePair(op, "stride", o.stride ?? o.size, 1);
  const [PH, PW] = wholePair(op, "padding", o.pad ?? 0, 0);
  const H = x.shape[x.ndim - 2];
  const W = x.shape[x.ndim - 1];
  if (PH >= KH || PW >= KW) {
    throw new ShapeError(`${op}: padding ${PH}×${PW} is not smaller than the window ${KH}×${KW}; a window could hold only padding`);
  }
  if (KH > H + 2 * PH || KW > W + 2 * PW) {
    const padded = PH || PW ? ` (padded ${H + 2 * PH}×${W + 2 * PW})` : "";
    throw new ShapeError(`${op}: window ${KH}×${KW} does not fit in input ${H}×${W}${padded}`);
  }
  const [OH, OW] = outputSize(H, W, KH, KW, SH, SW, PH, PW);
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
        let best = x[at];
        for (let r = r0; r < r1; r++) {
          for (let i = base + r * W + c0, end = base + r * W + c1; i < end; i++) {
            const v = x[i];
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
        for (let r = r0; r < r1; r++) for (let i = base + r * W + c0, end = base + r * W + c1; i < end; i++) sum += x[i];
        y[o] = sum / area;
      }
    }
  }
}

/**
 * Max: the gradient goes to each window's winner. Avg: spread evenly over the window's input
 * cells. Overlapping windows add into one cell: summed in doubles, rounded once.
 */
function poolBackward(g: PoolGeometry, dy: Float32Array, from: Int32Array | null): Float32Array {
  const dx = new Float64Array(g.planes * g.H * g.W);
  if (from) {
    for (let o = 0; o < dy.length; o++) dx[from[o]] += dy[o];
    return Float32Array.from(dx);
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
        const share = dy[o] / area;
        for (let r = r0; r < r1; r++) for (let c = base + r * g.W + c0, end = base + r * g.W + c1; c < end; c++) dx[c] += share;
      }
    }
  }
  return Float32Array.from(dx);
}

function pool(op: string, x: NDArray, mode: PoolMode, options: PoolOptions, outLead: readonly number[]): NDArray {
  const g = poolGeometry(op, x, options);
  const y = new Float32Array(g.planes * g.OH * g.OW);
  // the winners are remembered only when a backward pass may need them
  const from = mode === "max" && isRecording() && isTracked(x) ? new Int32Array(y.length) : null;
  if (mode === "max") maxForward(g, x.data, y, from);
  else avgForward(g, x.data, y);
  return recordOp(new NDArray(y, [...outLead, g.OH, g.OW]), op, [x], (dy) => [
    new NDArray(poolBackward(g, dy.data, from), x.shape),
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

// ────────────────────────────── pad ──────────────────────────────
// Padding as an op: a border of `value` (zeros by default) around the last two axes,
// so a learner can see the padded input a convolution with `pad` slides over.
// Its backward crops the border away again: padding cells come from no input.

/** x of shape …×H×W → …×(H+2·ph)×(W+2·pw), the border filled with `value`. */
export function pad(x: NDArray, padding: Pair, value = 0): NDArray {
  if (x.ndim < 2) throw new ShapeError(`pad: input must have at least 2 axes (height×width), got ${fmtShape(x.shape)}`);
  const [ph, pw] = wholePair("pad", "padding", padding, 0);
  const H = x.shape[x.ndim - 2];
  const W = x.shape[x.ndim - 1];
  const [PH, PW] = [H + 2 * ph, W + 2 * pw];
  const planes = x.size / (H * W);
  const outShape = [...x.shape.slice(0, -2), PH, PW];
  const out = new Float32Array(planes * PH * PW).fill(value);
  for (let p = 0; p < planes; p++)
    for (let i = 0; i < H; i++) out.set(x.data.subarray((p * H + i) * W, (p * H + i + 1) * W), (p * PH + i + ph) * PW + pw);
  return recordOp(new NDArray(out, outShape), "pad", [x], (g) => {
    const dx = new Float32Array(x.size);
    for (let p = 0; p < planes; p++)
      for (let i = 0; i < H; i++) dx.set(g.data.subarray((p * PH + i + ph) * PW + pw, (p * PH + i + ph) * PW + pw + W), (p * H + i) * W);
    return [new NDArray(dx, x.shape)];
  });
}

// ────────────────────────────── flip ──────────────────────────────
// Flipping a kernel upside down and left to right (a 180° turn of the last two axes).
// True convolution is cross-correlation with the flipped kernel: conv(X, K) = corr2d(X, flip(K)).
// Flipping twice gives back the input, so the backward of flip is flip.

function turn(src: Float32Array, shape: readonly number[]): Float32Array {
  const H = shape[shape.length - 2];
  const W = shape[shape.length - 1];
  const plane = H * W;
  const out = new Float32Array(src.length);
  for (let p = 0; p < src.length; p += plane)
    for (let k = 0; k < plane; k++) out[p + plane - 1 - k] = src[p + k]; // (i, j) → (H−1−i, W−1−j)
  return out;
}

/** x of shape …×H×W with every H×W plane turned 180°. */
export function flip(x: NDArray): NDArray {
  if (x.ndim < 2) throw new ShapeError(`flip: input must have at least 2 axes (height×width), got ${fmtShape(x.shape)}`);
  return recordOp(new NDArray(turn(x.data, x.shape), x.shape), "flip", [x], (g) => [new NDArray(turn(g.data, x.shape), x.shape)]);
}

// ────────────────────────────── dot ──────────────────────────────
// Matrix product, MXNet's nd.dot for 2-D arrays: (m×k)·(k×n) → m×n. The book uses it to show
// that a 1×1 convolution is a fully connected layer applied at every pixel.
// Backward: ∂A = G·Bᵀ, ∂B = Aᵀ·G.

/** C = A·B for row-major A (m×k) and B (k×n); transposes read in place (ta: use Aᵀ, tb: use Bᵀ). */
function matmul(a: Float32Array, b: Float32Array, m: number, k: number, n: number, ta = false, tb = false): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[ta ? p * m + i : i * k + p] * b[tb ? j * k + p : p * n + j];
      c[i * n + j] = s;
    }
  return c;
}

export function dot(A: NDArray, B: NDArray): NDArray {
  if (A.ndim !== 2 || B.ndim !== 2) {
    throw new ShapeError(`dot: both arrays must be 2-D (rows×columns), got ${fmtShape(A.shape)} and ${fmtShape(B.shape)}`);
  }
  const [m, k] = A.shape;
  const [k2, n] = B.shape;
  if (k !== k2) throw new ShapeError(`dot: ${fmtShape(A.shape)} · ${fmtShape(B.shape)}: the columns of the first (${k}) must equal the rows of the second (${k2})`);
  const C = new NDArray(matmul(A.data, B.data, m, k, n), [m, n]);
  return recordOp(C, "dot", [A, B], (G) => [
    isTracked(A) ? new NDArray(matmul(G.data, B.data, m, n, k, false, true), A.shape) : null,
    isTracked(B) ? new NDArray(matmul(A.data, G.data, k, m, n, true, false), B.shape) : null,
  ]);
}
