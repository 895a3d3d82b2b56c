// Ops that move numbers without changing them: reshape and 2-D transpose, and reading and
// writing slices, numpy-style (X.get("0:2, 1:3"), X.set(":, 4:5", 0)).
import { NDArray } from "../ndarray.ts";
import type { Index, Nested } from "../ndarray.ts";
import { recordOp, isRecording, isTracked } from "../tape.ts";
import { ShapeError, fmtShape } from "../errors.ts";
import { broadcastShape, indexMap } from "./elementwise.ts";
import { array } from "../create.ts";

// ────────────────────────────── shape ──────────────────────────────
/** New shape with the same numbers in the same order; one axis may be -1 (inferred). */
export function reshape(a: NDArray, shape: readonly number[]): NDArray {
  const target = inferShape(a, shape);
  return recordOp(new NDArray(a.data.slice(), target), "reshape", [a], (g) => [new NDArray(g.data.slice(), a.shape)]);
}

function inferShape(a: NDArray, shape: readonly number[]): number[] {
  const bad = () => new ShapeError(`reshape: cannot reshape ${fmtShape(a.shape)} (${a.size} numbers) into ${shape.join("×")}`);
  if (shape.some((d) => !Number.isInteger(d) || (d < 1 && d !== -1)) || shape.filter((d) => d === -1).length > 1) throw bad();
  const known = shape.reduce((x, d) => (d === -1 ? x : x * d), 1);
  const out = shape.map((d) => (d === -1 ? a.size / known : d));
  if (!out.every(Number.isInteger) || out.reduce((x, d) => x * d, 1) !== a.size) throw bad();
  return out;
}

/** Rows become columns (2-D only). */
export function transpose(a: NDArray): NDArray {
  if (a.ndim !== 2) throw new ShapeError(`T: transpose needs a 2-D array, got ${fmtShape(a.shape)}`);
  const [rows, cols] = a.shape;
  const flip = (src: Float32Array, r: number, c: number) => {
    const out = new Float32Array(r * c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = src[i * c + j];
    return out;
  };
  return recordOp(new NDArray(flip(a.data, rows, cols), [cols, rows]), "T", [a], (g) => [
    new NDArray(flip(g.data, cols, rows), a.shape),
  ]);
}

// ────────────────────────────── slice ──────────────────────────────

interface AxisRange {
  start: number;
  length: number;
  drop: boolean; // a single index removes the axis, as in numpy
}

type Entry = number | null | readonly [number?, number?];

function parse(op: string, index: Index, ndim: number): Entry[] {
  if (typeof index !== "string") return [...index];
  const parts = index.trim() === "" ? [] : index.split(",").map((p) => p.trim());
  return parts.map((p) => {
    const num = (s: string) => {
      if (s === "") return undefined;
      const n = Number(s);
      if (!Number.isInteger(n)) throw new ShapeError(`${op}: "${index}" is not an index like ":, 4:5" (bad number "${s}")`);
      return n;
    };
    const bits = p.split(":");
    if (bits.length === 1) {
      const n = num(bits[0]);
      if (n === undefined) throw new ShapeError(`${op}: "${index}" has an empty entry; use ":" for a whole axis`);
      return n;
    }
    if (bits.length !== 2) throw new ShapeError(`${op}: "${index}" uses steps, which convlab does not support`);
    return [num(bits[0]), num(bits[1])] as Entry;
  }).concat(ndim > parts.length ? Array(ndim - parts.length).fill(null) : []);
}

function resolve(op: string, a: NDArray, index: Index): AxisRange[] {
  const entries = parse(op, index, a.ndim);
  if (entries.length > a.ndim) {
    throw new ShapeError(`${op}: ${entries.length} indices for an array of shape ${fmtShape(a.shape)}`);
  }
  while (entries.length < a.ndim) entries.push(null);
  return entries.map((e, axis) => {
    const n = a.shape[axis];
    if (e === null) return { start: 0, length: n, drop: false };
    if (typeof e === "number") {
      const i = e < 0 ? e + n : e;
      if (!Number.isInteger(e) || i < 0 || i >= n) {
        throw new ShapeError(`${op}: index ${e} is outside axis ${axis} of length ${n} (shape ${fmtShape(a.shape)})`);
      }
      return { start: i, length: 1, drop: true };
    }
    // Python slice semantics: negatives count from the end, bounds are clamped
    const clamp = (v: number | undefined, dflt: number) => (v === undefined ? dflt : Math.min(n, Math.max(0, v < 0 ? v + n : v)));
    const start = clamp(e[0], 0);
    const stop = clamp(e[1], n);
    if (stop <= start) {
      throw new ShapeError(`${op}: slice ${e[0] ?? ""}:${e[1] ?? ""} of axis ${axis} (length ${n}) is empty`);
    }
    return { start, length: stop - start, drop: false };
  });
}

/** Flat positions in `a` of every element of the region, in row-major order. */
function offsets(a: NDArray, ranges: AxisRange[]): Int32Array {
  let offs = [0];
  let stride = 1;
  const strides = a.shape.map(() => 0);
  for (let ax = a.ndim - 1; ax >= 0; ax--) {
    strides[ax] = stride;
    stride *= a.shape[ax];
  }
  ranges.forEach((r, ax) => {
    const next: number[] = [];
    for (const o of offs) for (let i = 0; i < r.length; i++) next.push(o + (r.start + i) * strides[ax]);
    offs = next;
  });
  return Int32Array.from(offs);
}

const keptShape = (ranges: AxisRange[]) => ranges.filter((r) => !r.drop).map((r) => r.length);

export function get(a: NDArray, index: Index): NDArray {
  const ranges = resolve("get", a, index);
  const offs = offsets(a, ranges);
  const out = new Float32Array(offs.length);
  for (let k = 0; k < offs.length; k++) out[k] = a.data[offs[k]];
  return recordOp(new NDArray(out, keptShape(ranges)), "get", [a], (g) => {
    const d = new Float32Array(a.size); // zero outside the slice
    for (let k = 0; k < offs.length; k++) d[offs[k]] = g.data[k];
    return [new NDArray(d, a.shape)];
  });
}

/** In place, outside the graph: like MXNet, assignment is refused on arrays being differentiated. */
export function set(a: NDArray, index: Index, value: NDArray | Nested): NDArray {
  if (isRecording() && isTracked(a)) {
    throw new Error("set: cannot assign into an array that autograd is recording; do it outside autograd.record");
  }
  const ranges = resolve("set", a, index);
  const shape = keptShape(ranges);
  const v = value instanceof NDArray ? value : array(value);
  if (broadcastShape("set", v.shape, shape).join() !== shape.join()) {
    throw new ShapeError(`set: a value of shape ${fmtShape(v.shape)} does not fit the slice ${fmtShape(shape)}`);
  }
  const offs = offsets(a, ranges);
  const from = indexMap(v.shape, shape);
  for (let k = 0; k < offs.length; k++) a.data[offs[k]] = v.data[from[k]];
  return a;
}
