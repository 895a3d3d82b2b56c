// Elementwise arithmetic with numpy broadcasting (enough for `x + bias`, `x - x.mean()`).
// Each op: forward loop, then its backward closure right beside it.
import { NDArray, sameShape } from "../ndarray.ts";
import { recordOp, isTracked } from "../tape.ts";
import { ShapeError, fmtShape } from "../errors.ts";

type Operand = NDArray | number;

function asArray(x: Operand): NDArray {
  return typeof x === "number" ? NDArray.full([], x) : x;
}

/** numpy's rule: align shapes at the right; each axis equal, or one of them 1. */
export function broadcastShape(op: string, a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(`${op}: shapes ${fmtShape(a)} and ${fmtShape(b)} do not match (each axis must be equal, or 1)`);
    }
    out.push(Math.max(da, db));
  }
  return out;
}

/** For each element of `outShape`, the position of the element of `shape` it reads. */
export function indexMap(shape: readonly number[], outShape: readonly number[]): Int32Array {
  const size = outShape.reduce((x, y) => x * y, 1);
  const map = new Int32Array(size);
  const pad = outShape.length - shape.length;
  // stride of each output axis in the input; 0 where the input is broadcast
  const strides = outShape.map(() => 0);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i + pad] = shape[i] === 1 ? 0 : s;
    s *= shape[i];
  }
  const idx = outShape.map(() => 0);
  let at = 0;
  for (let k = 0; k < size; k++) {
    map[k] = at;
    for (let ax = outShape.length - 1; ax >= 0; ax--) {
      idx[ax]++;
      at += strides[ax];
      if (idx[ax] < outShape[ax]) break;
      at -= strides[ax] * outShape[ax];
      idx[ax] = 0;
    }
  }
  return map;
}

/**
 * Which element of an input each output element reads: null when it is the same position
 * (equal shapes, the common case), else a map. A single number read everywhere needs no
 * computed map: a fresh Int32Array is already all zeros.
 */
function reads(input: NDArray, shape: readonly number[], size: number): Int32Array | null {
  if (sameShape(input.shape, shape)) return null;
  if (input.size === 1) return new Int32Array(size);
  return indexMap(input.shape, shape);
}

/** Position in an input of output element k. */
const at = (map: Int32Array | null, k: number) => (map === null ? k : map[k]);

/**
 * An op's loop: each output element from the elements of u and v it reads. Each op has its own,
 * so the arithmetic is inlined (one shared loop calling a function per element cannot be).
 */
type Kernel = (out: Float32Array, u: Float32Array, iu: Int32Array | null, v: Float32Array, iv: Int32Array | null) => void;

/** Broadcast a and b and run the op's loop; returns the result and which elements of a and b each output read. */
function zip(op: string, a: NDArray, b: NDArray, kernel: Kernel) {
  const shape = sameShape(a.shape, b.shape) ? a.shape : broadcastShape(op, a.shape, b.shape);
  let size = 1;
  for (const d of shape) size *= d;
  const [ia, ib] = [reads(a, shape, size), reads(b, shape, size)];
  const out = new Float32Array(size);
  kernel(out, a.data, ia, b.data, ib);
  return { out: new NDArray(out, shape), ia, ib };
}

/**
 * Gradient for an input read through `map`: sum the per-element terms landing on each of its
 * elements. Inputs nobody differentiates (data, constants) get none: null.
 */
function scatter(input: NDArray, map: Int32Array | null, term: (k: number) => number): NDArray | null {
  if (!isTracked(input)) return null;
  if (map === null) {
    const d = new Float32Array(input.size);
    for (let k = 0; k < d.length; k++) d[k] = term(k);
    return new NDArray(d, input.shape);
  }
  const acc = new Float64Array(input.size);
  for (let k = 0; k < map.length; k++) acc[map[k]] += term(k);
  return new NDArray(Float32Array.from(acc), input.shape);
}

