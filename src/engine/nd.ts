// The `nd` namespace, as in MXNet: making arrays and the array-level ops.
import { uniform, normal } from "./create.ts";

export { array, zeros, ones, full, fromFlat } from "./create.ts";
export type { Seed } from "./create.ts";
export { conv2d, corr2d } from "./ops/processing.ts";
export type { Conv2dOptions } from "./ops/processing.ts";
export type { Pair } from "./pair.ts";

/** nd.random.uniform / nd.random.normal: seeded arrays (a seed number or a shared RNG). */
export const random = { uniform, normal };
