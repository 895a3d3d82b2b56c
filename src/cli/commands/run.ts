// `convlab run <lesson> [--json] [lesson options]`: a lesson headless, from init to its last
// step, printing every frame. One nested command per lesson, its options generated from the
// lesson's OptionSpecs, so strict mode refuses options the lesson does not have.
import type { Lesson } from "../../../lessons/lesson.ts";
import type { CliContext } from "../context.ts";
import { clip, UsageError } from "../errors.ts";
import { lessonIds, lessonOptions, specOption } from "../lesson-args.ts";
import { renderFrame } from "../render-text.ts";
import { jsonLine } from "../../../lessons/format.ts";
import type { CliArgs, CliCommand } from "./command.ts";

export const run: CliCommand = {
  name: "run",
  args: "[lesson]",
  describe: (ctx) => ctx.msg.cmdRun,
  positionals: (ctx) => ({ lesson: { type: "string", describe: ctx.msg.positionalLesson } }),
  examples: (ctx) => [
    ["convlab run 1", ctx.msg.exampleRun],
    ["convlab run learn-kernel --json", ctx.msg.exampleRunJson],
  ],
  subcommands: (ctx) => ctx.lessons.map(lessonCommand),
  // Only reached when no lesson command matched: no lesson, or an unknown one.
  run(argv, ctx) {
    if (argv.lesson === undefined) throw new UsageError(ctx.msg.missingLesson(lessonIds(ctx.lessons)), "convlab run");
    throw new UsageError(ctx.msg.unknownLesson("run", clip(String(argv.lesson)), lessonIds(ctx.lessons)), "convlab run");
  },
};

function lessonCommand(lesson: Lesson): CliCommand {
  return {
    name: lesson.id,
    aliases: [String(lesson.number)],
    describe: (ctx) => ctx.msg.lessonLine(lesson.title[ctx.lang], lesson.summary[ctx.lang]),
    options: (ctx) => ({
      json: { type: "boolean", describe: ctx.msg.optJsonRun },
      ...Object.fromEntries(lesson.options.map((spec) => [spec.name, specOption(spec, ctx)])),
    }),
    run: (argv, ctx) => runLesson(lesson, argv, ctx),
  };
}

/** Lets pending events run: a pipe closed by its reader (`| head -1`) reports EPIPE only there. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * init, then next until the frame says done; each frame printed as it comes. Between frames
 * the event loop runs, so a reader that has gone ends the run at once (main.ts exits 0 on
 * EPIPE) instead of after every remaining step is computed.
 */
export async function runLesson(lesson: Lesson, argv: CliArgs, ctx: CliContext): Promise<number> {
  let state = lesson.init(lessonOptions(argv, lesson.options));
  const { io } = ctx;
  let last = -1;
  for (;;) {
    const frame = lesson.frame(state, ctx.lang);
    // A lesson that stops advancing without saying done would loop forever: stop instead.
    if (frame.step <= last) break;
    // a frame's plots (a loss landscape and the path on it) go out as they are: data, not a drawing
    if (argv.json) io.out(jsonLine({ lesson: lesson.id, step: frame.step, ...frame.record, ...(frame.plots ? { plots: frame.plots } : {}) }));
    else io.out((last >= 0 ? "\n" : "") + renderFrame(frame, { width: io.columns, msg: ctx.msg }));
    if (frame.done) break;
    last = frame.step;
    await breathe();
    state = lesson.next(state);
  }
  if (argv.json) io.out(jsonLine({ summary: true, ...lesson.summarize(state) }));
  return 0;
}
