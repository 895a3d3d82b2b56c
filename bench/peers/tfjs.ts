// tfjs-core 4.22 on its pure-JavaScript CPU backend and its WebAssembly backend (SIMD).
// tfjs gets its native layout (NHWC, HWIO), converted outside the timer, and its fused
// conv2d (bias in the same kernel). Padding is passed explicitly: a numeric pad mis-sizes
// the output for non-square kernels such as the notebook's 1×2.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { createRequire } from "node:module";
import path from "node:path";
import { outShape, type ConvCase } from "../cases.ts";
import { hwioToOihw, nchwToNhwc, nhwcToNchw, oihwToHwio, type CaseData, type TrainData } from "../data.ts";
import type { Peer, Prepared } from "./peer.ts";
import { registerLossGradients } from "./tfjs-grads.ts";

type Backend = "cpu" | "wasm";

/**
 * Starts both backends once and returns the peers that started. The wasm files come from
 * node_modules: nothing is downloaded.
 */
export async function initTfjs(): Promise<{ peers: Peer[]; wasm: string }> {
  tf.enableProdMode(); // tfjs' fast path, and no "install tfjs-node" banner
  const pkg = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm/package.json");
  setWasmPaths(path.join(path.dirname(pkg), "dist") + path.sep);
  const wasmUp = await tf.setBackend("wasm").catch(() => false);
  const simd = wasmUp && Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
  if (!(await tf.setBackend("cpu"))) throw new Error("tfjs-cpu did not start");
  registerLossGradients();
  return {
    peers: wasmUp ? [tfjsCpu, tfjsWasm] : [tfjsCpu],
    wasm: wasmUp ? `${simd ? "SIMD" : "no SIMD"}, 1 thread (tfjs runs no wasm threads in Node)` : "did not start, left out",
  };
}

async function use(backend: Backend): Promise<void> {
  if (tf.getBackend() !== backend) await tf.setBackend(backend);
}

function explicitPad(c: ConvCase): [[number, number], [number, number], [number, number], [number, number]] {
  return [[0, 0], [c.pad[0], c.pad[0]], [c.pad[1], c.pad[1]], [0, 0]];
}

/** The case's tensors on the active backend, in tfjs' layout. */
function tensors(c: ConvCase, d: CaseData) {
  const ys = outShape(c);
  const nhwc = (s: readonly number[]) => [s[0]!, s[2]!, s[3]!, s[1]!] as [number, number, number, number];
  return {
    x: tf.tensor4d(nchwToNhwc(d.x, c.x), nhwc(c.x)),
    w: tf.tensor4d(oihwToHwio(d.w, c.w), [c.w[2], c.w[3], c.w[1], c.w[0]]),
    b: tf.tensor1d(d.bias),
    dy: tf.tensor4d(nchwToNhwc(d.dy, ys), nhwc(ys)),
  };
}

function conv(c: ConvCase, x: tf.Tensor4D, w: tf.Tensor4D, b: tf.Tensor): tf.Tensor4D {
  return tf.fused.conv2d({ x, filter: w, bias: b, strides: [c.stride[0], c.stride[1]], pad: explicitPad(c) });
}

function forward(c: ConvCase, d: CaseData): Prepared {
  const t = tensors(c, d);
  let y: Float32Array = new Float32Array(0);
  return {
    run() {
      // Assign inside: tidy() walks whatever it returns, element by element.
      tf.tidy(() => {
        y = conv(c, t.x, t.w, t.b).dataSync() as Float32Array;
      });
    },
    outputs: () => [nhwcToNchw(y, outShape(c))],
    dispose: () => tf.dispose(Object.values(t)),
  };
}

function forwardBackward(c: ConvCase, d: CaseData): Prepared {
  const t = tensors(c, d);
  const grads = tf.grads((x, w, b) => conv(c, x as tf.Tensor4D, w as tf.Tensor4D, b!));
  let out: Float32Array[] = [];
  return {
    run() {
      tf.tidy(() => {
        out = grads([t.x, t.w, t.b], t.dy).map((g) => g.dataSync() as Float32Array);
      });
    },
    outputs: () => [nhwcToNchw(out[0]!, c.x), hwioToOihw(out[1]!, c.w), out[2]!],
    dispose: () => tf.dispose(Object.values(t)),
  };
}

/** The notebook's step the tfjs way: variables, a loss closure, tf.train.sgd minimising w only. */
function trainStep(t: TrainData): Prepared {
  const x = tf.tensor4d(t.x, [1, 6, 8, 1]);
  const y = tf.tensor4d(t.y, [1, 6, 7, 1]);
  const w = tf.variable(tf.tensor4d(t.w0, [1, 2, 1, 1]));
  const b = tf.variable(tf.zeros([1]));
  const sgd = tf.train.sgd(t.lr);
  let loss = NaN;
  return {
    run() {
      const l = sgd.minimize(() => tf.sum(tf.square(tf.sub(tf.fused.conv2d({ x, filter: w, bias: b, strides: 1, pad: "valid" }), y))), true, [w]);
      loss = l!.dataSync()[0]!;
      l!.dispose();
    },
    outputs: () => [w.dataSync() as Float32Array, Float32Array.of(loss)],
    dispose: () => {
      tf.dispose([x, y, w, b]);
      sgd.dispose();
    },
  };
}

export const tfjsCpu: Peer = {
  name: "tfjs-cpu",
  note: "@tensorflow/tfjs-backend-cpu 4.22, pure JavaScript",
  activate: () => use("cpu"),
  forward,
  forwardBackward,
  trainStep,
};

export const tfjsWasm: Peer = {
  name: "tfjs-wasm",
  note: "@tensorflow/tfjs-backend-wasm 4.22 (no conv2d filter gradient: forward only)",
  activate: () => use("wasm"),
  forward,
};
