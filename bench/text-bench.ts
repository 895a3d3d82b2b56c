// Issue 13 §5: `convlab run` as text should cost about what JSON Lines cost per step. The
// real binary, spawned: a long stable run (1000 iterations) and a short one (100), text and
// JSON alternated; the cost per step is the difference over the 900 extra steps, so start-up
// cancels out. Medians over rounds.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/convlab.js", import.meta.url));
const args = (epochs: number, json: boolean) => ["run", "learn-kernel", "--lr", "0.015", "--epochs", String(epochs), ...(json ? ["--json"] : [])];

function timeRun(epochs: number, json: boolean): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [BIN, ...args(epochs, json)], { env: { ...process.env, COLUMNS: "100" }, stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 28 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface TextBench {
  /** Whole run of 1000 iterations, ms. */
  text: number;
  json: number;
  /** Cost per extra step, ms. */
  textPerStep: number;
  jsonPerStep: number;
}

export function benchText(quick: boolean): TextBench {
  const rounds = quick ? 3 : 7;
  const t: Record<string, number[]> = { t1000: [], j1000: [], t100: [], j100: [] };
  for (let r = 0; r < rounds; r++) {
    t.t1000!.push(timeRun(1000, false));
    t.j1000!.push(timeRun(1000, true));
    t.t100!.push(timeRun(100, false));
    t.j100!.push(timeRun(100, true));
  }
  const [t1000, j1000, t100, j100] = [median(t.t1000!), median(t.j1000!), median(t.t100!), median(t.j100!)];
  return { text: t1000, json: j1000, textPerStep: (t1000 - t100) / 900, jsonPerStep: (j1000 - j100) / 900 };
}

export function textBenchText(b: TextBench): string {
  return [
    "convlab run learn-kernel --lr 0.015 --epochs 1000 (wall time, median of rounds):",
    `  text ${b.text.toFixed(0)} ms   --json ${b.json.toFixed(0)} ms`,
    `  per step: text ${b.textPerStep.toFixed(3)} ms   --json ${b.jsonPerStep.toFixed(3)} ms   (text ÷ json ${(b.textPerStep / b.jsonPerStep).toFixed(2)})`,
  ].join("\n");
}
