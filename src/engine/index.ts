// convlab's tensor engine, the public entry: what lessons, tests and learners' own scripts import.
//   import { nd, autograd, nn, type NDArray } from "convlab";
// Where things live: ndarray.ts (the array), ops/ (every op beside its gradient), autograd.ts
// and tape.ts (reverse mode), nn.ts (Gluon-style layers), optim.ts (SGD), random.ts (seeds).
import "./methods.ts"; // X.add(Y), X.sum(), … (first: every NDArray needs its methods)

// MXNet's namespaces
export * as nd from "./nd.ts";
export * as autograd from "./autograd.ts";
export * as nn from "./nn.ts";
export * as optim from "./optim.ts";

// the array
export { NDArray } from "./ndarray.ts";
export type { Index, Nested } from "./ndarray.ts";

// the ops a lesson calls by name (the rest are NDArray methods)
export { corr2d, conv2d, pool2d, maxPool2d, avgPool2d, pad, flip, dot } from "./ops/processing.ts";
export type { Conv2dOptions, PoolMode, PoolOptions } from "./ops/processing.ts";
export type { Pair } from "./pair.ts";
export { sgdStep } from "./optim.ts";

// seeds and errors
export { RNG } from "./random.ts";
export { ShapeError, fmtShape } from "./errors.ts";
