// `convlab progress [--json]`: what has been seen and done, lesson by lesson, with the
// exercises after each. `--reset` clears it after a confirmation (or --yes); with no terminal
// to ask on and no --yes it refuses rather than guess.
import type { Lang } from "../../i18n.ts";
import { exercises } from "../../../lessons/exercises.ts";
import {
  countProgress,
  describeError,
  exerciseProgress,
  lessonProgress,
  openStore,
  warningText,
  type Progress,
  type ProgressStore,
  type StoreWarning,
} from "../../store/index.ts";
import type { CliContext } from "../context.ts";
import { EXIT, UsageError } from "../errors.ts";
import { table } from "../../draw/text.ts";
import type { CliArgs, CliCommand } from "./command.ts";
import { jsonLine } from "../../../lessons/format.ts";

const en = {
  cmd: "Show your progress: lessons and exercises done",
  optJson: "Print progress as JSON",
  optReset: "Clear all progress (asks first)",
  optYes: "With --reset: clear without asking",
  exampleReset: "Clear progress in a script",
  yesWithoutReset: "--yes only goes with --reset",
  resetNeedsYes: "--reset: stdin is not a terminal, so convlab cannot ask before clearing progress; add --yes to clear it",
  question: (path: string) => `Clear all progress saved in ${path}? [y/N] `,
  yes: /^\s*(y|yes)\s*$/i,
  cleared: "Progress cleared.",
  kept: "Nothing cleared.",
  notCleared: (path: string, reason: string) => `Progress in ${path} could not be cleared (${reason}).`,
  seeAbove: "see above",
  summary: (lessons: string, exercises: string) => `Lessons done: ${lessons}   Exercises done: ${exercises}`,
  savedIn: (path: string) => `Saved in ${path}`,
  done: "done",
  seen: "seen",
  tried: "tried",
  attempts: (n: number) => `${n} attempt${n === 1 ? "" : "s"}`,
  otherExercises: "Other exercises",
};

type Text = Omit<typeof en, "yes"> & { yes: RegExp };

const zh: Text = {
  cmd: "查看学习进度：已完成的课程和练习",
  optJson: "以 JSON 格式打印进度",
  optReset: "清除全部进度（会先询问）",
  optYes: "与 --reset 一起使用：不询问直接清除",
  exampleReset: "在脚本中清除进度",
  yesWithoutReset: "--yes 只能与 --reset 一起使用",
  resetNeedsYes: "--reset：stdin 不是终端，convlab 无法在清除进度前询问你；要清除请加上 --yes",
  question: (path) => `清除保存在 ${path} 中的全部进度？[y/N] `,
  yes: /^\s*(y|yes|是)\s*$/i,
  cleared: "进度已清除。",
  kept: "没有清除任何内容。",
  notCleared: (path, reason) => `无法清除 ${path} 中的进度（${reason}）。`,
  seeAbove: "原因见上",
  summary: (lessons, exercises) => `已完成课程：${lessons}   已完成练习：${exercises}`,
  savedIn: (path) => `保存在 ${path}`,
  done: "完成",
  seen: "看过",
  tried: "尝试过",
  attempts: (n) => `尝试 ${n} 次`,
  otherExercises: "其他练习",
};

const TEXT: Record<Lang, Text> = { en, zh };

export const progress: CliCommand = {
  name: "progress",
  describe: (ctx) => TEXT[ctx.lang].cmd,
  options: (ctx) => ({
    json: { type: "boolean", describe: TEXT[ctx.lang].optJson },
    reset: { type: "boolean", describe: TEXT[ctx.lang].optReset },
    yes: { type: "boolean", describe: TEXT[ctx.lang].optYes },
  }),
  examples: (ctx) => [["convlab progress --reset --yes", TEXT[ctx.lang].exampleReset]],
  async run(argv, ctx) {
    const t = TEXT[ctx.lang];
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
  const t = TEXT[ctx.lang];
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

function warn(ctx: CliContext, warnings: readonly StoreWarning[]): void {
  for (const w of warnings) ctx.io.err(`convlab: ${warningText(w, ctx.lang)}\n`);
}

function print(progress: Progress, path: string, argv: CliArgs, ctx: CliContext): void {
  const t = TEXT[ctx.lang];
  const counts = countProgress(progress, { lessons: ctx.lessons.map((l) => l.id), exercises: exercises.map((e) => e.id) });
  if (argv.json) {
    ctx.io.out(
      jsonLine({
        path,
        ...counts,
        lessons: ctx.lessons.map((l) => ({ number: l.number, id: l.id, ...lessonProgress(progress, l.id) })),
        exercises: exercises.map((e) => ({ id: e.id, lesson: e.lesson, ...exerciseProgress(progress, e.id) })),
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
  const lines = [
    t.summary(`${counts.lessonsDone}/${counts.lessonsTotal}`, `${counts.exercisesDone}/${counts.exercisesTotal}`),
    t.savedIn(path),
    "",
    ...table(rows),
  ];
  ctx.io.out(lines.join("\n") + "\n");
}
