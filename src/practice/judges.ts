// How each exercise is judged: the notebook's own numbers first, then seeded random cases
// (shapes, values, strides, paddings, channels), each compared with the engine's own op, in the
// style of Tensor-Puzzles. Cases are small integers so a failing one reads at a glance.
// Runs in the worker, beside the learner's module and the same engine instance it imports.
import { NOTEBOOK_PRINTOUT } from "../../lessons/notebook/printout.ts";
import { normalEquations, recoverInitialWeight } from "../../lessons/notebook/recover-init.ts";
import { autograd, conv2d, corr2d, nd, nn, pool2d, NDArray, RNG, fmtShape } from "../engine/index.ts";
import { shortestFloat32 } from "../../lessons/format.ts";
import type { FailedCase, Shown, ShownValue, Text } from "./verdict.ts";

type Value = NDArray | number | readonly number[];
type LearnerModule = Record<string, unknown>;
type Precision = { decimals: number } | { within: number };

export interface Case {
  label: Text;
  inputs: Record<string, Value | string>;
  expected: Record<string, Value>;
  /** Runs the learner's code; returns what it produced, by the names of `expected`. */
  run(m: LearnerModule): Record<string, unknown>;
  /**
   * How close is right, by name: as printed with this many decimals (the notebook's table), or
   * within an absolute distance; otherwise 1e-4 absolute plus 1e-4 relative.
   */
  precision?: Record<string, Precision>;
}

const RANDOM_CASES = 12;

const notebook = (what: string, zh: string): Text => ({ en: `the notebook's ${what}`, zh: `笔记本的${zh}` });
const randomLabel = (seed: number): Text => ({ en: `random case ${seed} (seed ${seed})`, zh: `随机用例 ${seed}（种子 ${seed}）` });

/** A whole number in lo..hi. */
const int = (rng: RNG, lo: number, hi: number): number => lo + rng.int(hi - lo + 1);

/** An array of small whole numbers: readable when shown, exact in float32. */
function ints(rng: RNG, shape: number[], lo = -4, hi = 4): NDArray {
  const size = shape.reduce((a, b) => a * b, 1);
  return nd.fromFlat(Array.from({ length: size }, () => int(rng, lo, hi)), shape);
}

function range(n: number, shape: number[]): NDArray {
  return nd.fromFlat(Array.from({ length: n }, (_, i) => i), shape);
}

/** The notebook's edge image: ones(6, 8) with column 4 dark, and its edges under [1, −1]. */
function edgeImage(): { X: NDArray; Y: NDArray } {
  const X = nd.ones([6, 8]);
  X.set(":, 4:5", 0);
  return { X, Y: corr2d(X, nd.array([[1, -1]])) };
}

/** Seeded random cases, numbered from 1 (the label names the seed, so a case can be re-made). */
function randomCases(make: (rng: RNG, seed: number) => Case): Case[] {
  return Array.from({ length: RANDOM_CASES }, (_, k) => make(new RNG(k + 1), k + 1));
}

const fn = (m: LearnerModule, name: string) => m[name] as (...args: unknown[]) => unknown;
const as2d = (a: NDArray, rows: number, cols: number) => a.reshape(rows, cols);

// ── the exercises ────────────────────────────────────────────────────────────

function corr2dCases(): Case[] {
  const one = (label: Text, X: NDArray, K: NDArray): Case => ({
    label,
    inputs: { X, K },
    expected: { Y: corr2d(X, K) },
    run: (m) => ({ Y: fn(m, "corr2d")(X.copy(), K.copy()) }),
  });
  return [
    one(notebook("X and K", " X 和 K"), range(9, [3, 3]), nd.array([[0, 1], [2, 3]])),
    ...randomCases((rng, seed) => {
      const [H, W] = [int(rng, 1, 6), int(rng, 1, 6)];
      return one(randomLabel(seed), ints(rng, [H, W]), ints(rng, [int(rng, 1, H), int(rng, 1, W)]));
    }),
  ];
}

/** The reference block: corr2d(x, W) + b, with the gradients autograd gives. */
function blockReference(X: NDArray, w: NDArray, b: number, target: NDArray) {
  const W = w.copy().attachGrad();
  const B = nd.array([b]).attachGrad();
  const l = autograd.record(() => corr2d(X, W).add(B).sub(target).pow(2).sum());
  l.backward();
  return { Y: corr2d(X, w).add(b), dW: W.grad.copy(), db: B.grad.copy() };
}

