// One check, in a worker thread of its own (checker.ts starts it with a time and memory limit):
// turn the learner's file into JavaScript, import it, run the exercise's cases, post one Verdict.
// A crash, an endless loop or process.exit here ends this thread, never the caller.
// In the bundle this is its own entry, dist/practice-worker.js, beside dist/engine.js: both
// share the engine's chunk, so the learner's "convlab" and the judges' engine are one instance.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { NOT_DONE, practiceExercises } from "./exercises.ts";
import { JUDGES, judgeCase, shownInputs, type Case } from "./judges.ts";
import { LearnerSyntaxError, sourceLine, toRunnable } from "./transform.ts";
import type { SourceLine, Verdict } from "./verdict.ts";

export interface WorkerInput {
  /** The learner's file, absolute. */
  file: string;
  slug: string;
  /** A fresh folder for the compiled file (the checker removes it). */
  tempDir: string;
}

/** The engine module this worker judges with: from sources in tests, the bundle's entry otherwise. */
const ENGINE_URL = new URL(import.meta.url.endsWith(".ts") ? "../engine/index.ts" : "./engine.js", import.meta.url).href;

/** Where in the learner's file an error was thrown: the first stack frame in it (source-mapped). */
function whereThrown(error: unknown, file: string, source: string): SourceLine | undefined {
  const stack = error instanceof Error ? String(error.stack ?? "") : "";
  for (const line of stack.split("\n")) {
    const at = line.lastIndexOf(file + ":");
    if (at < 0) continue;
    const m = /^:(\d+):(\d+)/.exec(line.slice(at + file.length));
    if (m) return sourceLine(source, file, Number(m[1]), Number(m[2]) - 1);
  }
  return undefined;
}

/** V8's own syntax errors (sucrase lets some through) name the compiled file and line: lines are the learner's. */
function v8SyntaxLine(error: unknown, compiled: string, file: string, source: string): SourceLine | undefined {
  const first = String((error as Error).stack ?? "").split("\n")[0] ?? "";
  const m = new RegExp(`${compiled.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+)$`).exec(first);
  return m ? sourceLine(source, file, Number(m[1]), 0) : undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const isNotDone = (error: unknown): boolean => error instanceof Error && error.message === NOT_DONE;

export async function judge({ file, slug, tempDir }: WorkerInput): Promise<Verdict> {
  const exercise = practiceExercises.find((e) => e.slug === slug)!;
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    return { kind: "missing-file", file };
  }
  const compiled = join(tempDir, `${slug}.mjs`);
  try {
    writeFileSync(compiled, toRunnable(source, file, ENGINE_URL));
  } catch (error) {
    if (error instanceof LearnerSyntaxError) return { kind: "syntax", message: error.message, source: sourceLine(source, file, error.line, error.column) };
    throw error;
  }
  let m: Record<string, unknown>;
  try {
    m = await import(pathToFileURL(compiled).href);
  } catch (error) {
    if (error instanceof SyntaxError) return { kind: "syntax", message: error.message, source: v8SyntaxLine(error, compiled, file, source) };
    if (isNotDone(error)) return { kind: "not-done" };
    return { kind: "threw", message: messageOf(error), source: whereThrown(error, file, source) };
  }
  for (const name of exercise.exports) if (typeof m[name] !== "function") return { kind: "no-export", name };

  const cases: Case[] = JUDGES[slug]!();
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    try {
      const failed = judgeCase(c, m);
      if (failed) return { kind: "wrong", failed, caseNumber: i + 1, cases: cases.length };
    } catch (error) {
      if (isNotDone(error)) return { kind: "not-done" };
      return { kind: "threw", message: messageOf(error), source: whereThrown(error, file, source), label: c.label, inputs: shownInputs(c) };
    }
  }
  return { kind: "pass", cases: cases.length };
}

if (parentPort && workerData) {
  // stack traces through the learner's code name their .ts file (the inline map of toRunnable)
  process.setSourceMapsEnabled(true);
  parentPort.postMessage(await judge(workerData as WorkerInput));
}
