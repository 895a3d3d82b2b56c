// `convlab progress [--json]`: what has been seen and done, lesson by lesson, with the
// exercises after each. `--reset` clears it after a confirmation (or --yes); with no terminal
// to ask on and no --yes it refuses rather than guess.
import { exercises } from "../../../lessons/exercises.ts";
import { exerciseName, practiceExercises, progressId } from "../../practice/exercises.ts";
import { practiceText } from "../../practice/text.ts";
import {
  celebrationText,
  countProgress,
  describeError,
  exerciseProgress,
  lessonProgress,
  openStore,
  type Progress,
  type ProgressStore,
} from "../../store/index.ts";
import { warn, type CliContext } from "../context.ts";
import { EXIT, UsageError } from "../errors.ts";
import { table } from "../../draw/text.ts";
import type { CliArgs, CliCommand } from "./command.ts";
import { jsonLine } from "../../../lessons/format.ts";



export const progress: CliCommand = {
  name: "progress",
  describe: (ctx) => ctx.msg.progress.cmd,
  options: (ctx) => ({
    json: { type: "boolean", describe: ctx.msg.progress.optJson },
    reset: { type: "boolean", describe: ctx.msg.progress.optReset },
    yes: { type: "boolean", describe: ctx.msg.progress.optYes },
  }),
  examples: (ctx) => [["convlab progress --reset --yes", ctx.msg.progress.exampleReset]],
  async run(argv, ctx) {
    const t = ctx.msg.progress;
    if (argv.yes && !argv.reset) throw new UsageError(t.yesWithoutReset, "convlab progress");
    const store = openStore({ env: ctx.env });
    if (argv.reset) return reset(store, argv, ctx);
    const { progress, warnings } = await store.load();
    warn(ctx, warnings);
    print(progress, store.path, argv, ctx);
    return EXIT.ok;
  },
};

async function reset(store: ProgressStore, argv: CliArgs, ctx: CliContext): Promise<number> {
  const t = ctx.msg.progress;
  if (!argv.yes) {
    if (!ctx.io.stdinIsTerminal) throw new UsageError(t.resetNeedsYes, "convlab progress");
    const answer = await ctx.io.readLine(t.question(store.path));
    if (answer === undefined || !t.yes.test(answer)) {
      ctx.io.out(`${t.kept}\n`);
      return 1;
    }
  }
  const { progress, warnings, saved } = await store.reset();
  // a save that failed is said once, as what it means here: nothing was cleared, and why
  const failed = warnings.filter((w) => w.kind === "not-saved");
  warn(ctx, warnings.filter((w) => w.kind !== "not-saved"));
  for (const w of failed) ctx.io.err(`convlab: ${t.notCleared(w.path, describeError(w.error, ctx.lang))}\n`);
  if (!saved) {
    if (failed.length === 0) ctx.io.err(`convlab: ${t.notCleared(store.path, t.seeAbove)}\n`);
    return 1;
  }
  if (argv.json) print(progress, store.path, argv, ctx);
  else ctx.io.out(`${t.cleared}\n`);
  return EXIT.ok;
}


function print(progress: Progress, path: string, argv: CliArgs, ctx: CliContext): void {
  const t = ctx.msg.progress;
  const counts = countProgress(progress, { lessons: ctx.lessons.map((l) => l.id), exercises: exercises.map((e) => e.id) });
  if (argv.json) {
    ctx.io.out(
      jsonLine({
        path,
        ...counts,
        lessons: ctx.lessons.map((l) => ({ number: l.number, id: l.id, ...lessonProgress(progress, l.id) })),
        exercises: exercises.map((e) => ({ id: e.id, lesson: e.lesson, ...exerciseProgress(progress, e.id) })),
        practice: practiceExercises.map((e) => ({ exercise: exerciseName(e), ...exerciseProgress(progress, progressId(e)) })),
      }),
    );
    return;
  }
  // One row per lesson, its exercises indented under it; exercises of lessons not listed come last.
  const rows: string[][] = [];
  const exerciseRow = (id: string) => {
    const p = exerciseProgress(progress, id);
    const state = p.done ? `✓ ${t.done}` : p.attempts > 0 ? `· ${t.tried}` : p.seen ? `· ${t.seen}` : "";
    rows.push(["", `  ${id}`, state, p.attempts > 0 ? t.attempts(p.attempts) : ""]);
  };
  for (const lesson of ctx.lessons) {
    const p = lessonProgress(progress, lesson.id);
    rows.push([String(lesson.number), lesson.id, p.done ? `✓ ${t.done}` : p.seen ? `· ${t.seen}` : "", lesson.title[ctx.lang]]);
    for (const e of exercises) if (e.lesson === lesson.id) exerciseRow(e.id);
  }
  const orphans = exercises.filter((e) => !ctx.lessons.some((l) => l.id === e.lesson));
  if (orphans.length > 0) {
    rows.push(["", t.otherExercises, "", ""]);
    for (const e of orphans) exerciseRow(e.id);
  }
  // the practice track (src/practice): the learner's own code, solved exercises kept under practice/<slug>
  const practice = practiceExercises.map((e) => ({ e, p: exerciseProgress(progress, progressId(e)) }));
  const practiceRows = practice.map(({ e, p }) => [
    exerciseName(e),
    p.done ? `✓ ${t.done}` : p.attempts > 0 ? `· ${t.tried}` : "",
    practiceText(e, ctx.lang).title,
  ]);
  const celebration = celebrationText(counts, ctx.lang);
  const lines = [
    t.summary(`${counts.lessonsDone}/${counts.lessonsTotal}`, `${counts.exercisesDone}/${counts.exercisesTotal}`),
    ...(celebration ? [celebration] : []),
    t.savedIn(path),
    "",
    ...table(rows),
    "",
    t.practice(practice.filter(({ p }) => p.done).length, practice.length),
    ...table(practiceRows).map((l) => `  ${l}`),
  ];
  ctx.io.out(lines.join("\n") + "\n");
}