function blockCases(): Case[] {
  const one = (label: Text, X: NDArray, w: NDArray, b: number, target: NDArray): Case => {
    const ref = blockReference(X, w, b, target);
    return {
      label,
      inputs: { X, weight: w, bias: b, "Y (target)": target },
      expected: { "weight.shape": w.shape, "bias.shape": [1], "forward(X)": ref.Y, "weight.grad()": ref.dW, "bias.grad()": ref.db },
      run: (m) => {
        const Block = m.Conv2d as new (kernelSize: [number, number]) => nn.Block & { weight: nn.Parameter; bias: nn.Parameter };
        const block = new Block([w.shape[0]!, w.shape[1]!]);
        if (!(block instanceof nn.Block)) return { "weight.shape": "not an nn.Block" };
        const shapes = { "weight.shape": block.weight?.shape ?? "no weight", "bias.shape": block.bias?.shape ?? "no bias" };
        block.initialize({ seed: 0 });
        block.weight.setData(w);
        block.bias.setData([b]);
        const l = autograd.record(() => {
          const Y = block.forward(X);
          return { Y, l: Y instanceof NDArray ? Y.sub(target).pow(2).sum() : undefined };
        });
        if (!l.l) return { ...shapes, "forward(X)": l.Y };
        l.l.backward();
        return { ...shapes, "forward(X)": l.Y, "weight.grad()": block.weight.grad(), "bias.grad()": block.bias.grad() };
      },
    };
  };
  const { X, Y } = edgeImage();
  return [
    one(notebook("edge image and kernel [1, −1]", "边缘图像和核 [1, −1]"), X, nd.array([[1, -1]]), 0, Y),
    ...randomCases((rng, seed) => {
      const [H, W] = [int(rng, 2, 5), int(rng, 2, 5)];
      const w = ints(rng, [int(rng, 1, H), int(rng, 1, W)], -2, 2);
      const Xr = ints(rng, [H, W], -3, 3);
      return one(randomLabel(seed), Xr, w, int(rng, -3, 3), ints(rng, [H - w.shape[0]! + 1, W - w.shape[1]! + 1]));
    }),
  ];
}

/** The engine's own loop: what `train` must return (losses before each update) and the weight it ends at. */
function trainReference(X: NDArray, Y: NDArray, w0: NDArray, lr: number, steps: number): { losses: number[]; W: NDArray } {
  const W = w0.copy().attachGrad();
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const l = autograd.record(() => corr2d(X, W).sub(Y).pow(2).sum());
    l.backward();
    losses.push(l.asScalar());
    for (let i = 0; i < W.size; i++) W.data[i] = W.data[i]! - lr * W.grad.data[i]!;
  }
  return { losses, W };
}

function trainCases(): Case[] {
  const run = (X: NDArray, Y: NDArray, w0: NDArray, lr: number, steps: number) => (m: LearnerModule) => {
    const W = w0.copy();
    const losses = fn(m, "train")(X.copy(), Y.copy(), W, lr, steps);
    return { losses, "W (after)": W };
  };
  const { X, Y } = edgeImage();
  const { lr, losses, finalWeight } = NOTEBOOK_PRINTOUT;
  const w0 = recoverInitialWeight(X.to2d(), Y.to2d(), lr, losses.length, finalWeight);
  const W0 = nd.array([w0]);
  const printed: Case = {
    label: notebook("printed table (lr 0.016, ten steps)", "打印表格（lr 0.016，十步）"),
    inputs: { X, Y, "W (start)": W0, lr, steps: losses.length },
    expected: { losses, "W (after)": nd.array([[...finalWeight]]) },
    // the printed weight's last digit may differ by a float32 ulp with another summation order
    precision: { losses: { decimals: 3 }, "W (after)": { within: 2e-7 } },
    run: run(X, Y, W0, lr, losses.length),
  };
  return [
    printed,
    ...randomCases((rng, seed) => {
      const Xr = ints(rng, [int(rng, 2, 4), int(rng, 3, 5)], 0, 2);
      const Yr = corr2d(Xr, nd.array([[1, -1]]));
      const start = nd.array([[int(rng, -2, 2) / 4, int(rng, -2, 2) / 4]]);
      const [rate, steps] = [0.01, int(rng, 1, 4)];
      const ref = trainReference(Xr, Yr, start, rate, steps);
      return { label: randomLabel(seed), inputs: { X: Xr, Y: Yr, "W (start)": start, lr: rate, steps }, expected: { losses: ref.losses, "W (after)": ref.W }, run: run(Xr, Yr, start, rate, steps) };
    }),
  ];
}

