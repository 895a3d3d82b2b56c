// Plain gradient descent: w ← w − lr · ∂l/∂w, in place, outside any graph.
import { Block, Parameter } from "./nn.ts";
import type { NDArray } from "./ndarray.ts";

/** One SGD step for every parameter (of a block, or a list of parameters or arrays with attachGrad). */
export function sgdStep(params: Block | Iterable<Parameter | NDArray>, lr: number): void {
  const list = params instanceof Block ? params.collectParams().values() : params;
  for (const p of list) {
    const w = p instanceof Parameter ? p.data() : p;
    const g = w.grad;
    for (let i = 0; i < w.size; i++) w.data[i] = w.data[i] - lr * g.data[i];
  }
}
