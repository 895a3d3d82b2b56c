// `convlab check <exercise> --answer '<json>'`: an exercise checked by the engine, headless.
// Exit 0 right, 1 not yet, 2 bad usage (unknown exercise, not JSON, an answer of the wrong form).
// Without --answer it shows the exercise; --list lists them all. Attempts are saved as progress.
import type { Lang } from "../../i18n.ts";
import { exercises, findExercise, type CheckResult, type Exercise } from "../../../lessons/exercises.ts";
import { seriesOf } from "../../../lessons/kit/exercise.ts";
import { MAX_JSON_DEPTH, parseJson } from "../../../lessons/kit/values.ts";
import { exerciseProgress, markExerciseSeen, openStore, recordAttempt } from "../../store/index.ts";
import { warn, type CliContext } from "../context.ts";
import type { Messages } from "../messages.ts";
import { clip, EXIT, UsageError } from "../errors.ts";
import { table } from "../../draw/text.ts";
import { wrapText as wrap } from "../../draw/wrap.ts";
import { renderMatrices, renderSeries } from "../render-text.ts";
import type { CliArgs, CliCommand } from "./command.ts";
import { jsonLine } from "../../../lessons/format.ts";



/** Exit status of a judged answer that is not right yet (scripts can tell it from bad usage, 2). */
const NOT_YET = 1;

export const check: CliCommand = {
  name: "check",
  args: "[exercise]",
  describe: (ctx) => ctx.msg.check.cmd,
  positionals: (ctx) => ({ exercise: { type: "string", describe: ctx.msg.check.posExercise } }),
  options: (ctx) => ({
    answer: { type: "string", nargs: 1, describe: ctx.msg.check.optAnswer },
    list: { type: "boolean", describe: ctx.msg.check.optList },
    hint: { type: "string", nargs: 1, describe: ctx.msg.check.optHint },
    json: { type: "boolean", describe: ctx.msg.check.optJson },
  }),
  examples: (ctx) => [
    ["convlab check horizontal-edge", ctx.msg.check.exampleShow],
    ["convlab check horizontal-edge --answer '[[1],[-1]]'", ctx.msg.check.exampleCheck],
  ],
  async run(argv, ctx) {
    const t = ctx.msg.check;
    const ids = exercises.map((e) => e.id).join(", ");
    const hints = hintCount(argv.hint, t);
    if (argv.list) return list(argv, ctx);
    if (argv.exercise === undefined) throw new UsageError(t.missingExercise(ids), "convlab check");
    const exercise = findExercise(String(argv.exercise));
    if (!exercise) throw new UsageError(t.unknownExercise(clip(String(argv.exercise)), ids), "convlab check");
    if (argv.answer === undefined) return show(exercise, hints, argv, ctx);

    const parsed = parseJson(String(argv.answer));
    // not the parser's own (English) words: what was given, and a valid answer to copy
    if (!parsed.ok && parsed.why === "too-deep") throw new UsageError(t.tooDeep(MAX_JSON_DEPTH), "convlab check");
    if (!parsed.ok) throw new UsageError(t.notJson(clip(String(argv.answer)), exampleAnswer(exercise)), "convlab check");
    const answer = parsed.value;
    const result = exercise.check(answer);
    if (result.malformed) throw new UsageError(t.badAnswer(result.reason[ctx.lang]), "convlab check");

    const { progress, warnings } = await openStore({ env: ctx.env }).update((p) => recordAttempt(p, exercise.id, result.pass));
    warn(ctx, warnings);
    const attempts = exerciseProgress(progress, exercise.id).attempts;
    if (argv.json) {
      ctx.io.out(jsonLine(verdictJson(exercise, result, attempts, ctx.lang)));
    } else {
      ctx.io.out(verdictText(exercise, result, attempts, ctx).join("\n") + "\n");
      if (hints > 0) ctx.io.out(hintLines(exercise, hints, ctx).join("\n") + "\n");
    }
    return result.pass ? EXIT.ok : NOT_YET;
  },
};

/** The starting answer as --answer takes it: the bare value when there is one field. */
function exampleAnswer(exercise: Exercise): string {
  return JSON.stringify(exercise.fields.length === 1 ? exercise.start[exercise.fields[0]!.id] : exercise.start);
}

/** --hint N: a whole number from 1 (0 when not given). */
function hintCount(raw: unknown, t: Messages["check"]): number {
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\s*\d+\s*$/.test(raw) || n < 1) throw new UsageError(t.badHint(clip(JSON.stringify(raw))), "convlab check");
  return n;
}


