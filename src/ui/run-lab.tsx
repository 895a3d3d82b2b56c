// The lab's entry for the CLI: `convlab` (default command) calls runLab on a terminal. The
// lab itself (and Ink) loads only now, so headless commands never pay for it.
import type { LabOptions } from "./start-lab.tsx";

export type { LabOptions } from "./start-lab.tsx";

export async function runLab(options: LabOptions): Promise<number> {
  return (await import("./start-lab.tsx")).startLab(options);
}
