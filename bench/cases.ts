// The benchmark's cases (issue 2 §4): the notebook's tiny one, a digit-sized image,
// a picture, and two multi-channel layers. Shapes are the engine's: x NCHW, w OIHW.

export interface ConvCase {
  name: string;
  x: readonly [number, number, number, number];
  w: readonly [number, number, number, number];
  stride: readonly [number, number];
  pad: readonly [number, number];
}

export const CASES: readonly ConvCase[] = [
  { name: "notebook 1×1×6×8 ⊛ 1×1×1×2", x: [1, 1, 6, 8], w: [1, 1, 1, 2], stride: [1, 1], pad: [0, 0] },
  { name: "1×1×28×28 ⊛ 3×3 pad 1", x: [1, 1, 28, 28], w: [1, 1, 3, 3], stride: [1, 1], pad: [1, 1] },
  { name: "1×1×256×256 ⊛ 3×3", x: [1, 1, 256, 256], w: [1, 1, 3, 3], stride: [1, 1], pad: [0, 0] },
  { name: "1×16×64×64 ⊛ 32×16×3×3 pad 1", x: [1, 16, 64, 64], w: [32, 16, 3, 3], stride: [1, 1], pad: [1, 1] },
  { name: "8×3×32×32 ⊛ 16×3×5×5 stride 2", x: [8, 3, 32, 32], w: [16, 3, 5, 5], stride: [2, 2], pad: [0, 0] },
];

/** The case whose forward pass is also held against tfjs-wasm (a target of 2×). */
export const PICTURE_CASE = "1×1×256×256 ⊛ 3×3";

/** Output shape N×O×OH×OW of a case. */
export function outShape(c: ConvCase): [number, number, number, number] {
  const [n, , h, w] = c.x;
  const [o, , kh, kw] = c.w;
  return [n, o, Math.floor((h + 2 * c.pad[0] - kh) / c.stride[0]) + 1, Math.floor((w + 2 * c.pad[1] - kw) / c.stride[1]) + 1];
}

export const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

// The notebook's training loop: learn K = [1, −1] from the edge image (ones, columns 2–5 zero).
export const TRAIN_CASE = "notebook loop 1×1×6×8 ⊛ 1×2";
/** The lessons' rate (issue 2 §3: lr 0.016, summed squared loss, only the weight updated). */
export const TRAIN_LR = 0.016;

/** The notebook's X: a 6×8 image of ones with a dark band in columns 2..5. */
export function notebookImage(): Float32Array {
  const x = new Float32Array(6 * 8).fill(1);
  for (let i = 0; i < 6; i++) for (let j = 2; j < 6; j++) x[i * 8 + j] = 0;
  return x;
}
