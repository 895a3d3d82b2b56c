// What every implementation in the race provides. A Prepared task owns its inputs
// (built outside the timer); run() does the measured work once, to finished numbers.
import type { ConvCase } from "../cases.ts";
import type { CaseData, TrainData } from "../data.ts";

export interface Prepared {
  run(): void;
  /** The results of the last run, in the engine's layout (NCHW / OIHW). */
  outputs(): Float32Array[];
  dispose?(): void;
}

export type Task = "forward" | "forward+backward" | "train step";

export interface Peer {
  name: string;
  /** A short note for the table's legend, e.g. "SIMD, 1 thread". */
  note?: string;
  /** Called (untimed) before preparing or running: tfjs switches its global backend here. */
  activate?(): Promise<void>;
  /** y. */
  forward(c: ConvCase, d: CaseData): Prepared;
  /** [∂x, ∂w, ∂bias] for the head gradient d.dy; undefined when the peer cannot. */
  forwardBackward?(c: ConvCase, d: CaseData): Prepared;
  /** One step of the notebook's loop from t.w0; outputs [w after the step, loss]. */
  trainStep?(t: TrainData): Prepared;
}
