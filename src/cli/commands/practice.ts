// `convlab practice`: the practice track (docs/practice.md). `init [dir]` makes the workspace,
// `check [dir] [exercise] [--json]` judges the learner's files (exit 0 all pass, 1 not yet,
// 2 bad usage), and plain `practice [dir]` opens the watch screen (Ink, loaded only then).
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { jsonLine } from "../../../lessons/format.ts";
import { checkFile, type CheckResult } from "../../practice/checker.ts";
import { exerciseName, findPractice, practiceExercises, progressId, type PracticeExercise } from "../../practice/exercises.ts";
import { headline, outputLines, verdictDetail } from "../../practice/report.ts";
import { WORDS } from "../../practice/text.ts";
import { passed } from "../../practice/verdict.ts";
import { DEFAULT_DIR, exerciseFile, initWorkspace, isWorkspace } from "../../practice/workspace.ts";
import { describeError, errorInfo, openStore, recordAttempt } from "../../store/index.ts";
import { warn, type CliContext } from "../context.ts";
import { clip, EXIT, UsageError } from "../errors.ts";
import type { CliArgs, CliCommand } from "./command.ts";

const names = () => practiceExercises.map(exerciseName).join(", ");

/** Where the workspace is when none is named: here, if this is one, else ./convlab-practice. */
function defaultDir(): string {
  return isWorkspace(".") ? "." : DEFAULT_DIR;
}

function requireWorkspace(dir: string, ctx: CliContext, command: string): string {
  if (!isWorkspace(dir)) throw new UsageError(WORDS[ctx.lang].noWorkspace(dir), command);
  return dir;
}

/** `check 1` names an exercise, `check my-dir` a folder, `check my-dir 1` both. */
function checkTargets(argv: CliArgs, ctx: CliContext): { dir: string; exercises: PracticeExercise[] } {
  const first = argv.dir === undefined ? undefined : String(argv.dir);
  const second = argv.exercise === undefined ? undefined : String(argv.exercise);
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
  let dir: string;
  let name: string | undefined;
  if (first !== undefined && second === undefined && !isDir(first) && findPractice(first)) [dir, name] = [defaultDir(), first];
  else [dir, name] = [first ?? defaultDir(), second];
  if (name === undefined) return { dir: requireWorkspace(dir, ctx, "convlab practice check"), exercises: [...practiceExercises] };
  const exercise = findPractice(name);
  if (!exercise) throw new UsageError(WORDS[ctx.lang].unknownExercise(clip(name), names()), "convlab practice check");
  return { dir: requireWorkspace(dir, ctx, "convlab practice check"), exercises: [exercise] };
}

/** Saves a judged attempt (a stub not started yet is no attempt); warns once if progress cannot be saved. */
export async function recordPractice(ctx: CliContext, exercise: PracticeExercise, result: CheckResult): Promise<void> {
  const kind = result.verdict.kind;
  if (kind === "not-done" || kind === "missing-file") return;
  const { warnings } = await openStore({ env: ctx.env }).update((p) => recordAttempt(p, progressId(exercise), passed(result.verdict)));
  warn(ctx, warnings);
}

const init: CliCommand = {
  name: "init",
  args: "[dir]",
  describe: (ctx) => WORDS[ctx.lang].cmdInit,
  positionals: (ctx) => ({ dir: { type: "string", describe: WORDS[ctx.lang].posInitDir } }),
  run(argv, ctx) {
    const t = WORDS[ctx.lang];
    const dir = argv.dir === undefined ? DEFAULT_DIR : String(argv.dir);
    let result;
    try {
      result = initWorkspace(dir, ctx.lang);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === "ENOTDIR" || code === "EEXIST" ? t.notADir(dir) : t.cannotWrite(dir, describeError(errorInfo(error), ctx.lang)), "convlab practice init");
    }
    const lines = result.created.length === 0 ? [t.nothingNew(dir)] : [t.created(dir), ...result.created.map((f) => `  ${f}`)];
    if (result.created.length > 0 && result.kept.length > 0) lines.push(t.kept(result.kept.length));
    lines.push("", ...t.nextSteps(dir));
    ctx.io.out(lines.join("\n") + "\n");
    return EXIT.ok;
  },
};

