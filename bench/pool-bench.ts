// Pooling in the bench: the engine's maxPool2d / avgPool2d against tfjs-cpu's maxPool / avgPool,
// forward and forward+backward, checked equal before anything is timed. Self-contained, so it
// runs on its own (`npx tsx bench/pool-bench.ts [--quick]`) and `bench/run.ts` can add its rows
// with one call: `await benchPooling(budget, clock)`, then `poolingText(rows)`.
// tfjs-core's Node build registers no gradients: MaxPool's and AvgPool's are registered here as
// tfjs' own gradient configs do it, calling tfjs-cpu's MaxPoolGrad / AvgPoolGrad kernels.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { fileURLToPath } from "node:url";
import { autograd, avgPool2d, maxPool2d, NDArray } from "../src/engine/index.ts";
import { seeded, uniform } from "./data.ts";
import { median, race, ratios, FULL, QUICK, type Budget, type Clock } from "./timing.ts";
import type { Prepared } from "./peers/peer.ts";

export interface PoolCase {
  name: string;
  mode: "max" | "avg";
  x: readonly [number, number, number, number];
  size: number;
  stride: number;
  pad: number;
}

// A ResNet-like stem pool, the same as an average, and a small batch pooled 2×2. Average pooling
// runs without padding: tfjs divides a padded window by its real cells, MXNet and PyTorch (and
// this engine) by the whole window, so padded averages differ by design.
export const POOL_CASES: readonly PoolCase[] = [
  { name: "max 1×16×64×64 size 3 stride 2 pad 1", mode: "max", x: [1, 16, 64, 64], size: 3, stride: 2, pad: 1 },
  { name: "avg 1×16×64×64 size 3 stride 2", mode: "avg", x: [1, 16, 64, 64], size: 3, stride: 2, pad: 0 },
  { name: "max 8×16×32×32 size 2", mode: "max", x: [8, 16, 32, 32], size: 2, stride: 2, pad: 0 },
];

const out = (c: PoolCase) => Math.floor((c.x[2] + 2 * c.pad - c.size) / c.stride) + 1;
const outShape = (c: PoolCase) => [c.x[0], c.x[1], out(c), out(c)] as const;
const count = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** NCHW ↔ NHWC, for tfjs. */
function toNhwc(a: Float32Array, [n, c, h, w]: readonly number[]): Float32Array {
  const o = new Float32Array(a.length);
  for (let i = 0; i < n!; i++) for (let k = 0; k < c!; k++) for (let y = 0; y < h!; y++) for (let x = 0; x < w!; x++) o[((i * h! + y) * w! + x) * c! + k] = a[((i * c! + k) * h! + y) * w! + x]!;
  return o;
}
function toNchw(a: Float32Array, [n, c, h, w]: readonly number[]): Float32Array {
  const o = new Float32Array(a.length);
  for (let i = 0; i < n!; i++) for (let k = 0; k < c!; k++) for (let y = 0; y < h!; y++) for (let x = 0; x < w!; x++) o[((i * c! + k) * h! + y) * w! + x] = a[((i * h! + y) * w! + x) * c! + k]!;
  return o;
}

function data(c: PoolCase) {
  const rand = seeded(11);
  return { x: uniform(count(c.x), rand), dy: uniform(count(outShape(c)), rand) };
}

function engineTask(c: PoolCase, backward: boolean): Prepared {
  const d = data(c);
  const x = new NDArray(d.x, c.x);
  const head = new NDArray(d.dy, outShape(c));
  const op = c.mode === "max" ? maxPool2d : avgPool2d;
  const options = { size: c.size, stride: c.stride, pad: c.pad };
  let result: Float32Array[] = [];
  if (backward) x.attachGrad();
  return {
    run() {
      if (!backward) {
        result = [op(x, options).data];
        return;
      }
      autograd.record(() => op(x, options)).backward(head);
      result = [x.grad.data];
    },
    outputs: () => result,
  };
}

function tfjsTask(c: PoolCase, backward: boolean): Prepared {
  const d = data(c);
  const nhwc = [c.x[0], c.x[2], c.x[3], c.x[1]] as [number, number, number, number];
  const ys = outShape(c);
  const x = tf.tensor4d(toNhwc(d.x, c.x), nhwc);
  const dy = tf.tensor4d(toNhwc(d.dy, ys), [ys[0], ys[2], ys[3], ys[1]]);
  const pad: [[number, number], [number, number], [number, number], [number, number]] = [[0, 0], [c.pad, c.pad], [c.pad, c.pad], [0, 0]];
  const f = (t: tf.Tensor4D) => (c.mode === "max" ? tf.maxPool(t, c.size, c.stride, c.pad ? pad : "valid") : tf.avgPool(t, c.size, c.stride, c.pad ? pad : "valid"));
  const grad = tf.grad((t: tf.Tensor) => f(t as tf.Tensor4D));
  let result: Float32Array[] = [];
  return {
    run() {
      const y = backward ? grad(x, dy) : f(x);
      const shape = backward ? c.x : ys;
      result = [toNchw(y.dataSync() as Float32Array, shape)];
      y.dispose();
    },
    outputs: () => result,
    dispose: () => tf.dispose([x, dy]),
  };
}

