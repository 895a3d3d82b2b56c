// tfjs-core's Node build registers no op gradients; fused conv2d carries its own.
// The training step's loss Σ(ŷ − y)² needs three more, registered here (equal shapes only:
// that is all the notebook's loss uses, and a mismatch fails loudly instead of silently).
import * as tf from "@tensorflow/tfjs-core";

let done = false;

export function registerLossGradients(): void {
  if (done) return;
  done = true;
  const sameShape = (a: tf.Tensor, b: tf.Tensor) => {
    if (a.shape.join() !== b.shape.join()) throw new Error(`bench: Sub gradient needs equal shapes, got ${a.shape} and ${b.shape}`);
  };
  tf.registerGradient({
    kernelName: tf.Sub,
    inputsToSave: ["a", "b"],
    gradFunc: (dy, saved) => {
      sameShape(saved[0]!, saved[1]!);
      return { a: () => dy as tf.Tensor, b: () => tf.neg(dy as tf.Tensor) };
    },
  });
  tf.registerGradient({
    kernelName: tf.Square,
    inputsToSave: ["x"],
    gradFunc: (dy, saved) => ({ x: () => tf.mul(dy as tf.Tensor, tf.mul(saved[0]!, 2)) }),
  });
  tf.registerGradient({
    kernelName: tf.Sum,
    inputsToSave: ["x"],
    // Every element contributed once: the gradient is dy, spread over x's shape.
    gradFunc: (dy, saved) => {
      const x = saved[0]!;
      if ((dy as tf.Tensor).size !== 1) throw new Error("bench: Sum gradient supports a full reduction only");
      return { x: () => tf.mul(tf.ones(x.shape), tf.reshape(dy as tf.Tensor, [])) };
    },
  });
}