const check: CliCommand = {
  name: "check",
  args: "[dir] [exercise]",
  describe: (ctx) => WORDS[ctx.lang].cmdCheck,
  positionals: (ctx) => ({
    dir: { type: "string", describe: WORDS[ctx.lang].posDir },
    exercise: { type: "string", describe: WORDS[ctx.lang].posExercise },
  }),
  options: (ctx) => ({ json: { type: "boolean", describe: WORDS[ctx.lang].optJson } }),
  examples: (ctx) => [["convlab practice check 1", WORDS[ctx.lang].exampleCheck]],
  async run(argv, ctx) {
    const { dir, exercises } = checkTargets(argv, ctx);
    const results: { exercise: PracticeExercise; result: CheckResult }[] = [];
    // checking several, only the first one not solved is shown in full: the one to work on
    let detailed = false;
    for (const exercise of exercises) {
      const result = await checkFile(exerciseFile(dir, exercise), exercise);
      await recordPractice(ctx, exercise, result);
      results.push({ exercise, result });
      const full: boolean = !detailed && !passed(result.verdict) && result.verdict.kind !== "not-done";
      detailed ||= full && exercises.length > 1;
      if (!argv.json) ctx.io.out(resultText(exercise, result, ctx, full).join("\n") + "\n");
    }
    const passes = results.filter((r) => passed(r.result.verdict)).length;
    if (argv.json) {
      ctx.io.out(
        jsonLine({
          dir: resolve(dir),
          passed: passes,
          total: results.length,
          exercises: results.map(({ exercise, result }) => ({
            exercise: exerciseName(exercise),
            number: exercise.number,
            pass: passed(result.verdict),
            summary: headline(exercise, result.verdict, ctx.lang),
            verdict: result.verdict,
            output: result.output,
            ms: result.ms,
          })),
        }),
      );
    } else if (results.length > 1) {
      ctx.io.out(`\n${WORDS[ctx.lang].summary(passes, results.length)}\n`);
    }
    return passes === results.length ? EXIT.ok : 1;
  },
};

/** One exercise's result as text: the headline, and with `full` the failing case and what the code printed. */
function resultText(exercise: PracticeExercise, result: CheckResult, ctx: CliContext, full: boolean): string[] {
  const lines = [headline(exercise, result.verdict, ctx.lang)];
  if (!full) return lines;
  const indent = (l: string) => (l === "" ? l : `  ${l}`);
  lines.push(...verdictDetail(result.verdict, ctx.lang, ctx.io.columns - 2).map(indent));
  const out = outputLines(result.output);
  if (out.length > 0) lines.push(...[...out].map((l) => `  │ ${l}`));
  return lines;
}

export const practice: CliCommand = {
  name: "practice",
  args: "[dir]",
  describe: (ctx) => WORDS[ctx.lang].cmd,
  positionals: (ctx) => ({ dir: { type: "string", describe: WORDS[ctx.lang].posDir } }),
  examples: (ctx) => [
    ["convlab practice init", WORDS[ctx.lang].exampleInit],
    ["convlab practice", WORDS[ctx.lang].exampleWatch],
  ],
  subcommands: () => [init, check],
  async run(argv, ctx) {
    const dir = requireWorkspace(argv.dir === undefined ? defaultDir() : String(argv.dir), ctx, "convlab practice");
    const { io } = ctx;
    if (!(io.stdinIsTerminal && io.stdoutIsTerminal && io.rawModeSupported)) throw new UsageError(WORDS[ctx.lang].noTerminal);
    const { runPractice } = await import("../../ui/start-practice.tsx");
    return runPractice({ dir: resolve(dir), lang: ctx.lang, env: ctx.env });
  },
};
