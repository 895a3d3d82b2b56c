// NDArray: a Float32Array plus a shape (row-major). Float32 like MXNet and PyTorch, so
// results match theirs; loops accumulate in JS doubles and round once when storing.
// The methods here are thin: each op lives, with its backward, in ops/ or conv.ts.
import type { Node } from "./autograd.ts";
import { backward } from "./autograd.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { add, sub, mul, div, pow, neg } from "./ops/elementwise.ts";
import { sum, mean } from "./ops/reduce.ts";
import { reshape, transpose } from "./ops/shape.ts";
import { get, set } from "./ops/slice.ts";
import type { Index } from "./ops/slice.ts";

/** Equal shapes, axis by axis. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Nested JS arrays of numbers, as `nd.array` takes and `toArray` gives. */
export type Nested = number | Nested[];

export class NDArray {
  readonly data: Float32Array;
  readonly shape: readonly number[];
  /** Set by an op run inside autograd.record: how this array was made. */
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

  /** Nested JS arrays (a plain number for a 0-d array). */
  toArray(): Nested {
    const build = (axis: number, offset: number): Nested => {
      if (axis === this.shape.length) return this.data[offset]!;
      const stride = this.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
      return Array.from({ length: this.shape[axis]! }, (_, i) => build(axis + 1, offset + i * stride));
    };
    return build(0, 0);
  }

  /** The rows of a 2-D array (what lessons show as a matrix). */
  to2d(): number[][] {
    if (this.ndim !== 2) throw new ShapeError(`to2d: expected a 2-D array, got ${fmtShape(this.shape)}`);
    return this.toArray() as number[][];
  }

  /** The single number of a size-1 array (MXNet's asscalar()). */
  asScalar(): number {
    if (this.size !== 1) throw new ShapeError(`asScalar: array of shape ${fmtShape(this.shape)} holds ${this.size} numbers, not 1`);
    return this.data[0]!;
  }

  /** A copy with its own storage, outside any graph. */
  copy(): NDArray {
    return new NDArray(this.data.slice(), this.shape);
  }

  toString(): string {
    return `NDArray ${fmtShape(this.shape)} ${JSON.stringify(this.toArray())}`;
  }

  // ---- ops (each defined with its backward elsewhere) ----
  add(b: NDArray | number): NDArray { return add(this, b); }
  sub(b: NDArray | number): NDArray { return sub(this, b); }
  mul(b: NDArray | number): NDArray { return mul(this, b); }
  div(b: NDArray | number): NDArray { return div(this, b); }
  pow(p: number): NDArray { return pow(this, p); }
  neg(): NDArray { return neg(this); }
  sum(): NDArray { return sum(this); }
  mean(): NDArray { return mean(this); }
  reshape(...shape: (number | readonly number[])[]): NDArray {
    return reshape(this, shape.flat());
  }
  /** 2-D transpose. */
  get T(): NDArray { return transpose(this); }
  /** A copy of a slice, numpy-style: `X.get("0:2, 1:3")` is X[0:2, 1:3]. Differentiable. */
  get(index: Index): NDArray { return get(this, index); }
  /** Assign into a slice in place: `X.set(":, 4:5", 0)` is X[:, 4:5] = 0. Returns this. */
  set(index: Index, value: NDArray | Nested): NDArray { return set(this, index, value); }

  // ---- autograd ----
  /** Make this array a leaf whose gradient backward() will write (MXNet's attach_grad()). */
  attachGrad(): this {
    this.node = undefined; // like MXNet: the array becomes a fresh leaf
    this.gradient = NDArray.full(this.shape, 0);
    return this;
  }

  get hasGrad(): boolean {
    return this.gradient !== undefined;
  }

  /** The gradient written by the last backward(); zeros right after attachGrad(). */
  get grad(): NDArray {
    if (!this.gradient) throw new Error(`grad: call attachGrad() on this ${fmtShape(this.shape)} array before backward()`);
    return this.gradient;
  }

  /** @internal used by backward(): overwrite (MXNet grad_req='write'), never accumulate. */
  writeGrad(g: NDArray): void {
    this.gradient?.data.set(g.data); // in place: a held reference to .grad sees the new values
  }

  /** Backpropagate from this array; non-scalar outputs get a head gradient of ones. */
  backward(head?: NDArray): void {
    backward(this, head);
  }
}