export interface PoolRow {
  caseName: string;
  task: "forward" | "forward+backward";
  engineMs?: number;
  tfjsMs?: number;
  /** Median per-round ratio engine ÷ tfjs-cpu. */
  ratio?: number;
  /** Largest difference from tfjs (the check); NaN when shapes differ. */
  maxDiff: number;
}

function maxDiff(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return NaN;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

let ready = false;
async function setUp(): Promise<void> {
  if (ready) return;
  ready = true;
  tf.enableProdMode();
  if (!(await tf.setBackend("cpu"))) throw new Error("tfjs-cpu did not start");
  const kernel = (name: string, inputs: Record<string, tf.Tensor>, attrs: tf.NamedAttrMap) =>
    tf.engine().runKernel(name, inputs as tf.NamedTensorMap, attrs) as tf.Tensor;
  tf.registerGradient({
    kernelName: tf.MaxPool,
    inputsToSave: ["x"],
    outputsToSave: [true],
    gradFunc: (dy, [x, y], attrs) => ({ x: () => kernel(tf.MaxPoolGrad, { dy: dy as tf.Tensor, input: x!, output: y! }, attrs) }),
  });
  // avgPool casts its (already float32) input first: that cast passes the gradient through
  tf.registerGradient({ kernelName: tf.Cast, gradFunc: (dy) => ({ x: () => (dy as tf.Tensor).clone() }) });
  tf.registerGradient({
    kernelName: tf.AvgPool,
    inputsToSave: ["x"],
    gradFunc: (dy, [x], attrs) => ({ x: () => kernel(tf.AvgPoolGrad, { dy: dy as tf.Tensor, input: x! }, attrs) }),
  });
}

/** Every case, forward and forward+backward: checked (max |difference| ≤ 1e-5), then raced. */
export async function benchPooling(budget: Budget = FULL, clock: Clock = "cpu"): Promise<PoolRow[]> {
  await setUp();
  const rows: PoolRow[] = [];
  for (const c of POOL_CASES) {
    for (const backward of [false, true]) {
      const task = backward ? "forward+backward" : "forward";
      const mine = engineTask(c, backward);
      const theirs = tfjsTask(c, backward);
      mine.run();
      theirs.run();
      const diff = maxDiff(mine.outputs()[0]!, theirs.outputs()[0]!);
      if (!(diff <= 1e-5)) {
        rows.push({ caseName: c.name, task, maxDiff: diff }); // a wrong result is not timed
        theirs.dispose?.();
        continue;
      }
      const timing = await race([{ name: "engine", task: mine }, { name: "tfjs-cpu", task: theirs }], budget, clock);
      rows.push({
        caseName: c.name,
        task,
        engineMs: median(timing.ms.get("engine")!),
        tfjsMs: median(timing.ms.get("tfjs-cpu")!),
        ratio: median(ratios(timing, "engine", "tfjs-cpu")),
        maxDiff: diff,
      });
      theirs.dispose?.();
    }
  }
  return rows;
}

export function poolingText(rows: readonly PoolRow[]): string {
  const head = ["pooling case", "task", "engine ms", "tfjs-cpu ms", "engine ÷ tfjs", "max |diff|"];
  const body = rows.map((r) => [
    r.caseName,
    r.task,
    r.engineMs?.toFixed(3) ?? "—",
    r.tfjsMs?.toFixed(3) ?? "—",
    r.ratio === undefined ? "WRONG, not timed" : r.ratio.toFixed(2),
    Number.isNaN(r.maxDiff) ? "shape differs" : r.maxDiff.toExponential(1),
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((b) => b[k]!.length)));
  const line = (cells: string[]) => cells.map((v, k) => (k < 2 ? v.padEnd(widths[k]!) : v.padStart(widths[k]!))).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchPooling(process.argv.includes("--quick") ? QUICK : FULL);
  console.log(poolingText(rows));
  process.exitCode = rows.every((r) => r.ratio !== undefined) ? 0 : 1;
}