/** ±g summed back onto an input read through `map` (the gradient of + and −: no per-element calls). */
function sumTo(input: NDArray, map: Int32Array | null, g: NDArray, sign: 1 | -1): NDArray | null {
  if (!isTracked(input)) return null;
  // Same shape, +: g itself. Ops never mutate a gradient (addInto in autograd.ts makes a new
  // one), and backward() copies a caller's head gradient, which writeGrad could overwrite.
  if (map === null && sign === 1) return g;
  if (map === null) {
    const d = new Float32Array(input.size);
    for (let k = 0; k < d.length; k++) d[k] = -g.data[k];
    return new NDArray(d, input.shape);
  }
  const acc = new Float64Array(input.size);
  for (let k = 0; k < map.length; k++) acc[map[k]] += sign * g.data[k];
  return new NDArray(Float32Array.from(acc), input.shape);
}

export function add(x: Operand, y: Operand): NDArray {
  const [a, b] = [asArray(x), asArray(y)];
  const { out, ia, ib } = zip("add", a, b, (o, u, iu, v, iv) => {
    for (let k = 0; k < o.length; k++) o[k] = u[at(iu, k)] + v[at(iv, k)];
  });
  return recordOp(out, "add", [a, b], (g) => [sumTo(a, ia, g, 1), sumTo(b, ib, g, 1)]);
}

export function sub(x: Operand, y: Operand): NDArray {
  const [a, b] = [asArray(x), asArray(y)];
  const { out, ia, ib } = zip("sub", a, b, (o, u, iu, v, iv) => {
    for (let k = 0; k < o.length; k++) o[k] = u[at(iu, k)] - v[at(iv, k)];
  });
  return recordOp(out, "sub", [a, b], (g) => [sumTo(a, ia, g, 1), sumTo(b, ib, g, -1)]);
}

export function mul(x: Operand, y: Operand): NDArray {
  const [a, b] = [asArray(x), asArray(y)];
  const { out, ia, ib } = zip("mul", a, b, (o, u, iu, v, iv) => {
    for (let k = 0; k < o.length; k++) o[k] = u[at(iu, k)] * v[at(iv, k)];
  });
  return recordOp(out, "mul", [a, b], (g) => [
    scatter(a, ia, (k) => g.data[k] * b.data[at(ib, k)]),
    scatter(b, ib, (k) => g.data[k] * a.data[at(ia, k)]),
  ]);
}

export function div(x: Operand, y: Operand): NDArray {
  const [a, b] = [asArray(x), asArray(y)];
  const { out, ia, ib } = zip("div", a, b, (o, u, iu, v, iv) => {
    for (let k = 0; k < o.length; k++) o[k] = u[at(iu, k)] / v[at(iv, k)];
  });
  return recordOp(out, "div", [a, b], (g) => [
    scatter(a, ia, (k) => g.data[k] / b.data[at(ib, k)]),
    // d(p/q)/dq = -p/q^2
    scatter(b, ib, (k) => (-g.data[k] * a.data[at(ia, k)]) / b.data[at(ib, k)] ** 2),
  ]);
}

export function neg(a: NDArray): NDArray {
  return mul(a, -1);
}

/** a ** p for a number p. */
export function pow(a: NDArray, p: number): NDArray {
  const out = new Float32Array(a.size);
  // squaring (every squared loss) as x·x: same result, several times faster than **
  if (p === 2) for (let i = 0; i < out.length; i++) out[i] = a.data[i] * a.data[i];
  else for (let i = 0; i < out.length; i++) out[i] = a.data[i] ** p;
  return recordOp(new NDArray(out, a.shape), "pow", [a], (g) => {
    const d = new Float32Array(a.size);
    // p·a^(p−1); p = 0 has derivative 0 even where a^(−1) is infinite
    if (p === 2) for (let i = 0; i < d.length; i++) d[i] = 2 * a.data[i] * g.data[i];
    else for (let i = 0; i < d.length; i++) d[i] = p === 0 ? 0 : g.data[i] * p * a.data[i] ** (p - 1);
    return [new NDArray(d, a.shape)];
  });
}