function padStrideCases(): Case[] {
  const one = (label: Text, X: NDArray, K: NDArray, p: [number, number], s: [number, number]): Case => {
    const [H, W] = X.shape as [number, number];
    const [h, w] = K.shape as [number, number];
    const Y = conv2d(X.reshape(1, 1, H, W), K.reshape(1, 1, h, w), { pad: p, stride: s });
    return {
      label,
      inputs: { X, K, padding: p, stride: s },
      expected: { Y: as2d(Y, Y.shape[2]!, Y.shape[3]!) },
      run: (m) => ({ Y: fn(m, "corr2dPadStride")(X.copy(), K.copy(), [...p], [...s]) }),
    };
  };
  const book = (label: Text, p: [number, number], s: [number, number]) => one(label, range(64, [8, 8]), nd.ones([3, 3]), p, s);
  return [
    book({ en: "the book's 8×8 X, 3×3 K, padding 1, stride 2", zh: "书中的 8×8 X、3×3 K、填充 1、步幅 2" }, [1, 1], [2, 2]),
    ...randomCases((rng, seed) => {
      const [H, W] = [int(rng, 1, 6), int(rng, 1, 6)];
      const K = ints(rng, [int(rng, 1, 3), int(rng, 1, 3)], -2, 2);
      const p: [number, number] = [int(rng, 0, 2), int(rng, 0, 2)];
      // the kernel must fit in the padded input
      p[0] = Math.max(p[0], Math.ceil((K.shape[0]! - H) / 2));
      p[1] = Math.max(p[1], Math.ceil((K.shape[1]! - W) / 2));
      return one(randomLabel(seed), ints(rng, [H, W]), K, p, [int(rng, 1, 3), int(rng, 1, 3)]);
    }),
  ];
}

/** The engine's conv2d on C×H×W and O×C×h×w, without the batch axis. */
function multiChannel(X: NDArray, K: NDArray): NDArray {
  const Y = conv2d(X.reshape(1, ...X.shape), K);
  return Y.reshape(Y.shape.slice(1));
}

