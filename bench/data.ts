// Seeded inputs and layout conversions. The bench has its own generator so that its
// data never depends on the engine under test.
import { CASES, TRAIN_LR, notebookImage, outShape, size, type ConvCase } from "./cases.ts";

/** mulberry32: a tiny seeded generator, uniform in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uniform(n: number, rand: () => number, lo = -1, hi = 1): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * rand();
  return out;
}

/** The numbers of one case, in the engine's layout (x NCHW, w OIHW, bias O, head dy like y). */
export interface CaseData {
  x: Float32Array;
  w: Float32Array;
  bias: Float32Array;
  /** Head gradient used to check gradients (random, so every output cell matters). */
  dy: Float32Array;
}

export function caseData(c: ConvCase, seed = 7): CaseData {
  const rand = seeded(seed);
  if (c === CASES[0]) {
    // The notebook's own numbers: the edge image and K = [1, −1].
    return { x: notebookImage(), w: Float32Array.of(1, -1), bias: Float32Array.of(0.5), dy: uniform(size(outShape(c)), rand) };
  }
  return {
    x: uniform(size(c.x), rand),
    w: uniform(size(c.w), rand),
    bias: uniform(c.w[0], rand),
    dy: uniform(size(outShape(c)), rand),
  };
}

/** The training loop's data: X, the target Y = X ⊛ [1, −1], and a starting weight. */
export interface TrainData {
  x: Float32Array;
  y: Float32Array;
  w0: Float32Array;
  lr: number;
}

export function trainData(seed = 11): TrainData {
  const x = notebookImage();
  const y = new Float32Array(6 * 7);
  for (let i = 0; i < 6; i++) for (let j = 0; j < 7; j++) y[i * 7 + j] = x[i * 8 + j]! - x[i * 8 + j + 1]!;
  // MXNet's default init: uniform(−0.07, 0.07).
  return { x, y, w0: uniform(2, seeded(seed), -0.07, 0.07), lr: TRAIN_LR };
}

/** NCHW → NHWC (and OIHW → HWIO when `toHWIO`): tfjs' native layouts. */
export function nchwToNhwc(a: Float32Array, [n, c, h, w]: readonly number[]): Float32Array {
  const out = new Float32Array(a.length);
  for (let b = 0; b < n!; b++)
    for (let k = 0; k < c!; k++)
      for (let i = 0; i < h!; i++)
        for (let j = 0; j < w!; j++) out[((b * h! + i) * w! + j) * c! + k] = a[((b * c! + k) * h! + i) * w! + j]!;
  return out;
}

export function nhwcToNchw(a: ArrayLike<number>, [n, c, h, w]: readonly number[]): Float32Array {
  const out = new Float32Array(a.length);
  for (let b = 0; b < n!; b++)
    for (let k = 0; k < c!; k++)
      for (let i = 0; i < h!; i++)
        for (let j = 0; j < w!; j++) out[((b * c! + k) * h! + i) * w! + j] = a[((b * h! + i) * w! + j) * c! + k]!;
  return out;
}

export function oihwToHwio(a: Float32Array, [o, i, kh, kw]: readonly number[]): Float32Array {
  const out = new Float32Array(a.length);
  for (let p = 0; p < o!; p++)
    for (let q = 0; q < i!; q++)
      for (let r = 0; r < kh!; r++)
        for (let s = 0; s < kw!; s++) out[((r * kw! + s) * i! + q) * o! + p] = a[((p * i! + q) * kh! + r) * kw! + s]!;
  return out;
}

export function hwioToOihw(a: ArrayLike<number>, [o, i, kh, kw]: readonly number[]): Float32Array {
  const out = new Float32Array(a.length);
  for (let p = 0; p < o!; p++)
    for (let q = 0; q < i!; q++)
      for (let r = 0; r < kh!; r++)
        for (let s = 0; s < kw!; s++) out[((p * i! + q) * kh! + r) * kw! + s] = a[((r * kw! + s) * i! + q) * o! + p]!;
  return out;
}

/** A flat array as nested arrays of the given shape (what `nd.array` takes). */
export type Nested = number | Nested[];
export function nest(a: ArrayLike<number>, shape: readonly number[], offset = 0): Nested[] {
  const [d, ...rest] = shape;
  const stride = size(rest);
  return Array.from({ length: d! }, (_, i) => (rest.length === 0 ? a[offset + i]! : nest(a, rest, offset + i * stride)));
}

export function flatten(a: unknown): number[] {
  return Array.isArray(a) ? a.flatMap(flatten) : [a as number];
}
