// The one check for sizes given as a number or a [height, width] pair (kernel size, stride,
// padding, window size), and for single counts (channels), in the same learner's words.
import { ShapeError } from "./errors.ts";

/** A number for both axes, or [height, width]. */
export type Pair = number | readonly [number, number];

const isWhole = (n: unknown, min: number): n is number => typeof n === "number" && Number.isInteger(n) && n >= min;

/** [height, width] from a number or a pair of whole numbers ≥ min; otherwise "op: name must be …, got …". */
export function wholePair(op: string, name: string, v: Pair, min: number): [number, number] {
  const [a, b] = typeof v === "number" ? [v, v] : v;
  if (!isWhole(a, min) || !isWhole(b, min)) {
    throw new ShapeError(`${op}: ${name} must be a whole number ≥ ${min} (or a pair of them), got ${typeof v === "number" ? v : `[${v.join(", ")}]`}`);
  }
  return [a, b];
}

/** A single count such as channels: a whole number ≥ min, and never "a pair". */
export function wholeNumber(op: string, name: string, n: number, min: number): number {
  if (!isWhole(n, min)) throw new ShapeError(`${op}: ${name} must be a whole number ≥ ${min}, got ${n}`);
  return n;
}