function channelCases(): Case[] {
  const one = (label: Text, X: NDArray, K: NDArray): Case => {
    const [O, C, h, w] = K.shape as [number, number, number, number];
    const K0 = K.get([0]);
    const Y = multiChannel(X, K);
    return {
      label,
      inputs: { X, K },
      expected: { "corr2dMultiIn(X, K[0])": Y.get([0]), "corr2dMultiInOut(X, K)": Y },
      run: (m) => ({
        "corr2dMultiIn(X, K[0])": fn(m, "corr2dMultiIn")(X.copy(), K0.copy()),
        "corr2dMultiInOut(X, K)": O > 0 && C > 0 && h > 0 && w > 0 ? fn(m, "corr2dMultiInOut")(X.copy(), K.copy()) : undefined,
      }),
    };
  };
  const X = nd.array([[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
  const K = nd.array([[[0, 1], [2, 3]], [[1, 2], [3, 4]]]);
  // the book's three output channels: K, K + 1, K + 2
  const K3 = nd.fromFlat([...K.data, ...K.add(1).data, ...K.add(2).data], [3, 2, 2, 2]);
  return [
    one({ en: "the book's X and K, K + 1, K + 2", zh: "书中的 X 和 K、K + 1、K + 2" }, X, K3),
    ...randomCases((rng, seed) => {
      const [C, O, H, W] = [int(rng, 1, 3), int(rng, 1, 3), int(rng, 1, 4), int(rng, 1, 4)];
      return one(randomLabel(seed), ints(rng, [C, H, W], -3, 3), ints(rng, [O, C, int(rng, 1, H), int(rng, 1, W)], -2, 2));
    }),
  ];
}

function poolCases(): Case[] {
  const one = (label: Text, X: NDArray, size: [number, number], mode: "max" | "avg"): Case => ({
    label,
    inputs: { X, poolSize: size, mode },
    expected: { Y: pool2d(X, size, mode) },
    run: (m) => ({ Y: fn(m, "pool2d")(X.copy(), [...size], mode) }),
  });
  const X = range(9, [3, 3]);
  return [
    one({ en: "the book's X, 2×2 max", zh: "书中的 X，2×2 最大池化" }, X, [2, 2], "max"),
    one({ en: "the book's X, 2×2 avg", zh: "书中的 X，2×2 平均池化" }, X, [2, 2], "avg"),
    ...randomCases((rng, seed) => {
      const [H, W] = [int(rng, 1, 5), int(rng, 1, 5)];
      return one(randomLabel(seed), ints(rng, [H, W], -9, 9), [int(rng, 1, H), int(rng, 1, W)], seed % 2 ? "max" : "avg");
    }),
  ];
}

function kernelGradCases(): Case[] {
  const one = (label: Text, X: NDArray, kh: number, kw: number, dY: NDArray): Case => {
    const K = nd.zeros([kh, kw]).attachGrad();
    autograd.record(() => corr2d(X, K)).backward(dY);
    return { label, inputs: { X, dY }, expected: { "∂l/∂K": K.grad.copy() }, run: (m) => ({ "∂l/∂K": fn(m, "kernelGrad")(X.copy(), dY.copy()) }) };
  };
  return [
    one(notebook("X (0..8) and a 2×2 K, dY = ones", " X（0..8）和 2×2 的 K，dY = 全 1"), range(9, [3, 3]), 2, 2, nd.ones([2, 2])),
    ...randomCases((rng, seed) => {
      const [H, W] = [int(rng, 1, 5), int(rng, 1, 5)];
      const [kh, kw] = [int(rng, 1, H), int(rng, 1, W)];
      return one(randomLabel(seed), ints(rng, [H, W]), kh, kw, ints(rng, [H - kh + 1, W - kw + 1], -2, 2));
    }),
  ];
}

function inputGradCases(): Case[] {
  const one = (label: Text, K: NDArray, dY: NDArray): Case => {
    const [kh, kw] = K.shape as [number, number];
    const X = nd.zeros([dY.shape[0]! + kh - 1, dY.shape[1]! + kw - 1]).attachGrad();
    autograd.record(() => corr2d(X, K)).backward(dY);
    return { label, inputs: { dY, K }, expected: { "∂l/∂X": X.grad.copy() }, run: (m) => ({ "∂l/∂X": fn(m, "inputGrad")(dY.copy(), K.copy()) }) };
  };
  return [
    one(notebook("K = [[0, 1], [2, 3]], dY = ones(2, 2)", " K = [[0, 1], [2, 3]]，dY = 全 1 (2×2)"), nd.array([[0, 1], [2, 3]]), nd.ones([2, 2])),
    ...randomCases((rng, seed) => one(randomLabel(seed), ints(rng, [int(rng, 1, 3), int(rng, 1, 3)], -3, 3), ints(rng, [int(rng, 1, 4), int(rng, 1, 4)], -2, 2))),
  ];
}

/** 2 / λmax of H = 2·AᵀA for a 1×2 kernel over x (recover-init.ts builds H from the windows). */
function limitOf(X: NDArray): number {
  const x = X.to2d();
  const { h } = normalEquations(x, x.map((row) => row.slice(1)));
  const [p, r, q] = [h[0][0], h[0][1], h[1][1]];
  return 2 / ((p + q) / 2 + Math.hypot((p - q) / 2, r));
}

function stabilityCases(): Case[] {
  const one = (label: Text, X: NDArray): Case => ({
    label,
    inputs: { X },
    expected: { "2/λmax": limitOf(X) },
    run: (m) => ({ "2/λmax": fn(m, "stabilityLimit")(X.copy()) }),
  });
  return [
    one(notebook("edge image (ones 6×8, column 4 zero)", "边缘图像（6×8 全 1，第 4 列为 0）"), edgeImage().X),
    ...randomCases((rng, seed) => {
      const X = ints(rng, [int(rng, 1, 4), int(rng, 2, 5)], 0, 3);
      X.data[0] = 1 + int(rng, 0, 2); // never all zeros: λmax > 0
      return one(randomLabel(seed), X);
    }),
  ];
}

/** Each exercise's cases, by slug (exercises.ts); made when the worker judges. */
export const JUDGES: Record<string, () => Case[]> = {
  corr2d: corr2dCases,
  "conv2d-block": blockCases,
  train: trainCases,
  "padding-stride": padStrideCases,
  channels: channelCases,
  pool2d: poolCases,
  "kernel-grad": kernelGradCases,
  "input-grad": inputGradCases,
  "stability-limit": stabilityCases,
};

// ── comparing ────────────────────────────────────────────────────────────────

const close = (got: number, want: number): boolean =>
  Object.is(got, want) || Math.abs(got - want) <= 1e-4 + 1e-4 * Math.abs(want);

/** Float32 values as their shortest text (0.3, not 0.30000001192092896). */
const short = (v: ShownValue): ShownValue => (typeof v === "number" ? shortestFloat32(v) : Array.isArray(v) ? v.map(short) : v);

/** A value as shown in a case: nested numbers, or what it is when it is not one. */
export function show(value: unknown): ShownValue {
  if (value instanceof NDArray) return short(value.toArray() as ShownValue);
  if (typeof value === "number") return value;
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return value as number[];
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "object") return `a ${value.constructor?.name ?? "object"} (not an NDArray)`;
  return `a ${typeof value}`;
}

const fmtIndex = (flat: number, shape: readonly number[]): string => {
  const idx: number[] = [];
  for (let ax = shape.length - 1; ax >= 0; ax--) {
    idx.unshift(flat % shape[ax]!);
    flat = Math.floor(flat / shape[ax]!);
  }
  return `[${idx.join(", ")}]`;
};

/** Why `got` is not `want`, or undefined when it is. */
function difference(name: string, got: unknown, want: Value, precision?: Precision): Text | undefined {
  const decimals = precision && "decimals" in precision ? precision.decimals : undefined;
  const same = (a: number, b: number) =>
    !precision ? close(a, b) : "decimals" in precision ? a.toFixed(decimals) === b.toFixed(decimals) : Math.abs(a - b) <= precision.within;
  const fmt = (v: number) => (decimals === undefined ? String(shortestFloat32(v)) : v.toFixed(decimals));
  if (want instanceof NDArray) {
    if (!(got instanceof NDArray)) return { en: `${name}: an NDArray expected, got ${show(got)}`, zh: `${name}：应为 NDArray，得到 ${show(got)}` };
    if (fmtShape(got.shape) !== fmtShape(want.shape)) {
      return { en: `${name}: shape ${fmtShape(want.shape)} expected, got ${fmtShape(got.shape)}`, zh: `${name}：形状应为 ${fmtShape(want.shape)}，得到 ${fmtShape(got.shape)}` };
    }
    for (let i = 0; i < want.size; i++) {
      if (!same(got.data[i]!, want.data[i]!)) {
        const at = `${name}${fmtIndex(i, want.shape)}`;
        const [w, g] = [fmt(want.data[i]!), fmt(got.data[i]!)];
        return { en: `${at}: ${w} expected, got ${g}`, zh: `${at}：应为 ${w}，得到 ${g}` };
      }
    }
    return undefined;
  }
  if (typeof want === "number") {
    if (typeof got !== "number") return { en: `${name}: a number expected, got ${show(got)}`, zh: `${name}：应为一个数，得到 ${show(got)}` };
    if (same(got, want)) return undefined;
    return { en: `${name}: ${fmt(want)} expected, got ${fmt(got)}`, zh: `${name}：应为 ${fmt(want)}，得到 ${fmt(got)}` };
  }
  const list = Array.isArray(got) ? got : undefined;
  if (!list || !list.every((v) => typeof v === "number")) {
    return { en: `${name}: a list of ${want.length} numbers expected, got ${show(got)}`, zh: `${name}：应为 ${want.length} 个数的列表，得到 ${show(got)}` };
  }
  if (list.length !== want.length) return { en: `${name}: ${want.length} numbers expected, got ${list.length}`, zh: `${name}：应有 ${want.length} 个数，得到 ${list.length} 个` };
  const i = want.findIndex((w, k) => !same(list[k] as number, w));
  if (i < 0) return undefined;
  const [w, g] = [fmt(want[i]!), fmt(list[i] as number)];
  return { en: `${name}[${i}]: ${w} expected, got ${g}`, zh: `${name}[${i}]：应为 ${w}，得到 ${g}` };
}

const shownAll = (values: Record<string, unknown>): Shown[] => Object.entries(values).map(([name, value]) => ({ name, value: show(value) }));

/** The case's inputs as the report shows them. */
export function shownInputs(c: Case): Shown[] {
  return shownAll(c.inputs);
}

/** Runs one case; a mismatch comes back as the failing case to show (errors propagate). */
export function judgeCase(c: Case, m: LearnerModule): FailedCase | undefined {
  const got = c.run(m);
  for (const [name, want] of Object.entries(c.expected)) {
    const note = difference(name, got[name], want, c.precision?.[name]);
    if (note) {
      const keys = Object.keys(c.expected).filter((k) => k in got);
      return {
        label: c.label,
        inputs: shownInputs(c),
        expected: shownAll(Object.fromEntries(keys.map((k) => [k, c.expected[k]]))),
        got: shownAll(Object.fromEntries(keys.map((k) => [k, got[k]]))),
        note,
      };
    }
  }
  return undefined;
}
