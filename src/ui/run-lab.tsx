// Placeholder until the Ink lab lands: starts the lab on a real terminal.
import type { Lang } from "../../lessons/frame.ts";

export interface LabOptions {
  lesson?: string;
  lang: Lang;
}

export async function runLab(_options: LabOptions): Promise<number> {
  process.stdout.write("convlab: the lab is being built.\n");
  return 0;
}
