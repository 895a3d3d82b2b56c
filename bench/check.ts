// Before any timing: every peer's numbers (from its first, warm-up run) against the Float64
// reference. A peer that disagrees on a row is reported and not timed on that row.
import type { ConvCase } from "./cases.ts";
import { caseData, trainData } from "./data.ts";
import type { Task } from "./peers/peer.ts";
import { referenceConv, referenceTrainStep } from "./reference.ts";

/** Float32 against Float64: relative to the largest reference value, so long sums pass. */
export const TOLERANCE = 1e-5;

/** The worst disagreement of a peer's outputs with the reference. */
export interface Verdict {
  ok: boolean;
  /** Which output was worst (or what went wrong). */
  what: string;
  error: number;
}

/** Largest |a − b| over max(1, max |b|); Infinity on a length mismatch or a NaN. */
export function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let scale = 1;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]!));
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const e = Math.abs(a[i]! - b[i]!);
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst / scale;
}

function compare(names: string[], got: ArrayLike<number>[], want: ArrayLike<number>[]): Verdict {
  let worst: Verdict = { ok: true, what: names[0]!, error: 0 };
  for (let k = 0; k < names.length; k++) {
    const error = got[k] ? relError(got[k]!, want[k]!) : Infinity;
    if (!(error <= worst.error)) worst = { ok: error <= TOLERANCE, what: names[k]!, error };
  }
  return worst;
}

/** The reference's answer for a task: what every peer's outputs are held against. */
export function expected(task: Task, c?: ConvCase): { names: string[]; values: ArrayLike<number>[] } {
  if (task === "train step") {
    const ref = referenceTrainStep(trainData());
    return { names: ["w after one step", "loss"], values: [ref.w, [ref.loss]] };
  }
  const d = caseData(c!);
  const ref = referenceConv(c!, d, d.dy);
  if (task === "forward") return { names: ["y"], values: [ref.y] };
  return { names: ["∂x", "∂w", "∂bias"], values: [ref.dx, ref.dw, ref.db] };
}

/** How far a peer's outputs (after its first run) are from the reference. */
export function judge(want: ReturnType<typeof expected>, got: ArrayLike<number>[]): Verdict {
  return compare(want.names, got, want.values);
}

export function threw(e: unknown): Verdict {
  return { ok: false, what: `threw: ${e instanceof Error ? e.message : String(e)}`, error: Infinity };
}
