// Fair timing in one process: warm every contender up, then run rounds in which each
// contender takes one sample, the order rotating every round so that no one always goes
// first (after a GC, a cold cache). Per round, the engine's time over each peer's gives a
// ratio; the table shows medians, which shrug off the odd GC pause.
import { performance } from "node:perf_hooks";
import type { Prepared } from "./peers/peer.ts";

export interface Contender {
  name: string;
  activate?: () => Promise<void>;
  task: Prepared;
  /** How long the (untimed) first run took, if it has been run already. */
  firstRunMs?: number;
}

export interface Budget {
  /** Warm-up per contender (JIT, caches), ms. */
  warmupMs: number;
  /** Aim for samples at least this long, ms (fast ops are repeated within a sample). */
  sampleMs: number;
  /** Stop once this much time has gone, ms, after at least minRounds. */
  rowMs: number;
  minRounds: number;
  maxRounds: number;
}

export const FULL: Budget = { warmupMs: 250, sampleMs: 25, rowMs: 2500, minRounds: 3, maxRounds: 41 };
export const QUICK: Budget = { warmupMs: 60, sampleMs: 5, rowMs: 600, minRounds: 3, maxRounds: 11 };

/** Ops faster than this get an untimed run before each sample; slower ones would not notice it. */
const SETTLE_BELOW_MS = 20;

export interface Timing {
  rounds: number;
  /** Milliseconds per operation, one entry per round, by contender name. */
  ms: Map<string, number[]>;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * What a sample measures. "cpu": this process's CPU time (user + system), so other programs
 * on a shared machine change the figures less; for these single-threaded kernels it equals
 * wall time on an idle machine. "wall": elapsed time.
 */
export type Clock = "cpu" | "wall";

const clocks: Record<Clock, () => number> = {
  cpu: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  wall: () => performance.now(),
};

/** Runs the task `reps` times and returns ms per run. */
function sample(task: Prepared, reps: number, clock: () => number): number {
  const t0 = clock();
  for (let i = 0; i < reps; i++) task.run();
  return (clock() - t0) / reps;
}

export async function race(contenders: readonly Contender[], budget: Budget, clock: Clock = "cpu"): Promise<Timing> {
  const read = clocks[clock];
  const reps = new Map<string, number>();
  const settle = new Set<string>();
  for (const c of contenders) {
    await c.activate?.();
    // Warm up until warmupMs have gone (a slow op is warm after its first run).
    let spent = c.firstRunMs ?? 0;
    let runs = c.firstRunMs === undefined ? 0 : 1;
    const start = performance.now();
    while (runs === 0 || spent < budget.warmupMs) {
      c.task.run();
      runs++;
      spent = (c.firstRunMs ?? 0) + performance.now() - start;
    }
    const perRun = spent / runs;
    reps.set(c.name, Math.max(1, Math.ceil(budget.sampleMs / perRun)));
    if (perRun < SETTLE_BELOW_MS) settle.add(c.name);
  }
  const ms = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const start = performance.now();
  let rounds = 0;
  while (rounds < budget.maxRounds && (rounds < budget.minRounds || performance.now() - start < budget.rowMs)) {
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(k + rounds) % contenders.length]!;
      await c.activate?.();
      if (settle.has(c.name)) c.task.run(); // untimed: a first run after tfjs switches backend pays a one-off cost
      ms.get(c.name)!.push(sample(c.task, reps.get(c.name)!, read));
    }
    rounds++;
  }
  return { rounds, ms };
}

/** a's time over b's, round by round. */
export function ratios(t: Timing, a: string, b: string): number[] {
  const x = t.ms.get(a)!;
  const y = t.ms.get(b)!;
  return x.map((v, i) => v / y[i]!);
}
