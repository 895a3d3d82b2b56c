// What the lesson runs: the hand-written block on an image, then edge detection with a
// fixed kernel, the same block holding that kernel with a non-zero bias, and the kernel on the
// image's transpose. Lines shown on screen come from here
// and block.ts (code.ts; a test keeps them in step).
import { nd, corr2d } from "../../src/engine/index.ts";
import { edgeData } from "../notebook/train.ts";
import { Conv2d } from "../notebook/conv2d-block.ts";

/** The notebook's image: ones(6, 8), column 4 set to 0 (a dark stripe, two vertical edges). */
export function notebookImage(): number[][] {
  return edgeData("seed").X.to2d();
}

/** The bias the block is given once, to show what a bias does: a power of 2, so float32 adds it exactly to small integers. */
export const SHOWN_BIAS = 0.5;

export interface LayerRun {
  weight: number[][];
  bias: number;
  /** conv.forward(X) with the initial (random) parameters. */
  out: number[][];
  /** corr2d(X, K): the edges. */
  y: number[][];
  /** conv.forward(X) with weight K and bias SHOWN_BIAS, and how far that moved each cell from y. */
  biased: number[][];
  shift: number[][];
  xT: number[][];
  /** corr2d(X.T, K). */
  yT: number[][];
}

export function runLayer(x: number[][], k: number[][], seed: number): LayerRun {
  const X = nd.array(x);
  const K = nd.array(k);
  const kernelSize: [number, number] = [k.length, k[0]!.length];
  const conv = new Conv2d(kernelSize);
  conv.initialize({ seed });
  const out = conv.forward(X);
  // kept before the block is given K and a bias below
  const [weight, initialBias] = [conv.weight.data().to2d(), conv.bias.data().asScalar()];
  const Y = corr2d(X, K);
  const bias = SHOWN_BIAS;
  conv.weight.setData(K);
  conv.bias.setData([bias]);
  const Yb = conv.forward(X);
  const Yt = corr2d(X.T, K);
  return {
    weight,
    bias: initialBias,
    out: out.to2d(),
    y: Y.to2d(),
    biased: Yb.to2d(),
    shift: Yb.sub(Y).to2d(),
    xT: X.T.to2d(),
    yT: Yt.to2d(),
  };
}
