// Making arrays: from nested JS arrays, filled with a number, or random from a seed.
import { NDArray } from "./ndarray.ts";
import type { Nested } from "./ndarray.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { RNG } from "./random.ts";

/** nd.array([[0, 1], [2, 3]]): the shape is inferred; ragged, empty or non-numeric input is refused. */
export function array(values: Nested | NDArray): NDArray {
  if (values instanceof NDArray) return values.copy();
  const shape: number[] = [];
  for (let v: Nested = values; Array.isArray(v); v = v[0]) {
    if (v.length === 0) throw new ShapeError(`array: empty list at depth ${shape.length}; every axis needs at least one number`);
    shape.push(v.length);
  }
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  let k = 0;
  const walk = (v: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof v !== "number") {
        const what = Array.isArray(v) ? "a list" : JSON.stringify(v) ?? String(v);
        throw new ShapeError(`array: ragged input, expected a number at ${path || "top"} but found ${what} (shape ${fmtShape(shape)} from the first elements)`);
      }
      data[k++] = v;
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) {
      const got = Array.isArray(v) ? `${v.length} elements` : "a number";
      throw new ShapeError(`array: ragged input, ${path || "top"} has ${got} but ${shape[depth]} were expected (shape ${fmtShape(shape)})`);
    }
    v.forEach((x, i) => walk(x, depth + 1, `${path}[${i}]`));
  };
  walk(values, 0, "");
  return new NDArray(data, shape);
}

/** Check a shape given by a learner: whole numbers ≥ 1. */
export function checkShape(op: string, shape: number | readonly number[]): number[] {
  const s = typeof shape === "number" ? [shape] : [...shape];
  if (!s.every((d) => Number.isInteger(d) && d >= 1)) {
    throw new ShapeError(`${op}: a shape is made of whole numbers ≥ 1, got ${s.join("×")}`);
  }
  return s;
}

export function full(shape: number | readonly number[], value: number): NDArray {
  return NDArray.full(checkShape("full", shape), value);
}

export function zeros(shape: number | readonly number[]): NDArray {
  return NDArray.full(checkShape("zeros", shape), 0);
}

export function ones(shape: number | readonly number[]): NDArray {
  return NDArray.full(checkShape("ones", shape), 1);
}

/** From flat numbers (row-major) and a shape, e.g. the pixels of a picture. */
export function fromFlat(values: ArrayLike<number>, shape: number | readonly number[]): NDArray {
  const s = checkShape("fromFlat", shape);
  const size = s.reduce((a, b) => a * b, 1);
  if (values.length !== size) {
    throw new ShapeError(`fromFlat: ${values.length} numbers cannot fill shape ${fmtShape(s)} (${size} numbers)`);
  }
  return new NDArray(Float32Array.from(values), s);
}

/** A seed, or a generator to draw from (so several arrays can share one stream). */
export type Seed = number | RNG;
const rngOf = (seed: Seed) => (seed instanceof RNG ? seed : new RNG(seed));

/** Uniform in [low, high), from a seed: the same seed gives the same array everywhere. */
export function uniform(low: number, high: number, shape: number | readonly number[], seed: Seed = 0): NDArray {
  const s = checkShape("uniform", shape);
  const rng = rngOf(seed);
  const out = NDArray.full(s, 0);
  for (let i = 0; i < out.size; i++) out.data[i] = rng.uniform(low, high);
  return out;
}

/** Normal(mean, sigma), from a seed. */
export function normal(mean: number, sigma: number, shape: number | readonly number[], seed: Seed = 0): NDArray {
  const s = checkShape("normal", shape);
  const rng = rngOf(seed);
  const out = NDArray.full(s, 0);
  for (let i = 0; i < out.size; i++) out.data[i] = rng.normal(mean, sigma);
  return out;
}
