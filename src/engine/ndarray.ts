// NDArray: a Float32Array plus a shape (row-major). Float32 like MXNet and PyTorch, so results
// match theirs; sums inside an op run in JS doubles and are rounded once when stored (see
// docs/engine.md, "Float32 storage, double sums").
//
// This file holds the array itself: its numbers, its shape, reading them out, and the slot
// backward() writes the gradient into. The ops (X.add(Y), X.sum(), X.T, …) are declared below
// so a reader sees the whole API here, and are defined with their gradients in ops/; methods.ts
// connects the two. (Ops build NDArrays, so this file cannot import them without a circle.)
import { ShapeError, fmtShape } from "./errors.ts";

/** Nested JS arrays of numbers, as `nd.array` takes and `toArray` gives. */
export type Nested = number | Nested[];

/**
 * A slice, one entry per axis (missing trailing axes mean "all"): a string of "i", ":", "a:b",
 * "a:", ":b" (negative counts from the end) joined by commas, or an array of a number (one
 * index; the axis is dropped), null (all) or [start, stop].
 */
export type Index = string | readonly (number | null | readonly [number, number?])[];

/** Given the gradient of an op's output, return one gradient per input (null: none). */
export type BackwardFn = (grad: NDArray) => (NDArray | null)[];

/** What an op's result remembers while autograd records (see tape.ts). */
export interface Node {
  op: string;
  parents: readonly NDArray[];
  backward: BackwardFn;
}

/** Equal shapes, axis by axis. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class NDArray {
  readonly data: Float32Array;
  readonly shape: readonly number[];
  /** Set by an op run inside autograd.record: how this array was made (see tape.ts). */
  node?: Node;
  private gradient?: NDArray;

  constructor(data: Float32Array, shape: readonly number[]) {
    let size = 1;
    for (const d of shape) size *= d;
    if (data.length !== size) {
      throw new ShapeError(`NDArray: ${data.length} numbers cannot have shape ${fmtShape(shape)} (${size} numbers)`);
    }
    this.data = data;
    this.shape = shape.slice(); // our own copy: a caller's array may change later
  }

  /** An array of `shape` filled with `value`. */
  static full(shape: readonly number[], value: number): NDArray {
    let size = 1;
    for (const d of shape) size *= d;
    const data = new Float32Array(size);
    if (value !== 0) data.fill(value); // a new Float32Array is already zeros
    return new NDArray(data, shape);
  }

  get size(): number {
    return this.data.length;
  }

  get ndim(): number {
    return this.shape.length;
  }

  // ---- reading the numbers out ----

  /** Nested JS arrays (a plain number for a 0-d array). */
  toArray(): Nested {
    const build = (axis: number, offset: number): Nested => {
      if (axis === this.shape.length) return this.data[offset];
      const stride = this.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
      return Array.from({ length: this.shape[axis] }, (_, i) => build(axis + 1, offset + i * stride));
    };
    return build(0, 0);
  }

  /** The numbers of a 1-D array. */
  to1d(): number[] {
    return this.nested(1) as number[];
  }

  /** The rows of a 2-D array (what lessons show as a matrix). */
  to2d(): number[][] {
    return this.nested(2) as number[][];
  }

  /** The planes of a 3-D array (channels, rows, columns). */
  to3d(): number[][][] {
    return this.nested(3) as number[][][];
  }

  /** A 4-D array (batch, channels, rows, columns) as nested arrays. */
  to4d(): number[][][][] {
    return this.nested(4) as number[][][][];
  }

  private nested(ndim: number): Nested {
    if (this.ndim !== ndim) throw new ShapeError(`to${ndim}d: expected a ${ndim}-D array, got ${fmtShape(this.shape)}`);
    return this.toArray();
  }

  /** The single number of a size-1 array (MXNet's asscalar()). */
  asScalar(): number {
    if (this.size !== 1) throw new ShapeError(`asScalar: array of shape ${fmtShape(this.shape)} holds ${this.size} numbers, not 1`);
    return this.data[0];
  }

  /** A copy with its own storage, outside any graph. */
  copy(): NDArray {
    return new NDArray(this.data.slice(), this.shape);
  }

  toString(): string {
    return `NDArray ${fmtShape(this.shape)} ${JSON.stringify(this.toArray())}`;
  }

  // ---- ops: each defined with its backward in ops/, attached by methods.ts ----

  /** Elementwise, with NumPy broadcasting (ops/elementwise.ts). */
  declare add: (b: NDArray | number) => NDArray;
  declare sub: (b: NDArray | number) => NDArray;
  declare mul: (b: NDArray | number) => NDArray;
  declare div: (b: NDArray | number) => NDArray;
  declare pow: (p: number) => NDArray;
  declare neg: () => NDArray;
  /** To a 0-d array (ops/reduce.ts). */
  declare sum: () => NDArray;
  declare mean: () => NDArray;
  /** The same numbers in a new shape; one axis may be -1: `X.reshape(1, 1, 6, 8)` or `X.reshape([1, 1, 6, 8])` (ops/shape.ts). */
  declare reshape: {
    (...shape: number[]): NDArray;
    (shape: readonly number[]): NDArray;
  };
  /** 2-D transpose (ops/shape.ts). */
  declare readonly T: NDArray;
  /** A copy of a slice, numpy-style: `X.get("0:2, 1:3")` is X[0:2, 1:3]. Differentiable. */
  declare get: (index: Index) => NDArray;
  /** Assign into a slice in place: `X.set(":, 4:5", 0)` is X[:, 4:5] = 0. Returns this. */
  declare set: (index: Index, value: NDArray | Nested) => NDArray;
  /** Backpropagate from this array; non-scalar outputs get a head gradient of ones (autograd.ts). */
  declare backward: (head?: NDArray) => void;

  // ---- the gradient slot ----

  /** Make this array a leaf whose gradient backward() will write (MXNet's attach_grad()). */
  attachGrad(): this {
    this.node = undefined; // like MXNet: the array becomes a fresh leaf
    this.gradient = NDArray.full(this.shape, 0);
    return this;
  }

  get hasGrad(): boolean {
    return this.gradient !== undefined;
  }

  /**
   * The gradient written by the last backward(); zeros right after attachGrad(). backward()
   * overwrites it in place (MXNet's grad_req='write'), so a held reference sees the new values.
   */
  get grad(): NDArray {
    if (!this.gradient) throw new Error(`grad: call attachGrad() on this ${fmtShape(this.shape)} array before backward()`);
    return this.gradient;
  }
}
