// convlab's engine, called through its public API the way a learner's script would.
// Inputs are built from flat data outside the timer; results are read from `.data`.
import { autograd, nd, nn, optim } from "../../src/engine/index.ts";
import type { NDArray } from "../../src/engine/index.ts";
import { outShape, type ConvCase } from "../cases.ts";
import type { CaseData, TrainData } from "../data.ts";
import type { Peer, Prepared } from "./peer.ts";

function arrays(c: ConvCase, d: CaseData) {
  return {
    x: nd.fromFlat(d.x, c.x),
    w: nd.fromFlat(d.w, c.w),
    bias: nd.fromFlat(d.bias, [c.w[0]]),
    opts: { stride: [c.stride[0], c.stride[1]] as [number, number], pad: [c.pad[0], c.pad[1]] as [number, number] },
  };
}

function forward(c: ConvCase, d: CaseData): Prepared {
  const { x, w, bias, opts } = arrays(c, d);
  let y: NDArray | undefined;
  return {
    run() {
      y = nd.conv2d(x, w, { bias, ...opts });
    },
    outputs: () => [y!.data],
  };
}

function forwardBackward(c: ConvCase, d: CaseData): Prepared {
  const { x, w, bias, opts } = arrays(c, d);
  const head = nd.fromFlat(d.dy, outShape(c));
  for (const a of [x, w, bias]) a.attachGrad();
  return {
    run() {
      const y = autograd.record(() => nd.conv2d(x, w, { bias, ...opts }));
      y.backward(head);
    },
    outputs: () => [x.grad.data, w.grad.data, bias.grad.data],
  };
}

/** The notebook's loop body: Gluon's Conv2D, l = (ŷ − y)², backward, update the weight only. */
function trainStep(t: TrainData): Prepared {
  const net = new nn.Conv2D({ channels: 1, kernelSize: [1, 2] });
  net.initialize();
  const X = nd.fromFlat(t.x, [1, 1, 6, 8]);
  const Y = nd.fromFlat(t.y, [1, 1, 6, 7]);
  net.forward(X); // infers the input channels, then we start from the shared weight
  net.weight.setData(nd.fromFlat(t.w0, [1, 1, 1, 2]));
  let loss = NaN;
  return {
    run() {
      const l = autograd.record(() => net.forward(X).sub(Y).pow(2));
      l.backward();
      optim.sgdStep([net.weight], t.lr);
      loss = l.data.reduce((a, b) => a + b, 0);
    },
    outputs: () => [net.weight.data().data, Float32Array.of(loss)],
  };
}

export const engine: Peer = {
  name: "engine",
  note: "convlab's src/engine, Float32 storage",
  forward,
  forwardBackward,
  trainStep,
};
