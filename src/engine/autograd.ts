// Tape-based reverse mode, micrograd-style. Inside `record(fn)` every op that touches an
// array taking part in differentiation (a leaf with `attachGrad()`, or an op's result)
// remembers its inputs and a backward closure. `backward()` sorts that graph and runs
// the closures from the output back to the leaves. Outside `record` no graph is built.
import { NDArray, sameShape } from "./ndarray.ts";
import { ShapeError, fmtShape } from "./errors.ts";

/** Given the gradient of an op's output, return one gradient per input (null: none). */
export type BackwardFn = (grad: NDArray) => (NDArray | null)[];

/** What an op's result remembers while recording. */
export interface Node {
  op: string;
  parents: readonly NDArray[];
  backward: BackwardFn;
}

let depth = 0;

/** Run fn with recording on and return its value (MXNet: `with autograd.record():`). */
export function record<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}

/** Run fn with recording off, even inside `record` (MXNet: `autograd.pause()`). */
export function pause<T>(fn: () => T): T {
  const saved = depth;
  depth = 0;
  try {
    return fn();
  } finally {
    depth = saved;
  }
}

export function isRecording(): boolean {
  return depth > 0;
}

/** Does this array take part in differentiation? */
export function isTracked(a: NDArray): boolean {
  return a.node !== undefined || a.hasGrad;
}

/** Attach a graph node to an op's result, but only while recording and only if it matters. */
export function recordOp(out: NDArray, op: string, parents: readonly NDArray[], backward: BackwardFn): NDArray {
  if (depth > 0 && parents.some(isTracked)) out.node = { op, parents, backward };
  return out;
}

/** Parents before children, each array once. Iterative: a long graph must not blow the stack. */
function topoSort(root: NDArray): NDArray[] {
  const order: NDArray[] = [];
  const seen = new Set<NDArray>([root]);
  const stack = [root];
  const next = [0]; // for each array on the stack: which parent to visit next
  while (stack.length > 0) {
    const top = stack.length - 1;
    const t = stack[top]!;
    const parents = t.node ? t.node.parents : [];
    if (next[top]! < parents.length) {
      const p = parents[next[top]!++]!;
      if (!seen.has(p) && isTracked(p)) {
        seen.add(p);
        stack.push(p);
        next.push(0);
      }
    } else {
      order.push(t);
      stack.pop();
      next.pop();
    }
  }
  return order;
}

/**
 * Backpropagate from `root`. The head gradient defaults to ones of root's shape (MXNet).
 * Each leaf's `.grad` is OVERWRITTEN, not accumulated (MXNet's grad_req='write').
 */
export function backward(root: NDArray, head?: NDArray): void {
  if (!isTracked(root)) {
    throw new Error(
      "backward: this array was not computed from arrays with attachGrad() inside autograd.record(() => …)",
    );
  }
  // A copy of the caller's head: gradients flow on unchanged through + (see sumTo), and the
  // head may be a leaf's own .grad, which backward overwrites in place.
  const seed = head ? new NDArray(head.data.slice(), head.shape) : NDArray.full(root.shape, 1);
  if (!sameShape(seed.shape, root.shape)) {
    throw new ShapeError(`backward: head gradient ${fmtShape(seed.shape)} does not match output ${fmtShape(root.shape)}`);
  }
  const grads = new Map<NDArray, NDArray>([[root, seed]]);
  const order = topoSort(root);
  for (let k = order.length - 1; k >= 0; k--) {
    const t = order[k]!;
    const g = grads.get(t) ?? NDArray.full(t.shape, 0);
    grads.delete(t); // free intermediate gradients as soon as they are used
    if (!t.node) {
      t.writeGrad(g);
      continue;
    }
    const { op, parents } = t.node;
    const parentGrads = t.node.backward(g);
    for (let i = 0; i < parents.length; i++) {
      const p = parents[i]!;
      const pg = parentGrads[i];
      if (!pg || !isTracked(p)) continue;
      // tinygrad's guard: a gradient of the wrong shape is a bug in the op, caught here.
      if (!sameShape(pg.shape, p.shape)) {
        throw new Error(`backward of ${op}: gradient ${fmtShape(pg.shape)} for input ${fmtShape(p.shape)}`);
      }
      const prev = grads.get(p);
      grads.set(p, prev ? addInto(prev, pg) : pg);
    }
  }
}

/** prev + g as a new array (an op's returned gradient may be shared, never mutate it). */
function addInto(prev: NDArray, g: NDArray): NDArray {
  const out = new Float32Array(prev.size);
  for (let i = 0; i < out.length; i++) out[i] = prev.data[i]! + g.data[i]!;
  return new NDArray(out, prev.shape);
}
