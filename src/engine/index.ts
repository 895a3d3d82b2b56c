// convlab's tensor engine: what lessons, tests and learners' own scripts import.
//   import { nd, autograd, nn, corr2d } from "./src/engine/index.ts";
export * as nd from "./nd.ts";
export * as autograd from "./autograd.ts";
export * as nn from "./nn.ts";
export * as optim from "./optim.ts";
export { NDArray } from "./ndarray.ts";
export type { Nested } from "./ndarray.ts";
export type { Index } from "./ops/slice.ts";
export { corr2d, conv2d } from "./conv.ts";
export type { Conv2dOptions, Pair } from "./conv.ts";
export { sgdStep } from "./optim.ts";
export { ShapeError, fmtShape } from "./errors.ts";
export { RNG } from "./random.ts";
export { pad } from "./pad.ts";
export { flip } from "./flip.ts";
export { pool2d, maxPool2d, avgPool2d } from "./pool.ts";
export type { PoolMode, PoolOptions } from "./pool.ts";
export { dot } from "./dot.ts";
