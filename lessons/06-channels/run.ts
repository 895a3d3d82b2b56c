// Multiple input and output channels, run by the engine as the book writes them:
// corr2d summed over input channels, one such sum per output channel, and the 1×1
// convolution as a matrix product (a fully connected layer at every pixel).
// Lines shown on screen (code.ts) are copied from here.
import { nd, corr2d, dot, RNG, type NDArray } from "../../src/engine/index.ts";

/** The book's two-channel input (2×3×3) and kernel (2×2×2). */
export const X_BOOK = [[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]];
export const K_BOOK = [[[0, 1], [2, 3]], [[1, 2], [3, 4]]];

/** Σ over input channels c of corr2d(X[c], K[c]). */
export function corr2dMultiIn(X: NDArray, K: NDArray): NDArray {
  let Y = corr2d(X.get([0]), K.get([0]));
  for (let c = 1; c < X.shape[0]; c++) Y = Y.add(corr2d(X.get([c]), K.get([c])));
  return Y;
}

/** One corr2dMultiIn per output channel o, with the kernels K[o] (K is c_o×c_i×h×w). */
export function corr2dMultiInOut(X: NDArray, K: NDArray): NDArray {
  const first = corr2dMultiIn(X, K.get([0]));
  const Y = nd.zeros([K.shape[0], ...first.shape]);
  for (let o = 0; o < K.shape[0]; o++) Y.set([o], corr2dMultiIn(X, K.get([o])));
  return Y;
}

/** A 1×1 convolution as one matrix product: (c_o×c_i) · (c_i×(h·w)). */
export function corr2dMultiInOut1x1(X: NDArray, K: NDArray): NDArray {
  const [ci, h, w] = X.shape;
  const co = K.shape[0];
  const Xf = X.reshape(ci, h * w);
  const Kf = K.reshape(co, ci);
  return dot(Kf, Xf).reshape(co, h, w);
}

type M = number[][];

export interface ChannelsRun {
  x: M[];
  k: M[];
  /** corr2d(X[c], K[c]) for each input channel, and their sum. */
  perChannel: M[];
  y: M;
  /** nd.conv2d on the same numbers (1×2×3×3 input, 1×2×2×2 weight). */
  conv: M;
  /** K, K+1, K+2 stacked: kio[o][c]. */
  kio: M[][];
  yio: M[];
  /** The 1×1 part: X 3×3×3, K 2×3×1×1 (as 2×3), Y from the matrix product and from corr2d. */
  x1: M[];
  k1: M;
  y1: M[];
  y1Corr: M[];
}

const planes = (a: NDArray): M[] => a.to3d();

export function runChannels(seed: number): ChannelsRun {
  const X = nd.array(X_BOOK);
  const K = nd.array(K_BOOK);
  const perChannel = [0, 1].map((c) => corr2d(X.get([c]), K.get([c])).to2d());
  const Y = corr2dMultiIn(X, K);
  const conv = nd.conv2d(X.reshape(1, 2, 3, 3), K.reshape(1, 2, 2, 2));
  const Kio = nd.zeros([3, 2, 2, 2]);
  for (let o = 0; o < 3; o++) Kio.set([o], K.add(o));
  const Yio = corr2dMultiInOut(X, Kio);
  const rng = new RNG(seed);
  const X1 = nd.fromFlat(Array.from({ length: 27 }, () => rng.int(5)), [3, 3, 3]);
  const K1 = nd.fromFlat(Array.from({ length: 6 }, () => rng.int(5) - 2), [2, 3, 1, 1]);
  const Y1 = corr2dMultiInOut1x1(X1, K1);
  const Y2 = corr2dMultiInOut(X1, K1);
  return {
    x: planes(X),
    k: planes(K),
    perChannel,
    y: Y.to2d(),
    conv: conv.reshape(2, 2).to2d(),
    kio: Kio.to4d(),
    yio: planes(Yio),
    x1: planes(X1),
    k1: K1.reshape(2, 3).to2d(),
    y1: planes(Y1),
    y1Corr: planes(Y2),
  };
}
