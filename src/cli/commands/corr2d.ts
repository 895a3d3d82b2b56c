// `convlab corr2d --x '<json>' --k '<json>' [--json]`: a calculator over the engine's corr2d.
// Inputs are checked by the lessons' value checker (same words as `run`), and a kernel that
// does not fit is refused in lesson 1's words, in the user's language, before the engine runs.
import { OptionError } from "../../../lessons/lesson.ts";
import { checkKernelFits, readMatrix } from "../../../lessons/kit/values.ts";
import { corr2d as engineCorr2d, nd } from "../../engine/index.ts";
import type { CliContext } from "../context.ts";
import { UsageError } from "../errors.ts";
import { renderMatrix } from "../render-text.ts";
import type { CliCommand } from "./command.ts";
import { jsonLine } from "../../../lessons/format.ts";

export const corr2d: CliCommand = {
  name: "corr2d",
  describe: (ctx) => ctx.msg.cmdCorr2d,
  options: (ctx) => ({
    x: { type: "string", nargs: 1, describe: ctx.msg.optX },
    k: { type: "string", nargs: 1, describe: ctx.msg.optK },
    json: { type: "boolean", describe: ctx.msg.optJsonCorr2d },
  }),
  examples: (ctx) => [[`convlab corr2d --x '[[0,1,2],[3,4,5],[6,7,8]]' --k '[[0,1],[2,3]]'`, ctx.msg.exampleCorr2d]],
  run(argv, ctx) {
    const X = matrixArg(ctx, "x", argv.x);
    const K = matrixArg(ctx, "k", argv.k);
    const fit = checkKernelFits({ x: X, k: K });
    if (!fit.ok) throw new OptionError("k", argv.k, fit.reason.en, fit.reason);
    const Y = engineCorr2d(nd.array(X), nd.array(K)).to2d();
    if (argv.json) ctx.io.out(jsonLine(Y));
    else ctx.io.out(renderMatrix({ title: ctx.msg.resultY, values: Y }).join("\n") + "\n");
    return 0;
  },
};

function matrixArg(ctx: CliContext, name: string, raw: unknown): number[][] {
  if (raw === undefined) throw new UsageError(ctx.msg.missingOption(`--${name}`, ctx.msg.specMatrix));
  const checked = readMatrix(raw, {}, name);
  if (!checked.ok) throw new OptionError(name, raw, checked.reason.en, checked.reason);
  return checked.value;
}
