// `convlab check <exercise> --answer '<json>'`: an exercise checked by the engine, headless.
// Exit 0 right, 1 not yet, 2 bad usage (unknown exercise, not JSON, an answer of the wrong form).
// Without --answer it shows the exercise; --list lists them all. Attempts are saved as progress.
import type { Lang } from "../../i18n.ts";
import { exercises, findExercise, type CheckResult, type Exercise } from "../../../lessons/exercises.ts";
import { MAX_JSON_DEPTH, parseJson } from "../../../lessons/kit/values.ts";
import { exerciseProgress, markExerciseSeen, openStore, recordAttempt, warningText, type StoreWarning } from "../../store/index.ts";
import type { CliContext } from "../context.ts";
import { clip, EXIT, UsageError } from "../errors.ts";
import { table } from "../../draw/text.ts";
import { wrapText as wrap } from "../../draw/wrap.ts";
import { renderMatrices, renderSeries } from "../render-text.ts";
import type { CliArgs, CliCommand } from "./command.ts";
import { jsonLine } from "../../../lessons/format.ts";

const en = {
  cmd: "Check an answer to an exercise with the engine (exit 0 right, 1 not yet, 2 bad usage)",
  posExercise: "Exercise id (see convlab check --list)",
  optAnswer: "Your answer as JSON, e.g. '[[1],[-1]]', '0.02' or '{\"lr\":0.009,\"epochs\":50}'",
  optList: "List the exercises, with what you have solved",
  optHint: "Also print the first N hints",
  optJson: "Print the result as JSON",
  exampleShow: "Show the exercise: what to find, the form of the answer",
  exampleCheck: "Check a kernel for horizontal edges",
  missingExercise: (ids: string) => `name an exercise, or use --list; exercises: ${ids}`,
  unknownExercise: (value: string, ids: string) => `unknown exercise "${value}"; choose one of: ${ids}`,
  notJson: (given: string, example: string) => `--answer: not JSON (given ${given}); e.g. --answer '${example}'`,
  badAnswer: (reason: string) => `--answer: ${reason}`,
  tooDeep: (max: number) => `--answer: nested more than ${max} deep; an answer is a number, a list or a matrix`,
  badHint: (value: string) => `--hint: ${value} is not allowed; a whole number from 1 up`,
  right: "right",
  notYet: "not yet",
  verdict: (mark: string, id: string, state: string, title: string, attempts: string) =>
    `${mark} ${id}: ${state} (${title}; ${attempts})`,
  answerHeading: "Answer:",
  answerLine: (id: string, example: string) => `convlab check ${id} --answer '${example}'`,
  fieldLine: (id: string, label: string, form: string) => `${id}: ${label} — ${form}`,
  formMatrix: (rows: number, cols: number) => `a matrix (the lab edits ${rows}×${cols})`,
  formNumber: "a number",
  formInteger: "a whole number",
  formVector: (n: number) => `a list of ${n} numbers`,
  hintsHeading: "Hints:",
  moreHints: (n: number, id: string) => `${n} hint${n === 1 ? "" : "s"}: convlab check ${id} --hint ${n}`,
  listHeader: ["", "id", "lesson", "title"] as readonly string[],
  attempts: (n: number) => `${n} attempt${n === 1 ? "" : "s"}`,
};

type Text = typeof en;

const zh: Text = {
  cmd: "用引擎检查练习的答案（正确退出码 0，还不对 1，用法错误 2）",
  posExercise: "练习 id（见 convlab check --list）",
  optAnswer: "你的答案，JSON 格式，例如 '[[1],[-1]]'、'0.02' 或 '{\"lr\":0.009,\"epochs\":50}'",
  optList: "列出所有练习及你已完成的练习",
  optHint: "同时打印前 N 条提示",
  optJson: "以 JSON 格式打印结果",
  exampleShow: "显示练习：要找什么，答案的格式",
  exampleCheck: "检查一个检测水平边缘的核",
  missingExercise: (ids) => `请指定一个练习，或使用 --list；练习有：${ids}`,
  unknownExercise: (value, ids) => `没有练习“${value}”；请从这些中选择：${ids}`,
  notJson: (given, example) => `--answer：不是 JSON（给定 ${given}）；例如 --answer '${example}'`,
  badAnswer: (reason) => `--answer：${reason}`,
  tooDeep: (max) => `--answer：嵌套超过 ${max} 层；答案是一个数、一个列表或一个矩阵`,
  badHint: (value) => `--hint：${value} 不可用；请给出从 1 起的整数`,
  right: "正确",
  notYet: "还不对",
  verdict: (mark, id, state, title, attempts) => `${mark} ${id}：${state}（${title}；${attempts}）`,
  answerHeading: "答案：",
  answerLine: (id, example) => `convlab check ${id} --answer '${example}'`,
  fieldLine: (id, label, form) => `${id}：${label}——${form}`,
  formMatrix: (rows, cols) => `矩阵（实验室中编辑 ${rows}×${cols}）`,
  formNumber: "一个数",
  formInteger: "一个整数",
  formVector: (n) => `由 ${n} 个数组成的列表`,
  hintsHeading: "提示：",
  moreHints: (n, id) => `共 ${n} 条提示：convlab check ${id} --hint ${n}`,
  listHeader: ["", "id", "课程", "标题"],
  attempts: (n) => `尝试 ${n} 次`,
};

