// nd.random.uniform / nd.random.normal: seeded arrays (a seed number or a shared RNG).
export { uniform, normal } from "./create.ts";
export type { Seed } from "./create.ts";
