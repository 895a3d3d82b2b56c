// `convlab [--lesson <id>]`: the interactive lab, only on a real terminal. Anything else
// (a pipe, a file, a CI job) gets a clear refusal instead of Ink's raw-mode error.
import { EXIT, UsageError } from "../errors.ts";
import { requireLesson } from "../lesson-args.ts";
import type { CliCommand } from "./command.ts";

export const lab: CliCommand = {
  name: "$0",
  describe: (ctx) => ctx.msg.cmdLab,
  options: (ctx) => ({ lesson: { type: "string", nargs: 1, describe: ctx.msg.optLesson } }),
  async run(argv, ctx) {
    const lesson = argv.lesson === undefined ? undefined : requireLesson(ctx, "--lesson", argv.lesson, "convlab");
    const { io } = ctx;
    if (!(io.stdinIsTerminal && io.stdoutIsTerminal && io.rawModeSupported)) {
      throw new UsageError(ctx.msg.labNeedsTerminal, undefined, ctx.msg.labHint);
    }
    // --lang wins for this run; without it the language saved with `t` does (src/ui/start.tsx)
    const code = await ctx.openLab({ lesson: lesson?.id, lang: ctx.lang, langGiven: argv.lang !== undefined });
    return code ?? EXIT.ok;
  },
};
