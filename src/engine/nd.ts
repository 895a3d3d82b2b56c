// The `nd` namespace, as in MXNet: making arrays and the array-level ops.
export { array, zeros, ones, full, fromFlat } from "./create.ts";
export { conv2d, corr2d } from "./conv.ts";
export type { Conv2dOptions, Pair } from "./conv.ts";
export * as random from "./nd-random.ts";
