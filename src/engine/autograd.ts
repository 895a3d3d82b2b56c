// Reverse mode, as a learner uses it (MXNet's autograd): record a computation, then call
// backward() on its result. Each op's backward lives beside its forward in ops/; tape.ts is
// what they record. backward() sorts the recorded graph and runs those closures from the
// output back to the leaves.
import { NDArray, sameShape } from "./ndarray.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { isTracked, withRecording } from "./tape.ts";

export { isRecording } from "./tape.ts";

/** Run fn with recording on and return its value (MXNet: `with autograd.record():`). */
export function record<T>(fn: () => T): T {
  return withRecording(true, fn);
}

/** Run fn with recording off, even inside `record` (MXNet: `autograd.pause()`). */
export function pause<T>(fn: () => T): T {
  return withRecording(false, fn);
}

/**
 * Backpropagate from `root` (also `root.backward(head)`). The head gradient defaults to ones of
 * root's shape (MXNet). Each leaf's `.grad` is OVERWRITTEN, not accumulated (grad_req='write').
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
    const t = order[k];
    const g = grads.get(t) ?? NDArray.full(t.shape, 0);
    grads.delete(t); // free intermediate gradients as soon as they are used
    if (!t.node) {
      t.grad.data.set(g.data); // a leaf: overwrite in place, so a held reference to .grad sees it
      continue;
    }
    const { op, parents } = t.node;
    const parentGrads = t.node.backward(g);
    for (let i = 0; i < parents.length; i++) {
      const p = parents[i];
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

/** Parents before children, each array once. Iterative: a long graph must not blow the stack. */
function topoSort(root: NDArray): NDArray[] {
  const order: NDArray[] = [];
  const seen = new Set<NDArray>([root]);
  const stack = [root];
  const next = [0]; // for each array on the stack: which parent to visit next
  while (stack.length > 0) {
    const top = stack.length - 1;
    const t = stack[top];
    const parents = t.node ? t.node.parents : [];
    if (next[top] < parents.length) {
      const p = parents[next[top]++];
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

/** prev + g as a new array (an op's returned gradient may be shared, never mutate it). */
function addInto(prev: NDArray, g: NDArray): NDArray {
  const out = new Float32Array(prev.size);
  for (let i = 0; i < out.length; i++) out[i] = prev.data[i] + g.data[i];
  return new NDArray(out, prev.shape);
}
