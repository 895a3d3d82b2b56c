// Reference solution: the notebook's Conv2D block.
import { nd, nn, type NDArray } from "convlab";

export class Conv2d extends nn.Block {
  readonly weight: nn.Parameter;
  readonly bias: nn.Parameter;

  constructor(kernelSize: [number, number]) {
    super();
    this.weight = this.params.get("weight", { shape: kernelSize });
    this.bias = this.params.get("bias", { shape: 1 });
  }

  forward(x: NDArray): NDArray {
    return nd.corr2d(x, this.weight.data()).add(this.bias.data());
  }
}