const TEXT: Record<Lang, Text> = { en, zh };

/** Exit status of a judged answer that is not right yet (scripts can tell it from bad usage, 2). */
const NOT_YET = 1;

export const check: CliCommand = {
  name: "check",
  args: "[exercise]",
  describe: (ctx) => TEXT[ctx.lang].cmd,
  positionals: (ctx) => ({ exercise: { type: "string", describe: TEXT[ctx.lang].posExercise } }),
  options: (ctx) => ({
    answer: { type: "string", nargs: 1, describe: TEXT[ctx.lang].optAnswer },
    list: { type: "boolean", describe: TEXT[ctx.lang].optList },
    hint: { type: "string", nargs: 1, describe: TEXT[ctx.lang].optHint },
    json: { type: "boolean", describe: TEXT[ctx.lang].optJson },
  }),
  examples: (ctx) => [
    ["convlab check horizontal-edge", TEXT[ctx.lang].exampleShow],
    ["convlab check horizontal-edge --answer '[[1],[-1]]'", TEXT[ctx.lang].exampleCheck],
  ],
  async run(argv, ctx) {
    const t = TEXT[ctx.lang];
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
function hintCount(raw: unknown, t: Text): number {
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\s*\d+\s*$/.test(raw) || n < 1) throw new UsageError(t.badHint(clip(JSON.stringify(raw))), "convlab check");
  return n;
}

function warn(ctx: CliContext, warnings: readonly StoreWarning[]): void {
  for (const w of warnings) ctx.io.err(`convlab: ${warningText(w, ctx.lang)}\n`);
}

function verdictText(exercise: Exercise, result: CheckResult, attempts: number, ctx: CliContext): string[] {
  const t = TEXT[ctx.lang];
  const width = ctx.io.columns;
  const title = exercise.text(ctx.lang).title;
  const lines = [
    t.verdict(result.pass ? "✓" : "✗", exercise.id, result.pass ? t.right : t.notYet, title, t.attempts(attempts)),
    ...wrap(result.reason[ctx.lang], width),
  ];
  const shown = (result.shown ?? []).map((s) => ({ title: s.title[ctx.lang], values: s.values }));
  if (shown.length > 0) lines.push("", ...renderMatrices(shown, width));
  for (const s of result.series ?? []) lines.push("", renderSeries({ id: s.id, label: s.title[ctx.lang], values: s.values, log: s.log, summary: s.summary }, width, ctx.msg));
  return lines;
}

function verdictJson(exercise: Exercise, result: CheckResult, attempts: number, lang: Lang) {
  return {
    exercise: exercise.id,
    lesson: exercise.lesson,
    pass: result.pass,
    reason: result.reason[lang],
    shown: (result.shown ?? []).map((s) => ({ id: s.id, title: s.title[lang], values: s.values })),
    series: (result.series ?? []).map((s) => ({ id: s.id, title: s.title[lang], values: s.values })),
    attempts,
  };
}

function formOf(f: Exercise["fields"][number], t: Text): string {
  if (f.kind === "matrix") return t.formMatrix(f.rows, f.cols);
  if (f.kind === "vector") return t.formVector(f.length);
  return f.integer ? t.formInteger : t.formNumber;
}

function hintLines(exercise: Exercise, n: number, ctx: CliContext): string[] {
  const t = TEXT[ctx.lang];
  const hints = exercise.text(ctx.lang).hints.slice(0, n);
  return ["", t.hintsHeading, ...hints.flatMap((h, i) => wrap(`${i + 1}. ${h}`, ctx.io.columns))];
}

/** The exercise itself: title, prompt, the form of the answer and a command to start from. */
async function show(exercise: Exercise, hints: number, argv: CliArgs, ctx: CliContext): Promise<number> {
  const t = TEXT[ctx.lang];
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
  const t = TEXT[ctx.lang];
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
