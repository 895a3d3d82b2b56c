// Part 1 of `npm run bench`: the engine against tfjs. In every row each peer's first run is
// checked against the reference; only peers that agree are timed, a wrong engine not at all.
import { CASES, TRAIN_CASE, type ConvCase } from "./cases.ts";
import { performance } from "node:perf_hooks";
import { expected, judge, threw, type Verdict } from "./check.ts";
import { caseData, trainData } from "./data.ts";
import type { Peer, Prepared, Task } from "./peers/peer.ts";
import { target } from "./targets.ts";
import { median, race, ratios, type Budget, type Clock, type Contender } from "./timing.ts";

export interface PeerResult {
  name: string;
  verdict: Verdict;
  /** Median ms per operation; undefined when not timed. */
  ms?: number;
  /** Median of the per-round ratios engine ÷ peer, with the lowest and highest round. */
  ratio?: { median: number; min: number; max: number };
  target?: number;
}

export interface RowResult {
  task: Task;
  caseName: string;
  engine: { verdict: Verdict; ms?: number };
  peers: PeerResult[];
  rounds: number;
}

/** The task a peer runs; checking and timing use the same inputs (a random head gradient). */
function prepare(peer: Peer, task: Task, c: ConvCase | undefined): Prepared {
  if (task === "train step") return peer.trainStep!(trainData());
  if (task === "forward") return peer.forward(c!, caseData(c!));
  return peer.forwardBackward!(c!, caseData(c!));
}

const can = (peer: Peer, task: Task) =>
  task === "forward" || (task === "forward+backward" ? !!peer.forwardBackward : !!peer.trainStep);

/** Prepare, run once (the check, and the first warm-up run), judge. */
async function enter(peer: Peer, task: Task, c: ConvCase | undefined, want: ReturnType<typeof expected>) {
  await peer.activate?.();
  let contender: Contender | undefined;
  try {
    const prepared = prepare(peer, task, c);
    contender = { name: peer.name, activate: peer.activate, task: prepared };
    const t0 = performance.now();
    prepared.run();
    contender.firstRunMs = performance.now() - t0;
    return { contender, verdict: judge(want, prepared.outputs()) };
  } catch (e) {
    return { contender, verdict: threw(e) };
  }
}

async function row(engine: Peer, peers: Peer[], task: Task, c: ConvCase | undefined, budget: Budget, clock: Clock): Promise<RowResult> {
  const want = expected(task, c);
  const entries = [];
  for (const p of [engine, ...peers.filter((p) => can(p, task))]) entries.push(await enter(p, task, c, want)); // one at a time: tfjs has one global backend
  const [mine, ...theirs] = entries;
  const result: RowResult = {
    task,
    caseName: c?.name ?? TRAIN_CASE,
    engine: { verdict: mine!.verdict },
    peers: theirs.map((e, i) => ({ name: e.contender?.name ?? "?", verdict: e.verdict, target: target(task, e.contender?.name ?? "", c?.name) })),
    rounds: 0,
  };
  try {
    if (!mine!.verdict.ok) return result; // a wrong engine is not timed
    const t = await race(entries.filter((e) => e.verdict.ok).map((e) => e.contender!), budget, clock);
    result.rounds = t.rounds;
    result.engine.ms = median(t.ms.get(engine.name)!);
    for (const pr of result.peers) {
      if (!t.ms.has(pr.name)) continue;
      pr.ms = median(t.ms.get(pr.name)!);
      const r = ratios(t, engine.name, pr.name);
      pr.ratio = { median: median(r), min: Math.min(...r), max: Math.max(...r) };
    }
    return result;
  } finally {
    for (const e of entries) {
      await e.contender?.activate?.();
      e.contender?.task.dispose?.();
    }
  }
}

export async function benchEngine(
  engine: Peer,
  peers: Peer[],
  budget: Budget,
  clock: Clock,
  onRow: (r: RowResult) => void = () => {},
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const add = (r: RowResult) => {
    results.push(r);
    onRow(r);
  };
  for (const task of ["forward", "forward+backward"] as const)
    for (const c of CASES) add(await row(engine, peers, task, c, budget, clock));
  add(await row(engine, peers, "train step", undefined, budget, clock));
  return results;
}
