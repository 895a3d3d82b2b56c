// Reference solution: the notebook's training loop (only the weight is learned).
import { nd, autograd, type NDArray } from "convlab";

export function train(X: NDArray, Y: NDArray, W: NDArray, lr: number, steps: number): number[] {
  W.attachGrad();
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const l = autograd.record(() => nd.corr2d(X, W).sub(Y).pow(2).sum());
    l.backward();
    losses.push(l.asScalar());
    for (let i = 0; i < W.size; i++) W.data[i] -= lr * W.grad.data[i]!;
  }
  return losses;
}
