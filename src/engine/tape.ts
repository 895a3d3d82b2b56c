// The tape, micrograd-style: while autograd.record runs, each op's result remembers its
// inputs and a backward closure (its Node). Ops call recordOp; learners never need to.
// autograd.ts walks these nodes back from an output to the leaves.
import type { BackwardFn, NDArray } from "./ndarray.ts";

/** How many autograd.record calls are running (0: not recording). */
let depth = 0;

/** Run fn with recording on (`true`) or off (`false`), restoring the state after. */
export function withRecording<T>(on: boolean, fn: () => T): T {
  const saved = depth;
  depth = on ? depth + 1 : 0;
  try {
    return fn();
  } finally {
    depth = saved;
  }
}

export function isRecording(): boolean {
  return depth > 0;
}

/** Does this array take part in differentiation (a leaf with attachGrad(), or an op's result)? */
export function isTracked(a: NDArray): boolean {
  return a.node !== undefined || a.hasGrad;
}

/** Attach a graph node to an op's result, but only while recording and only if it matters. */
export function recordOp(out: NDArray, op: string, parents: readonly NDArray[], backward: BackwardFn): NDArray {
  if (depth > 0 && parents.some(isTracked)) out.node = { op, parents, backward };
  return out;
}
