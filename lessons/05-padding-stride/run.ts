// Padding and stride, run by the engine: pad the input with zeros, then move the window
// `stride` cells at a time, one output cell per step; then nd.conv2d with pad and stride in
// one call, which must agree. Lines shown on screen (code.ts) are copied from here.
import { nd, pad } from "../../src/engine/index.ts";

export interface Geometry {
  /** Input n×n, kernel k×k, padding p on every side, stride s. */
  n: number;
  k: number;
  p: number;
  s: number;
}

/** One output cell: the window's top-left corner in the padded input, what it holds, its sum. */
export interface WindowRun {
  i: number;
  j: number;
  top: number;
  left: number;
  window: number[][];
  value: number;
}

export interface PadStrideRun {
  x: number[][];
  kernel: number[][];
  padded: number[][];
  cells: WindowRun[];
  /** Y as filled in cell by cell. */
  y: number[][];
  /** Y from nd.conv2d(X, K, { pad, stride }) in one call. */
  whole: number[][];
}

/** ⌊(n − k + 2p + s) / s⌋: how many window positions fit along one side. */
export const outSize = ({ n, k, p, s }: Geometry): number => Math.floor((n - k + 2 * p + s) / s);

export function runPadStride({ n, k, p, s }: Geometry): PadStrideRun {
  const cellRuns: WindowRun[] = [];
  const X = nd.fromFlat(Array.from({ length: n * n }, (_, v) => v + 1), [1, 1, n, n]);
  const K = nd.ones([1, 1, k, k]);
  const Xp = pad(X, p);
  const m = outSize({ n, k, p, s });
  const Y = nd.zeros([m, m]);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const window = Xp.get([0, 0, [i * s, i * s + k], [j * s, j * s + k]]);
      Y.set([i, j], window.mul(K.get([0, 0])).sum());
      cellRuns.push({ i, j, top: i * s, left: j * s, window: window.to2d(), value: Y.get([i, j]).asScalar() });
    }
  }
  const whole = nd.conv2d(X, K, { pad: p, stride: s });
  return {
    x: X.reshape(n, n).to2d(),
    kernel: K.reshape(k, k).to2d(),
    padded: Xp.reshape(n + 2 * p, n + 2 * p).to2d(),
    cells: cellRuns,
    y: Y.to2d(),
    whole: whole.reshape(m, m).to2d(),
  };
}

/** A kernel, padding and stride as (height, width) pairs, as Gluon's nn.Conv2D takes them. */
export interface BookExample {
  k: [number, number];
  p: [number, number];
  s: [number, number];
}

/**
 * The book's examples on an 8×8 input (MXNet edition, "Padding and Stride" / 填充和步幅), in
 * its order: kernel 3 padding 1; kernel (5, 3) padding (2, 1); kernel 3 padding 1 stride 2;
 * kernel (3, 5) padding (0, 1) stride (3, 4). Output shapes are asked of the engine.
 */
export const BOOK: readonly BookExample[] = [
  { k: [3, 3], p: [1, 1], s: [1, 1] },
  { k: [5, 3], p: [2, 1], s: [1, 1] },
  { k: [3, 3], p: [1, 1], s: [2, 2] },
  { k: [3, 5], p: [0, 1], s: [3, 4] },
];
export const BOOK_INPUT = 8;

/** The output (height, width) of nd.conv2d on an 8×8 input with a book example's geometry. */
export function bookShape({ k, p, s }: BookExample): [number, number] {
  const n = BOOK_INPUT;
  const Y = nd.conv2d(nd.zeros([1, 1, n, n]), nd.zeros([1, 1, k[0], k[1]]), { pad: p, stride: s });
  return [Y.shape[2], Y.shape[3]];
}

export function engineShape({ n, k, p, s }: Geometry): number {
  return nd.conv2d(nd.zeros([1, 1, n, n]), nd.zeros([1, 1, k, k]), { pad: p, stride: s }).shape[2];
}