function verdictText(exercise: Exercise, result: CheckResult, attempts: number, ctx: CliContext): string[] {
  const t = ctx.msg.check;
  const width = ctx.io.columns;
  const title = exercise.text(ctx.lang).title;
  const lines = [
    t.verdict(result.pass ? "✓" : "✗", exercise.id, result.pass ? t.right : t.notYet, title, t.attempts(attempts)),
    ...wrap(result.reason[ctx.lang], width),
  ];
  const shown = (result.shown ?? []).map((s) => ({ title: s.title[ctx.lang], values: s.values }));
  if (shown.length > 0) lines.push("", ...renderMatrices(shown, width));
  for (const s of result.series ?? []) lines.push("", renderSeries(seriesOf(s, ctx.lang), width, ctx.msg));
  return lines;
}

function verdictJson(exercise: Exercise, result: CheckResult, attempts: number, lang: Lang) {
  return {
    exercise: exercise.id,
    lesson: exercise.lesson,
    pass: result.pass,
    reason: result.reason[lang],
    shown: (result.shown ?? []).map((s) => ({ id: s.id, title: s.title[lang], values: s.values })),
    series: (result.series ?? []).map((s) => ({ id: s.id, title: s.title[lang], values: s.values, ...(s.signed ? { signed: true } : {}) })),
    attempts,
  };
}

function formOf(f: Exercise["fields"][number], t: Messages["check"]): string {
  if (f.kind === "matrix") return t.formMatrix(f.rows, f.cols);
  if (f.kind === "vector") return t.formVector(f.length);
  return f.integer ? t.formInteger : t.formNumber;
}

function hintLines(exercise: Exercise, n: number, ctx: CliContext): string[] {
  const t = ctx.msg.check;
  const hints = exercise.text(ctx.lang).hints.slice(0, n);
  return ["", t.hintsHeading, ...hints.flatMap((h, i) => wrap(`${i + 1}. ${h}`, ctx.io.columns))];
}

/** The exercise itself: title, prompt, the form of the answer and a command to start from. */
async function show(exercise: Exercise, hints: number, argv: CliArgs, ctx: CliContext): Promise<number> {
  const t = ctx.msg.check;
  const text = exercise.text(ctx.lang);
  const { warnings } = await openStore({ env: ctx.env }).update((p) => markExerciseSeen(p, exercise.id));
  warn(ctx, warnings);
  const example = exampleAnswer(exercise);
  if (argv.json) {
    ctx.io.out(
      jsonLine({
        exercise: exercise.id,
        lesson: exercise.lesson,
        title: text.title,
        prompt: text.prompt,
        fields: exercise.fields.map((f) => ({ ...f, label: text.fields[f.id] })),
        start: exercise.start,
        hints: text.hints.slice(0, hints),
        hintCount: text.hints.length,
      }),
    );
    return EXIT.ok;
  }
  const width = ctx.io.columns;
  const lines = [
    `${exercise.id}: ${text.title}`,
    "",
    ...text.prompt.flatMap((p) => wrap(p, width)),
    "",
    t.answerHeading,
    ...exercise.fields.map((f) => `  ${t.fieldLine(f.id, text.fields[f.id] ?? f.id, formOf(f, t))}`),
    `  ${t.answerLine(exercise.id, example)}`,
  ];
  if (hints > 0) lines.push(...hintLines(exercise, hints, ctx));
  else lines.push("", t.moreHints(text.hints.length, exercise.id));
  ctx.io.out(lines.join("\n") + "\n");
  return EXIT.ok;
}

/** Every exercise with its lesson, title and a done mark. */
async function list(argv: CliArgs, ctx: CliContext): Promise<number> {
  const t = ctx.msg.check;
  const { progress, warnings } = await openStore({ env: ctx.env }).load();
  warn(ctx, warnings);
  const rows = exercises.map((e) => {
    const p = exerciseProgress(progress, e.id);
    return { id: e.id, lesson: e.lesson, title: e.text(ctx.lang).title, done: p.done, attempts: p.attempts };
  });
  if (argv.json) {
    ctx.io.out(jsonLine(rows));
    return EXIT.ok;
  }
  const lines = table([t.listHeader, ...rows.map((r) => [r.done ? "✓" : " ", r.id, r.lesson, r.title])]);
  ctx.io.out(lines.join("\n") + "\n");
  return EXIT.ok;
}
