// The notebook's hand-written Conv2D block on the engine's nn.Block: a weight shaped like the
// kernel, a bias of shape (1,), and forward = corr2d(x, weight) + bias. Lesson 2 shows it;
// lesson 3's exercises train it.
import { nn, corr2d, type NDArray } from "../../src/engine/index.ts";

export class Conv2d extends nn.Block {
  readonly weight: nn.Parameter;
  readonly bias: nn.Parameter;

  constructor(kernelSize: [number, number]) {
    super();
    this.weight = this.params.get("weight", { shape: kernelSize });
    this.bias = this.params.get("bias", { shape: 1 });
  }

  forward(x: NDArray): NDArray {
    return corr2d(x, this.weight.data()).add(this.bias.data());
  }
}
