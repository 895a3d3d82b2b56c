// What the lesson runs: the hand-written block on an image, then edge detection with a
// fixed kernel, on the image and on its transpose. Lines shown on screen come from here
// and block.ts (code.ts; a test keeps them in step).
import { nd, corr2d } from "../../src/engine/index.ts";
import { edgeData } from "../notebook/train.ts";
import { Conv2d } from "../notebook/conv2d-block.ts";

/** The notebook's image: ones(6, 8), column 4 set to 0 (a dark stripe, two vertical edges). */
export function notebookImage(): number[][] {
  return edgeData("seed").X.to2d();
}

export interface LayerRun {
  weight: number[][];
  bias: number;
  /** conv.forward(X) with the initial (random) parameters. */
  out: number[][];
  /** corr2d(X, K): the edges. */
  y: number[][];
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
  const Y = corr2d(X, K);
  const Yt = corr2d(X.T, K);
  return {
    weight: conv.weight.data().to2d(),
    bias: conv.bias.data().asScalar(),
    out: out.to2d(),
    y: Y.to2d(),
    xT: X.T.to2d(),
    yT: Yt.to2d(),
  };
}
