// Reductions to a single number (a 0-d array). Sums run in doubles.
import { NDArray } from "../ndarray.ts";
import { recordOp } from "../tape.ts";

export function sum(a: NDArray): NDArray {
  let s = 0;
  for (let i = 0; i < a.size; i++) s += a.data[i];
  // every element contributed once: its gradient is the output's
  return recordOp(NDArray.full([], s), "sum", [a], (g) => [NDArray.full(a.shape, g.data[0])]);
}

export function mean(a: NDArray): NDArray {
  let s = 0;
  for (let i = 0; i < a.size; i++) s += a.data[i];
  return recordOp(NDArray.full([], s / a.size), "mean", [a], (g) => [NDArray.full(a.shape, g.data[0] / a.size)]);
}
