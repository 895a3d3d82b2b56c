// Pooling, run by the engine: the book's pool2d (max and average) on a 3×3 X, where the
// gradient of each goes, then the MXNet notebook's MaxPool2D on a 4×4 input with padding and
// stride, and on two channels. Lines shown on screen (code.ts) are copied from here.
import { nd, autograd, pad, pool2d, maxPool2d, type NDArray, type Pair, type PoolOptions } from "../../src/engine/index.ts";

type M = number[][];

/** One output cell: the window's top-left corner in the padded input and the numbers in it. */
export interface PoolWindow {
  i: number;
  j: number;
  top: number;
  left: number;
  values: M;
  value: number;
}

export interface PoolCase {
  size: [number, number];
  stride: [number, number];
  pad: [number, number];
  /** The input as the window sees it: padding cells are −∞ (max pooling never picks them). */
  padded: M;
  y: M;
  windows: PoolWindow[];
  /** ∂ sum(Y) / ∂X from the engine, in padded coordinates: 1 (or more) where a window's winner sits. */
  wins: M;
}

const two = (v: Pair): [number, number] => (typeof v === "number" ? [v, v] : [v[0], v[1]]);

/**
 * How a MaxPool2D result came about, for the screen: the padded input (−∞ in the padding), each
 * output cell's window, and the winners — found by running backward through the same op.
 */
export function explain(x: NDArray, y: NDArray, options: PoolOptions): PoolCase {
  const { size, stride = size, pad: padding = 0 } = options;
  const [H, W] = [x.shape[2], x.shape[3]];
  const [ph, pw] = two(padding);
  const X = x.copy().attachGrad();
  autograd.record(() => maxPool2d(X, options)).backward();
  const padded = pad(x, padding, -Infinity).reshape(H + 2 * ph, W + 2 * pw);
  const wins = pad(X.grad, padding).reshape(H + 2 * ph, W + 2 * pw).to2d();
  const [oh, ow] = [y.shape[2], y.shape[3]];
  const out = y.reshape(oh, ow).to2d();
  const windows = windowsOf(padded, two(size), two(stride), oh, ow).map((w) => ({ ...w, value: out[w.i]![w.j]! }));
  return { size: two(size), stride: two(stride), pad: [ph, pw], padded: padded.to2d(), y: out, windows, wins };
}

function windowsOf(padded: NDArray, [kh, kw]: [number, number], [sh, sw]: [number, number], oh: number, ow: number): PoolWindow[] {
  const out: PoolWindow[] = [];
  for (let i = 0; i < oh; i++)
    for (let j = 0; j < ow; j++) {
      const values = padded.get([[i * sh, i * sh + kh], [j * sw, j * sw + kw]]).to2d();
      out.push({ i, j, top: i * sh, left: j * sw, values, value: NaN });
    }
  return out;
}

export interface PoolingRun {
  x: M;
  /** The book's pool2d on x with a 2×2 window: max, average, and each one's gradient. */
  max: M;
  avg: M;
  windows: PoolWindow[];
  gradMax: M;
  gradAvg: M;
  /** MaxPool2D on 0..15 (1×1×4×4), the MXNet notebook's: size 3; size 3 pad 1 stride 2; size 2×3 pad 1×2 stride 2×3. */
  cases: PoolCase[];
  /** Two channels (X and X + 1), size 3 pad 1 stride 2. */
  channels: M[];
  multi: M[];
}

export function runPooling(x: M): PoolingRun {
  const X = nd.array(x);
  const max = pool2d(X, [2, 2]);
  const avg = pool2d(X, [2, 2], "avg");
  X.attachGrad();
  autograd.record(() => pool2d(X, [2, 2])).backward();
  const gradMax = X.grad.to2d();
  autograd.record(() => pool2d(X, [2, 2], "avg")).backward();
  const gradAvg = X.grad.to2d();

  const X4 = nd.fromFlat(Array.from({ length: 16 }, (_, v) => v), [1, 1, 4, 4]);
  const Y1 = maxPool2d(X4, { size: 3 });
  const Y2 = maxPool2d(X4, { size: 3, pad: 1, stride: 2 });
  // MXNet's MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)): padding 2 is more than half the
  // 3-wide window, which the engine takes (as MXNet does, unlike PyTorch) since it is below the window.
  const Y3 = maxPool2d(X4, { size: [2, 3], pad: [1, 2], stride: [2, 3] });
  const X2 = nd.zeros([1, 2, 4, 4]);
  X2.set([0, 0], X4.get([0, 0]));
  X2.set([0, 1], X4.get([0, 0]).add(1));
  const multi = maxPool2d(X2, { size: 3, pad: 1, stride: 2 });

  const [oh, ow] = max.shape;
  const windows = windowsOf(X, [2, 2], [1, 1], oh, ow).map((w) => ({ ...w, value: max.get([w.i, w.j]).asScalar() }));
  return {
    x: X.to2d(),
    max: max.to2d(),
    avg: avg.to2d(),
    windows,
    gradMax,
    gradAvg,
    cases: [
      explain(X4, Y1, { size: 3 }),
      explain(X4, Y2, { size: 3, pad: 1, stride: 2 }),
      explain(X4, Y3, { size: [2, 3], pad: [1, 2], stride: [2, 3] }),
    ],
    channels: X2.to4d()[0],
    multi: multi.to4d()[0],
  };
}
