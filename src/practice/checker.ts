// Checks one exercise file: a worker thread of its own (worker.ts) with a time limit and a
// memory limit. Whatever the learner's code does (loops forever, eats memory, calls
// process.exit, throws), the caller gets a Verdict and goes on. What it prints is kept apart
// (never mixed into the caller's screen) and returned beside the verdict.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PracticeExercise } from "./exercises.ts";
import type { Verdict } from "./verdict.ts";
import type { WorkerInput } from "./worker.ts";

export interface Limits {
  timeoutMs: number;
  memoryMb: number;
}

/** A check takes well under a second (docs/practice.md); ten is for a slow machine, not a slow solution. */
export const LIMITS: Limits = { timeoutMs: 10_000, memoryMb: 512 };

/** What the learner's code printed, at most this much (the rest is cut). */
const OUTPUT_MAX = 4000;

export interface CheckResult {
  verdict: Verdict;
  /** console output of the learner's code, if any. */
  output: string;
  ms: number;
}

/**
 * The worker script: worker-from-source.mjs when convlab runs from sources (tests, tsx), else
 * dist/practice-worker.js, found from wherever this module was bundled (dist/ or dist/chunks/).
 */
function workerUrl(): URL {
  if (import.meta.url.endsWith(".ts")) return new URL("./worker-from-source.mjs", import.meta.url);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (basename(dir) !== "dist" && dirname(dir) !== dir) dir = dirname(dir);
  return pathToFileURL(join(dir, "practice-worker.js"));
}

export function checkFile(file: string, exercise: PracticeExercise, limits: Limits = LIMITS): Promise<CheckResult> {
  const started = performance.now();
  const tempDir = mkdtempSync(join(tmpdir(), "convlab-practice-"));
  const input: WorkerInput = { file, slug: exercise.slug, tempDir };
  return new Promise((resolve) => {
    let output = "";
    let settled = false;
    const worker = new Worker(workerUrl(), {
      workerData: input,
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    });
    const keep = (chunk: Buffer) => {
      if (output.length < OUTPUT_MAX) output = (output + chunk.toString("utf8")).slice(0, OUTPUT_MAX);
    };
    worker.stdout.on("data", keep);
    worker.stderr.on("data", keep);
    const finish = (verdict: Verdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(() => {
        rmSync(tempDir, { recursive: true, force: true });
        resolve({ verdict, output, ms: Math.round(performance.now() - started) });
      });
    };
    const timer = setTimeout(() => finish({ kind: "timeout", seconds: limits.timeoutMs / 1000 }), limits.timeoutMs);
    worker.on("message", (verdict: Verdict) => finish(verdict));
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") finish({ kind: "memory", mb: limits.memoryMb });
      else finish({ kind: "crashed", message: error.message });
    });
    // ended without a verdict: the learner's code called process.exit
    worker.on("exit", (code) => finish({ kind: "exited", code }));
  });
}
