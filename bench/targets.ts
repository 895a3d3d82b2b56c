// The targets of issue 2 §4: engine time ÷ peer time, lower is better.
import { PICTURE_CASE } from "./cases.ts";
import type { Task } from "./peers/peer.ts";

export function target(task: Task, peer: string, caseName?: string): number | undefined {
  if (peer === "tfjs-cpu") return task === "forward" ? 0.67 : task === "forward+backward" ? 0.1 : 0.05;
  if (peer === "tfjs-wasm" && task === "forward" && caseName === PICTURE_CASE) return 2;
  return undefined;
}
