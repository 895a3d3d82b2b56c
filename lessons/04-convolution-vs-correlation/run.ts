// Convolution vs cross-correlation, run by the engine. True convolution turns the kernel 180°
// before sliding it: conv(X, K) = corr2d(X, flip(K)). Then the same edge data is learned twice,
// by a cross-correlation layer (W) and by a true convolution layer (V, started at flip(W)):
// every loss is the same and the learned kernels are flips of each other.
// Lines shown on screen (code.ts) are copied from here.
import { nd, autograd, corr2d, flip, sgdStep } from "../../src/engine/index.ts";
import { edgeData } from "../notebook/train.ts";

type M = number[][];

export interface CellPair {
  i: number;
  j: number;
  window: M;
  corr: number;
  conv: number;
}

export interface FlipRun {
  x: M;
  k: M;
  flipped: M;
  corr: M;
  conv: M;
  /** corr2d(X, flip(flip(K))): turning twice gives the cross-correlation back. */
  twice: M;
  cells: CellPair[];
}

export function runFlip(x: M, k: M): FlipRun {
  const X = nd.array(x);
  const K = nd.array(k);
  const Kf = flip(K);
  const corr = corr2d(X, K);
  const conv = corr2d(X, Kf);
  const twice = corr2d(X, flip(Kf));
  const [h, w] = K.shape;
  const [oh, ow] = corr.shape;
  const cells: CellPair[] = [];
  for (let i = 0; i < oh; i++)
    for (let j = 0; j < ow; j++)
      cells.push({ i, j, window: X.get([[i, i + h], [j, j + w]]).to2d(), corr: corr.get([i, j]).asScalar(), conv: conv.get([i, j]).asScalar() });
  return { x: X.to2d(), k: K.to2d(), flipped: Kf.to2d(), corr: corr.to2d(), conv: conv.to2d(), twice: twice.to2d(), cells };
}

export interface TrainConfig {
  lr: number;
  epochs: number;
  seed: number;
}

export interface BothTrained {
  x: M;
  y: M;
  initial: M;
  lossCorr: number[];
  lossConv: number[];
  /** Learned by cross-correlation (W) and by convolution (V). */
  w: M;
  v: M;
  yhatCorr: M;
  yhatConv: M;
}

export function trainBoth({ lr, epochs, seed }: TrainConfig): BothTrained {
  const lossCorr: number[] = [];
  const lossConv: number[] = [];
  const { X, Y } = edgeData("d2l"); // the book's image: columns 2 to 5 dark
  const W = nd.random.uniform(-0.07, 0.07, [1, 2], seed).attachGrad();
  const V = flip(W).attachGrad();
  const initial = W.to2d();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const lW = autograd.record(() => corr2d(X, W).sub(Y).pow(2).sum());
    const lV = autograd.record(() => corr2d(X, flip(V)).sub(Y).pow(2).sum());
    lW.backward();
    lV.backward();
    sgdStep([W, V], lr);
    lossCorr.push(lW.asScalar());
    lossConv.push(lV.asScalar());
  }
  return {
    x: X.to2d(),
    y: Y.to2d(),
    initial,
    lossCorr,
    lossConv,
    w: W.to2d(),
    v: V.to2d(),
    yhatCorr: corr2d(X, W).to2d(),
    yhatConv: corr2d(X, flip(V)).to2d(),
  };
}
